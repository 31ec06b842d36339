import { Button, Result } from "antd";
import { useNavigate } from "react-router";

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle="您访问的页面不存在，或者您没有查看它的权限。"
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          返回工作台
        </Button>
      }
    />
  );
}
