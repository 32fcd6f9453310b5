import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDataset } from "@jixiao/core/schema";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { smallDataset, withTempDir, writeInput } from "../test-fixtures.ts";
import { renderReports, reportFileName } from "./report.ts";

const MD = "桃江县自然资源局-2020-绩效评价报告.md";
const HTML = "桃江县自然资源局-2020-绩效评价报告.html";

describe("reportFileName", () => {
  it("names the file <部门>-<年度>-绩效评价报告.<ext>, replacing characters no file system allows", () => {
    expect(reportFileName("桃江县自然资源局", 2020, "md")).toBe(MD);
    expect(reportFileName("A/B:局", 2021, "html")).toBe("A_B_局-2021-绩效评价报告.html");
  });
});

describe("jixiao report", () => {
  it("writes Markdown and HTML for the embedded example and says where", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["report", "--format", "md,html", "--out", "reports"], io)).toBe(0);
      expect((await readdir(join(dir, "reports"))).sort()).toEqual([HTML, MD].sort());
      expect(io.stdoutText()).toBe(
        `已写入 / wrote 2 个文件 / files:\n  ${join("reports", MD)}\n  ${join("reports", HTML)}\n`,
      );
      const md = await readFile(join(dir, "reports", MD), "utf8");
      expect(md.startsWith("# 桃江县自然资源局2020年度部门整体支出绩效评价报告")).toBe(true);
      // Seed 1.2.1 合计 row: 820,000.00 / 84,284.72, 控制率 10.28.
      expect(md).toContain("84,284.72");
      expect(md).toContain("10.28");
      const html = await readFile(join(dir, "reports", HTML), "utf8");
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain("桃江县自然资源局");
    });
  });

  it("includes the 数据一致性核查 section by default and leaves it out with --no-findings", async () => {
    await withTempDir(async (dir) => {
      expect(await run(["report", "--format", "md", "--out", "with"], captureIo(dir))).toBe(0);
      const withFindings = await readFile(join(dir, "with", MD), "utf8");
      // seed 四、2 states 预算完成率99.84%; recomputed 99.85% (截尾) is one of the findings
      expect(withFindings).toContain("数据一致性核查");
      expect(withFindings).toContain("99.84%");
      expect(
        await run(
          ["report", "--no-findings", "--format", "md", "--out", "without"],
          captureIo(dir),
        ),
      ).toBe(0);
      const without = await readFile(join(dir, "without", MD), "utf8");
      expect(without).not.toContain("数据一致性核查");
      expect(without).toContain("附件1");
    });
  });

  it("defaults to md,html into out/", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "small.json", smallDataset());
      expect(await run(["report", "small.json"], captureIo(dir))).toBe(0);
      expect((await readdir(join(dir, "out"))).sort()).toEqual([HTML, MD].sort());
    });
  });

  it("refuses two inputs that would write the same file, writing nothing", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "a.json", smallDataset());
      await writeInput(dir, "b.json", smallDataset());
      const io = captureIo(dir);
      expect(await run(["report", "a.json", "b.json", "--out", "reports"], io)).toBe(2);
      expect(io.stderrText()).toContain("b.json 与 a.json 是同一部门同一年度");
      expect((await readdir(dir)).sort()).toEqual(["a.json", "b.json"]);
    });
  });
});

describe("jixiao report output errors", () => {
  it("exits 3 with a bilingual message when --out is a file, leaving nothing behind", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "small.json", smallDataset());
      await writeInput(dir, "taken", "not a directory");
      const io = captureIo(dir);
      expect(await run(["report", "small.json", "--out", "taken"], io)).toBe(3);
      expect(io.stderrText()).toMatch(
        /^错误 \/ error: 无法写入 \/ cannot write .*taken: (EEXIST|ENOTDIR)/,
      );
      expect((await readdir(dir)).sort()).toEqual(["small.json", "taken"]);
    });
  });
});

describe("renderReports", () => {
  it("keeps the formats that render when one renderer fails", async () => {
    const loaded = [{ source: "small.json", dataset: parseDataset(smallDataset()) }];
    const formats = {
      txt: { ext: "txt", description: "test", render: () => "正文" },
      pdf: {
        ext: "pdf",
        description: "test",
        render: () => {
          throw new Error("未找到 Chromium / Chromium not found");
        },
      },
    };
    const { outputs, failures } = await renderReports(loaded, ["pdf", "txt"], "/tmp/x", formats);
    expect(outputs).toEqual([
      { path: "/tmp/x/桃江县自然资源局-2020-绩效评价报告.txt", content: "正文" },
    ]);
    expect(failures).toEqual(["small.json → pdf: 未找到 Chromium / Chromium not found"]);
  });
});
