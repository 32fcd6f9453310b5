import type { Actor, Call } from "@jixiao/store";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { REPORT_CONTENT_TYPES, type ReportFormat } from "../report-render.ts";
import type { Services } from "../services.ts";
import { resolveActor } from "../trpc/init.ts";
import { evidenceUrl } from "../trpc/routers/evidence.ts";
import { importXlsxDataset } from "../xlsx-upload.ts";
import { contentDisposition } from "./content-disposition.ts";
import { errorResponse, plainError } from "./error-response.ts";

const UNAUTHORIZED =
  "未登录或令牌无效 / not signed in: log in, or send Authorization: Bearer <token>";

/** A file answer: the bytes, the content type, and the (Chinese) name as an attachment. */
function download(content: Uint8Array, contentType: string, fileName: string): Response {
  return new Response(new Uint8Array(content), {
    headers: {
      "content-type": contentType,
      "content-length": String(content.byteLength),
      "content-disposition": contentDisposition(fileName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}

/** The text of a multipart field, or undefined when absent or blank. */
function field(
  form: Record<string, string | File | (string | File)[]>,
  name: string,
): string | undefined {
  const value = form[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * The plain Hono routes under /files: downloads and multipart uploads, with the same actor and
 * access as tRPC (session cookie or `Authorization: Bearer`; the store checks each record).
 * - GET /files/reports/:id — a rendered report (docx, xlsx, pdf, md, html) with its content type
 *   and `Content-Disposition: attachment; filename="…"; filename*=UTF-8''…` (RFC 5987);
 * - GET /files/evidence/:id — an evidence file, typed by its sniffed MIME type;
 * - POST /files/evidence — multipart `datasetId`, `indicatorKey?`, `description?`, `file`;
 * - POST /files/datasets/import — multipart `file` (a filled 基础数据表 XLSX) and `departmentId`
 *   (new dataset) or `id` + `expectedVersion` (a 草稿's new content); every bad cell is
 *   answered (400, `issues`) before anything is saved.
 * Uploads are capped at `settings.maxUploadBytes` (413 with a bilingual message).
 */
export function filesRoutes(services: Services): Hono {
  const app = new Hono();
  const withCall = async (c: Context): Promise<Call | Response> => {
    const actor: Actor | null = await resolveActor(services, c.req.raw);
    if (!actor) return plainError(c, 401, "UNAUTHORIZED", UNAUTHORIZED);
    return { actor, action: `files.${c.req.method.toLowerCase()}${c.req.routePath}` };
  };
  const uploadCap = bodyLimit({
    maxSize: services.settings.maxUploadBytes,
    onError: (c) => {
      // The rest of the body is not read: the client must not reuse this connection.
      c.header("Connection", "close");
      return plainError(
        c,
        413,
        "PAYLOAD_TOO_LARGE",
        `上传文件超过 ${services.settings.maxUploadBytes} 字节上限 / upload exceeds the limit of ${services.settings.maxUploadBytes} bytes`,
      );
    },
  });

  app.get("/reports/:id", async (c) => {
    const call = await withCall(c);
    if (call instanceof Response) return call;
    try {
      const { file, content } = await services.store.reports.get(call, c.req.param("id"));
      const type = REPORT_CONTENT_TYPES[file.format as ReportFormat] ?? "application/octet-stream";
      return download(content, type, file.fileName);
    } catch (error) {
      return errorResponse(c, error);
    }
  });

  app.get("/evidence/:id", async (c) => {
    const call = await withCall(c);
    if (call instanceof Response) return call;
    try {
      const { file, content } = await services.store.evidence.get(call, c.req.param("id"));
      return download(content, file.mime, file.fileName);
    } catch (error) {
      return errorResponse(c, error);
    }
  });

  app.post("/evidence", uploadCap, async (c) => {
    const call = await withCall(c);
    if (call instanceof Response) return call;
    try {
      const form = await c.req.parseBody();
      const file = form.file;
      const datasetId = field(form, "datasetId");
      if (!(file instanceof File) || datasetId === undefined) {
        return plainError(
          c,
          400,
          "BAD_REQUEST",
          "需要 multipart 字段 datasetId 与 file / multipart fields datasetId and file are required",
        );
      }
      const saved = await services.store.evidence.attach(call, {
        datasetId,
        indicatorKey: field(form, "indicatorKey") ?? null,
        description: field(form, "description") ?? null,
        fileName: file.name || "file",
        content: new Uint8Array(await file.arrayBuffer()),
      });
      return c.json({ ...saved, url: evidenceUrl(saved.id) }, 201);
    } catch (error) {
      return errorResponse(c, error);
    }
  });

  app.post("/datasets/import", uploadCap, async (c) => {
    const call = await withCall(c);
    if (call instanceof Response) return call;
    try {
      const form = await c.req.parseBody();
      const file = form.file;
      const departmentId = field(form, "departmentId");
      const id = field(form, "id");
      const version = field(form, "expectedVersion");
      const expectedVersion =
        version !== undefined && /^\d+$/.test(version) ? Number(version) : undefined;
      if (!(file instanceof File) || (departmentId === undefined) === (id === undefined)) {
        return plainError(
          c,
          400,
          "BAD_REQUEST",
          "需要 multipart 字段 file，以及 departmentId 或 id（含 expectedVersion）之一 / multipart field file and either departmentId or id (with expectedVersion) are required",
        );
      }
      if (id !== undefined && expectedVersion === undefined) {
        return plainError(
          c,
          400,
          "BAD_REQUEST",
          "更新草稿须给出整数 expectedVersion / expectedVersion (an integer) is required with id",
        );
      }
      const dataset = await importXlsxDataset(
        services.store,
        { ...call, action: "datasets.importXlsx" },
        new Uint8Array(await file.arrayBuffer()),
        { departmentId, id, expectedVersion },
      );
      return c.json(dataset, id === undefined ? 201 : 200);
    } catch (error) {
      return errorResponse(c, error);
    }
  });
  return app;
}
