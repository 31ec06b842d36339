import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { useMutation } from "urql";
import { combinedErrorMessage, resultError } from "../api/errors";
import { useAuth } from "../auth/AuthContext";
import { graphql } from "../gql";
import "./LoginPage.css";

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginSuccess {
        user {
          id
          displayName
        }
      }
      ... on Error {
        message
        code
        field
      }
    }
  }
`);

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { viewer, refresh } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<LoginForm>();
  const [{ fetching }, login] = useMutation(LoginDocument);
  const [message, setMessage] = useState<string | null>(null);

  const from = (location.state as { from?: string } | null)?.from ?? "/";
  if (viewer !== null) {
    return <Navigate to={from} replace />;
  }

  const submit = async (values: LoginForm) => {
    setMessage(null);
    const result = await login({ input: values });
    if (result.error) {
      setMessage(combinedErrorMessage(result.error));
      return;
    }
    const error = resultError(result.data?.login);
    if (error) {
      setMessage(error.message);
      form.setFieldValue("password", "");
      return;
    }
    await refresh();
    navigate(from, { replace: true });
  };

  return (
    <div className="login-page">
      <div className="login-brand">
        <div className="login-emblem">审</div>
        <Typography.Title level={2} className="login-title">
          保康县审管联动管理平台
        </Typography.Title>
        <Typography.Paragraph className="login-subtitle">
          审批与监管信息双向推送、认领、监管、反馈，全程留痕
        </Typography.Paragraph>
      </div>
      <Card className="login-card" variant="borderless">
        <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 24 }}>
          用户登录
        </Typography.Title>
        {message && (
          <Alert
            type="error"
            showIcon
            title={message}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form<LoginForm>
          form={form}
          layout="vertical"
          size="large"
          requiredMark={false}
          onFinish={submit}
          initialValues={{ username: "", password: "" }}
        >
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: "请输入用户名" }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              placeholder="用户名"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            label="密码"
            name="password"
            rules={[{ required: true, message: "请输入密码" }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              placeholder="密码"
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" block loading={fetching}>
              登录
            </Button>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" className="login-note">
          连续 5 次输入错误密码，账户将被暂时锁定。
        </Typography.Paragraph>
        <Typography.Paragraph className="login-note">
          <Link to="/public/catalogue">查看公开的审管联动事项清单（无需登录）</Link>
        </Typography.Paragraph>
        <Typography.Paragraph className="login-note">
          <Link to="/public/report">群众举报（无需登录）</Link>
        </Typography.Paragraph>
        <Typography.Paragraph className="login-note">
          <Link to="/public/inspections">查看双随机抽查结果公开（无需登录）</Link>
        </Typography.Paragraph>
      </Card>
      <div className="login-footer">保康县推进政府职能转变和“放管服”改革协调小组</div>
    </div>
  );
}
