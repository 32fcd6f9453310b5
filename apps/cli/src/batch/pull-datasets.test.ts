import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { startTestServer, type TestServer } from "@jixiao/api/testing";
import { login } from "@jixiao/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { withTempDir } from "../test-fixtures.ts";
import { pullDatasets } from "./pull-datasets.ts";

let server: TestServer;
let token = "";

beforeAll(async () => {
  // A real server on a fresh SQLite file; its first start loads the Taojiang 2020 example.
  server = await startTestServer("sqlite");
  const admin = await login(server.url, server.firstAdmin.email, server.firstAdmin.password);
  token = (await admin.tokens.create.mutate({ name: "批量报告 / batch reports" })).token;
}, 60_000);

afterAll(async () => {
  await server?.cleanup();
});

describe("report --from URL --token T", () => {
  it("pulls the server's datasets through @jixiao/client and names them server:<部门>-<年度>", async () => {
    const datasets = await pullDatasets(server.url, token, 2020);
    expect(datasets.map((d) => d.source)).toEqual(["server:桃江县自然资源局-2020"]);
    expect(JSON.parse(datasets[0]?.json ?? "{}").department.unifiedSocialCreditCode).toBe(
      "11430922MB1636254P",
    );
    expect(await pullDatasets(server.url, token, 2019)).toEqual([]);
  });

  it("renders them as a batch with the summary files", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      const code = await run(
        [
          "report",
          "--from",
          server.url,
          "--token",
          token,
          "--year",
          "2020",
          "--format",
          "md",
          "--out",
          "out",
          "--jobs",
          "1",
        ],
        io,
      );
      expect(code).toBe(0);
      expect((await readdir(join(dir, "out"))).sort()).toEqual([
        "summary.csv",
        "summary.json",
        "桃江县自然资源局-2020-绩效评价报告.md",
      ]);
      const md = await readFile(join(dir, "out", "桃江县自然资源局-2020-绩效评价报告.md"), "utf8");
      expect(md).toContain("84,284.72");
      const summary = JSON.parse(await readFile(join(dir, "out", "summary.json"), "utf8"));
      expect(summary.reports[0].source).toBe("server:桃江县自然资源局-2020");
      expect(summary.reports[0].findings.error).toBeGreaterThan(0);
    });
  }, 120_000);

  it("an unreachable server could not finish (exit 3), in Chinese and English; nothing written", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(
        await run(["report", "--from", "http://127.0.0.1:1", "--token", "x", "--out", "o"], io),
      ).toBe(3);
      expect(io.stderrText()).toContain(
        "无法从服务器取得数据集 / could not pull datasets from http://127.0.0.1:1",
      );
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it("a refused token or a missing --token is bad input (exit 2), in Chinese and English", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["report", "--from", server.url, "--token", "nope", "--out", "o"], io)).toBe(
        2,
      );
      expect(io.stderrText()).toContain("无法从服务器取得数据集 / could not pull datasets from");
      const io2 = captureIo(dir);
      expect(await run(["report", "--from", server.url, "--out", "o"], io2)).toBe(2);
      expect(io2.stderrText()).toContain("--from 需要 --token / --from needs --token");
    });
  });
});
