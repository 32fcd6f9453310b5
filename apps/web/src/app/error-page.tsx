import { Button, Result } from "antd";
import { isRouteErrorResponse, useNavigate, useRouteError } from "react-router";
import { errorCode } from "../api/trpc.ts";

/** The Chinese title and explanation of an error, by its tRPC code or HTTP status. */
export function describeError(error: unknown): { title: string; detail: string } {
  const code = errorCode(error);
  if (code === "FORBIDDEN")
    return {
      title: "无权访问",
      detail: "您的角色无权查看或修改此内容；部门填报人员只能打开本部门的数据。",
    };
  if (code === "UNAUTHORIZED") return { title: "未登录", detail: "登录已过期，请重新登录。" };
  if (code === "NOT_FOUND") return { title: "未找到", detail: "要打开的数据不存在或已被删除。" };
  if (isRouteErrorResponse(error))
    return error.status === 404
      ? { title: "页面不存在", detail: "地址有误，请从导航重新进入。" }
      : { title: `出错了（${error.status}）`, detail: error.statusText };
  const message = error instanceof Error ? error.message : String(error);
  return { title: "出错了", detail: message };
}

/** What the user sees when something fails: a title, an explanation and a way back — never a blank page. */
export function ErrorView({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const navigate = useNavigate();
  const { title, detail } = describeError(error);
  return (
    <Result
      status={errorCode(error) === "FORBIDDEN" ? "403" : "warning"}
      title={title}
      subTitle={detail}
      extra={[
        <Button key="home" type="primary" onClick={() => navigate("/")}>
          返回总览
        </Button>,
        onRetry ? (
          <Button key="retry" onClick={onRetry}>
            重试
          </Button>
        ) : null,
      ]}
    />
  );
}

/** The router's error element. */
export function RouteErrorPage() {
  const error = useRouteError();
  return <ErrorView error={error} onRetry={() => window.location.reload()} />;
}
