import type { Actor, Call } from "@jixiao/store";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import { REPORT_CONTENT_TYPES, type ReportFormat } from "../report-render.ts";
import { Id, Version } from "../schemas/common.ts";
import { importTargetRule } from "../schemas/datasets.ts";
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

/** A blank multipart text field counts as absent. */
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .trim()
      .max(max, { error: `不能超过 ${max} 个字符 / at most ${max} characters` })
      .optional(),
  );

const UploadedFile = z.instanceof(File, {
  error: "需要上传文件（multipart 字段 file） / a file is required (multipart field file)",
});

/** The multipart form of POST /files/evidence. */
const EvidenceForm = z.object({
  datasetId: Id,
  indicatorKey: optionalText(200),
  description: optionalText(2000),
  file: UploadedFile,
});

/** The multipart form of POST /files/datasets/import. */
const ImportForm = importTargetRule(
  z.object({
    departmentId: z.preprocess((v) => (v === "" ? undefined : v), Id.optional()),
    id: z.preprocess((v) => (v === "" ? undefined : v), Id.optional()),
    expectedVersion: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.coerce.number().pipe(Version).optional(),
    ),
    file: UploadedFile,
  }),
);

/** A body that is not multipart form data (or is cut short): BAD_REQUEST, not a 500. */
class MalformedForm extends Error {}

/**
 * The multipart form of a request, or {@link MalformedForm} (answered 400) when the body cannot
 * be parsed as one (Hono throws "TypeError: Failed to parse body as FormData").
 */
async function formOf(c: Context): Promise<Record<string, string | File>> {
  try {
    return (await c.req.parseBody()) as Record<string, string | File>;
  } catch {
    const type = c.req.header("content-type") ?? "无 / none";
    throw new MalformedForm(
      `请求体不是有效的 multipart/form-data（Content-Type：${type}） / the body is not valid multipart/form-data (Content-Type: ${type})`,
    );
  }
}

/** The answer of a failed upload: 400 for a malformed form, else the mapped error. */
function uploadError(c: Context, error: unknown): Response {
  if (error instanceof MalformedForm) return plainError(c, 400, "BAD_REQUEST", error.message);
  return errorResponse(c, error);
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
      const form = EvidenceForm.parse(await formOf(c));
      const file = form.file;
      const saved = await services.store.evidence.attach(call, {
        datasetId: form.datasetId,
        indicatorKey: form.indicatorKey ?? null,
        description: form.description ?? null,
        fileName: file.name || "file",
        content: new Uint8Array(await file.arrayBuffer()),
      });
      return c.json({ ...saved, url: evidenceUrl(saved.id) }, 201);
    } catch (error) {
      return uploadError(c, error);
    }
  });

  app.post("/datasets/import", uploadCap, async (c) => {
    const call = await withCall(c);
    if (call instanceof Response) return call;
    try {
      const { file, ...target } = ImportForm.parse(await formOf(c));
      const dataset = await importXlsxDataset(
        services.store,
        { ...call, action: "datasets.importXlsx" },
        new Uint8Array(await file.arrayBuffer()),
        target,
      );
      return c.json(dataset, target.id === undefined ? 201 : 200);
    } catch (error) {
      return uploadError(c, error);
    }
  });
  return app;
}
