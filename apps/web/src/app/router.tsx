import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { LoginPage } from "../auth/login-page.tsx";
import { RouteErrorPage } from "./error-page.tsx";
import { AppLayout } from "./layout.tsx";

// Each page is its own chunk: the shell stays small and echarts, the grids and core's
// evaluation load only when their page opens.
const OverviewPage = lazy(() => import("../overview/overview-page.tsx"));
const DatasetPage = lazy(() => import("../workspace/dataset-page.tsx"));
const ExamplePage = lazy(() => import("../workspace/example-page.tsx"));

/** The routes: 登录, then under the signed-in layout 总览, a department-year, the offline example. */
export function createRouter() {
  return createBrowserRouter([
    { path: "/login", element: <LoginPage />, errorElement: <RouteErrorPage /> },
    {
      path: "/",
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <OverviewPage /> },
        { path: "datasets/:datasetId", element: <DatasetPage /> },
        { path: "example", element: <ExamplePage /> },
        { path: "*", element: <NotFound /> },
      ],
    },
  ]);
}

function NotFound(): never {
  throw new Response("页面不存在", { status: 404, statusText: "页面不存在" });
}
