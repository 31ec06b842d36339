import { Button, Result, Typography } from "antd";
import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  children: ReactNode;
  /** Changing it (e.g. the route) clears a caught error. */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("页面出错 (page error)", error, info.componentStack);
  }

  componentDidUpdate(previous: Props): void {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: null });
    }
  }

  render(): ReactNode {
    if (this.state.error === null) {
      return this.props.children;
    }
    return (
      <Result
        status="error"
        title="页面出错了"
        subTitle="很抱歉，页面遇到意外错误。可以刷新页面重试；如果问题持续，请联系系统管理员。"
        extra={[
          <Button type="primary" key="reload" onClick={() => window.location.reload()}>
            刷新页面
          </Button>,
          <Button key="home" onClick={() => window.location.assign("/")}>
            返回首页
          </Button>,
        ]}
      >
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          错误信息：{this.state.error.message}
        </Typography.Paragraph>
      </Result>
    );
  }
}
