import { exportBasicData } from "@jixiao/report/xlsx";
import { SEED_IDS } from "@jixiao/store";
import { taojiang } from "@jixiao/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing/harness.ts";
import { signInCookie } from "../testing/http.ts";

let server: TestServer;
let cookie = "";

beforeAll(async () => {
  server = await startTestServer("sqlite", { maxUploadBytes: 256 * 1024 });
  cookie = await signInCookie(server.url, server.firstAdmin.email, server.firstAdmin.password);
}, 60_000);

afterAll(async () => {
  await server?.cleanup();
});

/** POST a multipart form to a /files route as the admin. */
function post(
  path: string,
  fields: Record<string, string>,
  file: { name: string; bytes: Uint8Array },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new Blob([new Uint8Array(file.bytes)]), file.name);
  return fetch(`${server.url}${path}`, { method: "POST", headers: { cookie }, body: form });
}

/** A new department of the bureau (datasets are one per department-year). */
async function newDepartment(name: string): Promise<string> {
  const response = await fetch(`${server.url}/trpc/organisations.create`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ kind: "department", parentId: SEED_IDS.bureau, name }),
  });
  return ((await response.json()) as { result: { data: { id: string } } }).result.data.id;
}

describe("XLSX 基础数据表 upload (POST /files/datasets/import)", () => {
  it("imports a filled workbook as a new 草稿 of a department", async () => {
    const departmentId = await newDepartment("桃江县林业局");
    const dataset = taojiang();
    dataset.department.name = "桃江县林业局";
    const response = await post(
      "/files/datasets/import",
      { departmentId },
      {
        name: "基础数据表.xlsx",
        bytes: await exportBasicData(dataset),
      },
    );
    expect(response.status).toBe(201);
    const saved = (await response.json()) as {
      departmentId: string;
      status: string;
      threePublicActual: string;
    };
    // Seed 表（三）: 三公经费决算 84,284.72 元, read back from the workbook exactly.
    expect(saved).toMatchObject({ departmentId, status: "draft", threePublicActual: "84284.72" });
  }, 60_000);

  it("answers every bad cell (sheet!cell and reason) with 400 and saves nothing", async () => {
    const departmentId = await newDepartment("桃江县水利局");
    const dataset = taojiang();
    const reception = dataset.threePublicExpenses[0];
    const project = dataset.projects[0];
    if (!reception || !project) throw new Error("the seed has 三公 and projects");
    reception.budget = "820000.555"; // 3 decimals: not an amount in 元
    project.actual = "-500"; // a negative 实际使用
    const response = await post(
      "/files/datasets/import",
      { departmentId },
      {
        name: "基础数据表.xlsx",
        bytes: await exportBasicData(dataset),
      },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; message: string; issues: { path: string; message: string }[] };
    };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toContain("基础数据表有错误，未保存");
    const paths = body.error.issues.map((i) => i.path);
    expect(paths).toContain("三公经费!C2");
    expect(paths.some((p) => p.startsWith("项目支出!"))).toBe(true);
    expect(body.error.issues.length).toBe(2);
    // Nothing was saved for that department.
    const list = await fetch(
      `${server.url}/trpc/datasets.list?input=${encodeURIComponent(JSON.stringify({ departmentId }))}`,
      { headers: { cookie } },
    );
    expect(((await list.json()) as { result: { data: unknown[] } }).result.data).toEqual([]);
  }, 60_000);

  it("names missing or wrong form fields by path (400)", async () => {
    const response = await post(
      "/files/datasets/import",
      { id: SEED_IDS.dataset },
      {
        name: "基础数据表.xlsx",
        bytes: new Uint8Array(8),
      },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { issues: { path: string; message: string }[] };
    };
    expect(body.error.issues).toEqual([
      {
        path: "expectedVersion",
        message: "更新草稿须给出 expectedVersion / expectedVersion is required with id",
      },
    ]);
    const noFile = await fetch(`${server.url}/files/evidence`, {
      method: "POST",
      headers: { cookie },
      body: (() => {
        const form = new FormData();
        form.set("datasetId", SEED_IDS.dataset);
        return form;
      })(),
    });
    expect(noFile.status).toBe(400);
    const missing = (await noFile.json()) as { error: { issues: { path: string }[] } };
    expect(missing.error.issues.map((i) => i.path)).toEqual(["file"]);
  });

  it("answers a file that is not a workbook with 400, and one over the upload cap with 413", async () => {
    const departmentId = await newDepartment("桃江县交通运输局");
    const notXlsx = await post(
      "/files/datasets/import",
      { departmentId },
      {
        name: "基础数据表.xlsx",
        bytes: new TextEncoder().encode("这不是工作簿"),
      },
    );
    expect(notXlsx.status).toBe(400);
    const big = await post(
      "/files/datasets/import",
      { departmentId },
      {
        name: "big.xlsx",
        bytes: new Uint8Array(300 * 1024),
      },
    );
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toBe(
      "上传文件超过 262144 字节上限 / upload exceeds the limit of 262144 bytes",
    );
  }, 60_000);
});

describe("evidence (佐证资料) over /files", () => {
  it("refuses a text file named .pdf (typed by content, not name) and serves a real one back", async () => {
    const fake = await post(
      "/files/evidence",
      { datasetId: SEED_IDS.dataset },
      {
        name: "会议纪要.pdf",
        bytes: new TextEncoder().encode("just text"),
      },
    );
    expect(fake.status).toBe(400);
    const pdf = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    );
    const saved = await post(
      "/files/evidence",
      { datasetId: SEED_IDS.dataset, indicatorKey: "threePublicExpenses.controlRate.total" },
      {
        name: "三公经费审批单.pdf",
        bytes: pdf,
      },
    );
    expect(saved.status).toBe(201);
    const file = (await saved.json()) as { url: string; mime: string; sha256: string };
    expect(file.mime).toBe("application/pdf");
    const download = await fetch(`${server.url}${file.url}`, { headers: { cookie } });
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("三公经费审批单.pdf")}`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
  }, 60_000);

  it("answers a malformed multipart body with 400 (bilingual, naming the Content-Type), not 500", async () => {
    const boundary = "----jixiao-broken";
    const contentType = `multipart/form-data; boundary=${boundary}`;
    for (const path of ["/files/evidence", "/files/datasets/import"]) {
      // A part that never ends: no closing boundary.
      const response = await fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { cookie, "content-type": contentType },
        body: `--${boundary}\r\nContent-Disposition: form-data; name="datasetId"\r\n\r\n${SEED_IDS.dataset}`,
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(body.error.message).toBe(
        `请求体不是有效的 multipart/form-data（Content-Type：${contentType}） / the body is not valid multipart/form-data (Content-Type: ${contentType})`,
      );
    }
  }, 60_000);
});
