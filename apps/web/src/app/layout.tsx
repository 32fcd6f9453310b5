import { LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Layout, Menu, Space, Spin, Typography } from "antd";
import { Suspense } from "react";
import { Link, Navigate, Outlet, useLocation, useNavigate } from "react-router";
import { isAuthError } from "../api/trpc.ts";
import { useSession, useSignOut } from "../auth/session.ts";
import { ErrorBoundary } from "./error-boundary.tsx";
import { ErrorView } from "./error-page.tsx";
import { navItems, ROLE_LABELS, type Role } from "./nav.ts";

/** A centred spinner while a page or its data loads. */
export function PageLoading() {
  return (
    <div style={{ padding: 48, textAlign: "center" }}>
      <Spin tip="正在载入…">
        <div style={{ height: 48 }} />
      </Spin>
    </div>
  );
}

/**
 * The signed-in frame: a header with the app name, the navigation the user's role allows and
 * the user with 退出; the page below. Without a session it sends the user to 登录.
 */
export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  if (session.isPending) return <PageLoading />;
  if (session.error && !isAuthError(session.error)) return <ErrorView error={session.error} />;
  const user = session.data;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  const role = user.role as Role;
  const items = navItems(role);
  const current = `${location.pathname}${location.search}`;
  const selected =
    items.find((i) => i.to === current)?.key ?? (location.pathname === "/" ? "overview" : "");
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header className="app-header">
        <Link to="/" className="app-title">
          jixiao 绩效 · 部门整体支出绩效评价
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          items={items.map((i) => ({ key: i.key, label: <Link to={i.to}>{i.label}</Link> }))}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Space>
          <Typography.Text style={{ color: "#fff" }} data-testid="current-user">
            <UserOutlined /> {user.name || user.email}（{ROLE_LABELS[role] ?? role}）
          </Typography.Text>
          <Button
            size="small"
            icon={<LogoutOutlined />}
            onClick={async () => {
              await signOut();
              navigate("/login");
            }}
          >
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content className="app-content">
        <ErrorBoundary
          // A new page starts without the previous page's error.
          key={location.pathname}
          fallback={(error, reset) => <ErrorView error={error} onRetry={reset} />}
        >
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </Layout.Content>
    </Layout>
  );
}
