import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { App, Avatar, Button, Layout, Menu, Space, Tag, Typography } from "antd";
import { Outlet, useLocation, useNavigate } from "react-router";
import { useMutation } from "urql";
import { combinedErrorMessage, resultError } from "../api/errors";
import { useAuth, useViewer } from "../auth/AuthContext";
import { ROLE_LABELS } from "../auth/roles";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { graphql } from "../gql";
import { NotificationBell } from "../pages/notifications/NotificationBell";
import { PAGES, pagesFor } from "./menu";
import "./AppLayout.css";

const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      __typename
      ... on Error {
        message
        code
        field
      }
    }
  }
`);

/** The menu key of a path: the page whose path is the longest prefix of it. */
function selectedKey(pathname: string, keys: string[]): string[] {
  const match = keys
    .map((key) => ({ key, path: PAGES[key as keyof typeof PAGES].path }))
    .filter(({ path }) => (path === "/" ? pathname === "/" : pathname.startsWith(path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match ? [match.key] : [];
}

export function AppLayout() {
  const viewer = useViewer();
  const { signedOut } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [{ fetching }, logout] = useMutation(LogoutDocument);
  const keys = pagesFor(viewer.roles, viewer.department?.kind);

  const doLogout = async () => {
    const result = await logout({});
    const error = result.error
      ? combinedErrorMessage(result.error)
      : resultError(result.data?.logout)?.message;
    if (error) {
      message.error(error);
      return;
    }
    signedOut();
    // A full reload drops every cached answer of the previous user.
    window.location.assign("/login");
  };

  return (
    <Layout className="app-layout">
      <Layout.Sider
        width={220}
        theme="dark"
        breakpoint="lg"
        collapsedWidth={64}
        className="app-sider"
      >
        <div className="app-logo" onClick={() => navigate("/")}>
          <span className="app-logo-mark">审</span>
          <span className="app-logo-text">审管联动</span>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selectedKey(location.pathname, keys)}
          items={keys.map((key) => ({
            key,
            icon: PAGES[key].icon,
            label: PAGES[key].label,
            onClick: () => navigate(PAGES[key].path),
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text className="app-header-title">保康县审管联动管理平台</Typography.Text>
          <Space size="middle" className="app-user">
            <NotificationBell />
            <Avatar size="small" icon={<UserOutlined />} style={{ background: "#1d4ed8" }} />
            <span data-testid="current-user">
              <Typography.Text strong>{viewer.displayName}</Typography.Text>
              <Typography.Text type="secondary" className="app-user-department">
                {viewer.department?.name ?? "全县"}
              </Typography.Text>
            </span>
            {viewer.roles.map((role) => (
              <Tag key={role} color="blue" variant="filled">
                {ROLE_LABELS[role]}
              </Tag>
            ))}
            <Button icon={<LogoutOutlined />} onClick={doLogout} loading={fetching}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
