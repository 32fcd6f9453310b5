import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { appRouter } from "./trpc/routers/_app.ts";

/** Where the REST procedures answer: /api/datasets, /api/evaluations/run … */
export const REST_PREFIX = "/api";

/**
 * The OpenAPI 3.1 document of the REST procedures (the read and evaluate ones: datasets.list/get,
 * evaluations.run/get, frameworks.list/get), generated from the same zod schemas as tRPC. Every
 * operation needs `Authorization: Bearer <token>` (an API token from tokens.create).
 * @example openApiDocument("http://127.0.0.1:4310", "0.1.0").paths["/datasets/{id}"].get
 */
export function openApiDocument(origin: string, version: string): OpenAPIObject {
  return generateOpenApiDocument(appRouter, {
    title: "jixiao 绩效 API",
    description:
      "部门整体支出绩效评价：数据集读取与评价。金额为以元计的精确十进制字符串。/ Departmental whole-spending performance evaluation: read datasets and evaluate them. Amounts are exact decimal strings in 元.",
    version,
    baseUrl: `${origin}${REST_PREFIX}`,
    securitySchemes: {
      Authorization: { type: "http", scheme: "bearer", description: "API 令牌 / API token" },
    },
  });
}
