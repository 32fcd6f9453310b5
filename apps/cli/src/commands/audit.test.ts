import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { withTempDir, writeInput } from "../test-fixtures.ts";

const SEED = resolve(
  import.meta.dirname,
  "../../../../examples/taojiang-natural-resources-2020/source.txt",
);

/** A small report whose 三公 sentence restates its table wrongly (6.80 万元 for 6.70). */
const SMALL = [
  "某某县统计局2021年度部门整体支出",
  "绩效评价报告",
  "二、部门整体支出管理及使用情况分析",
  "“三公”经费预算、决算执行情况（单位：万元）",
  "\t项目\n\t预算数\n\t决算数\n",
  "\t公务接待费\n\t3.00\n\t2.50\n",
  "\t合计\n\t3.00\n\t2.50\n",
  "2021年度“三公经费”预算数3.00万元，决算数2.60万元。",
].join("\n");

interface JsonAudit {
  source: string;
  department: { name: string; fiscalYear: number };
  findings: { ruleId: string; severity: string; stated?: string; quotes: string[] }[];
  missing: string[];
}

describe("jixiao audit", () => {
  it("audits the seed text, writes the 复核意见 as .md and .docx, and exits 1 (errors found)", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["audit", SEED, "--out", "memos"], io)).toBe(1);
      expect((await readdir(join(dir, "memos"))).sort()).toEqual([
        "桃江县自然资源局-2020-复核意见.docx",
        "桃江县自然资源局-2020-复核意见.md",
      ]);
      const md = await readFile(join(dir, "memos", "桃江县自然资源局-2020-复核意见.md"), "utf8");
      expect(md).toContain("核查结果：错误 9 · 警告 31 · 提示 8（共 48 条）");
      expect(io.stderrText()).toBe(
        `[1/1] ${SEED}: 桃江县自然资源局 2020年度 错误 9 · 警告 31 · 提示 8 → memos/桃江县自然资源局-2020-复核意见.md\n`,
      );
      expect(io.stdoutText()).toContain("memos/桃江县自然资源局-2020-复核意见.docx");
    });
  });

  it("--json prints each report's findings with the sentences they come from", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["audit", SEED, "--json"], io)).toBe(1);
    const [audit] = JSON.parse(io.stdoutText()) as JsonAudit[];
    expect(audit?.department).toEqual({ name: "桃江县自然资源局", fiscalYear: 2020 });
    expect(audit?.findings.length).toBe(48);
    const rate = audit?.findings.find((f) => f.ruleId === "stated.rate" && f.stated === "537");
    expect(rate?.quotes).toEqual([
      "“全年征收采矿权出让收益1605.6万元，完成财政预算计划任务300万元的537%。”",
    ]);
  });

  it("closes a batch with a summary line and prints the memos without --out", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "small.txt", SMALL);
      const io = captureIo(dir);
      expect(await run(["audit", SEED, "small.txt"], io)).toBe(1);
      const err = io.stderrText().split("\n");
      expect(err[1]).toBe("[2/2] small.txt: 某某县统计局 2021年度 错误 1 · 警告 1 · 提示 0");
      expect(err[2]).toBe(
        "复核 2 份报告，2 份有错误，共 50 条发现 / audited 2 reports, 2 with errors, 50 findings",
      );
      expect(io.stdoutText()).toContain(
        "# 关于《某某县统计局2021年度部门整体支出绩效评价报告》的复核意见",
      );
    });
  });

  it("skips a PDF, a missing file and a README, audits and writes the others, and exits 1", async () => {
    // QA's repro: `audit source.txt mutA.txt r.pdf README.md --out D` used to exit 2 and write nothing.
    await withTempDir(async (dir) => {
      await writeInput(dir, "report.pdf", "%PDF-1.7\n");
      await writeInput(dir, "README.md", "# notes\n\nnot a report\n");
      await writeInput(dir, "small.txt", SMALL);
      const io = captureIo(dir);
      expect(
        await run(
          ["audit", SEED, "report.pdf", "missing.docx", "small.txt", "README.md", "--out", "memos"],
          io,
        ),
      ).toBe(1);
      const err = io.stderrText();
      expect(err).toContain("未能复核、已跳过 / skipped, could not audit (3/5):");
      expect(err).toContain(
        "report.pdf: 暂不支持 PDF，请提供 DOCX 或文本 / PDF is not supported yet",
      );
      expect(err).toContain("missing.docx: 文件不存在 / file not found");
      expect(err).toMatch(/README\.md: .+ \/ /);
      expect(err).toContain(
        "复核 2 份报告，2 份有错误，共 50 条发现，3 份无法复核 / audited 2 reports, 2 with errors, 50 findings, 3 could not be audited",
      );
      expect((await readdir(join(dir, "memos"))).sort()).toEqual([
        "某某县统计局-2021-复核意见.docx",
        "某某县统计局-2021-复核意见.md",
        "桃江县自然资源局-2020-复核意见.docx",
        "桃江县自然资源局-2020-复核意见.md",
      ]);
    });
  });

  it("exits 1 and writes nothing when no file can be audited", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "report.pdf", "%PDF-1.7\n");
      const io = captureIo(dir);
      expect(await run(["audit", "report.pdf", "missing.docx", "--out", "memos"], io)).toBe(1);
      expect(io.stderrText()).toContain("missing.docx: 文件不存在 / file not found");
      expect(existsSync(join(dir, "memos"))).toBe(false);
    });
  });

  it("audits two reports of the same department-year and names the second memo after its file", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "a.txt", SMALL);
      await writeInput(dir, "b.txt", SMALL);
      const io = captureIo(dir);
      expect(await run(["audit", "a.txt", "b.txt", "--out", "memos"], io)).toBe(1);
      expect((await readdir(join(dir, "memos"))).sort()).toEqual([
        "某某县统计局-2021-复核意见-b.docx",
        "某某县统计局-2021-复核意见-b.md",
        "某某县统计局-2021-复核意见.docx",
        "某某县统计局-2021-复核意见.md",
      ]);
      expect(io.stderrText()).toContain(
        "[2/2] b.txt: 某某县统计局 2021年度 错误 1 · 警告 1 · 提示 0 → memos/某某县统计局-2021-复核意见-b.md",
      );
    });
  });
});
