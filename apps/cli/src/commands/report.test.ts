import { mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDataset } from "@jixiao/core/schema";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { changeAt, REMOVE, smallDataset, withTempDir, writeInput } from "../test-fixtures.ts";
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
  it("exits 3 with a plain bilingual sentence when --out is a file, leaving nothing behind", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "small.json", smallDataset());
      await writeInput(dir, "taken", "not a directory");
      const io = captureIo(dir);
      expect(await run(["report", "small.json", "--out", "taken"], io)).toBe(3);
      expect(io.stderrText()).toBe(
        `错误 / error: 无法创建目录 / cannot create directory ${join(dir, "taken")}：是文件，不是目录 / is a file, not a directory（未留下不完整的文件 / no partial file left）\n`,
      );
      expect((await readdir(dir)).sort()).toEqual(["small.json", "taken"]);
    });
  });

  it("names the file in the way when --out goes through a file", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "taken", "not a directory");
      const io = captureIo(dir);
      expect(await run(["report", "--format", "md", "--out", "taken/deeper/out"], io)).toBe(3);
      expect(io.stderrText()).toContain(
        `${join(dir, "taken")}：是文件，不是目录 / is a file, not a directory`,
      );
    });
  });

  it("--out under /proc fails fast (exit 3) instead of looping in recursive mkdir", async () => {
    const started = Date.now();
    const io = captureIo("/");
    expect(await run(["report", "--format", "md", "--out", "/proc/nope/deeper"], io)).toBe(3);
    // Node's mkdir(…, { recursive: true }) never returned here; the guard answers at once.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(io.stderrText()).toMatch(
      /^错误 \/ error: 无法创建目录 \/ cannot create directory \/proc(\/nope)?：(此处不能创建目录 \/ a directory cannot be created here|没有写入权限 \/ permission denied)/,
    );
    expect(io.stdoutText()).toBe("");
  }, 5_000);

  it("never shows the temporary file's name when the final name is taken by a directory", async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, "reports", MD), { recursive: true });
      const io = captureIo(dir);
      expect(await run(["report", "--format", "md", "--out", "reports"], io)).toBe(3);
      expect(io.stderrText()).toBe(
        `错误 / error: 无法写入 / cannot write ${join(dir, "reports", MD)}：已有同名目录，不能写成文件 / a directory of that name is in the way of the file（未留下不完整的文件 / no partial file left）\n`,
      );
      expect(io.stderrText()).not.toContain(".tmp");
      expect(await readdir(join(dir, "reports"))).toEqual([MD]);
    });
  });
});

describe("jixiao report inputs and names", () => {
  it("reports every bad input file before exiting 2, writing nothing", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "good.json", smallDataset());
      await writeInput(dir, "bad1.json", changeAt(smallDataset(), ["projects", 0, "budget"], 1));
      await writeInput(
        dir,
        "bad2.json",
        changeAt(smallDataset(), ["staffing", "atYearEnd", "activeStaff"], REMOVE),
      );
      const io = captureIo(dir);
      expect(
        await run(["report", "bad1.json", "good.json", "bad2.json", "--out", "reports"], io),
      ).toBe(2);
      const err = io.stderrText();
      expect(err).toContain("2 个输入文件有误（共 3 个） / 2 of 3 input files are invalid");
      expect(err).toContain("bad1.json: 数据集无效 / invalid dataset");
      expect(err).toContain("projects[0].budget: 应为字符串形式的金额");
      expect(err).toContain("bad2.json: 数据集无效 / invalid dataset");
      expect(err).toContain("staffing.atYearEnd.activeStaff: 缺少必填字段");
      expect((await readdir(dir)).sort()).toEqual(["bad1.json", "bad2.json", "good.json"]);
    });
  });

  it.each([["MD"], ["md,md"], ["Md, mD ,md"]])(
    "--format %s writes the Markdown file once",
    async (format) => {
      await withTempDir(async (dir) => {
        await writeInput(dir, "small.json", smallDataset());
        const io = captureIo(dir);
        expect(await run(["report", "small.json", "--format", format, "--out", "r"], io)).toBe(0);
        expect(await readdir(join(dir, "r"))).toEqual([MD]);
        expect(io.stdoutText()).toBe(`已写入 / wrote 1 个文件 / files:\n  ${join("r", MD)}\n`);
      });
    },
  );

  it("never names a file with a leading dot, whatever the department is called", async () => {
    expect(reportFileName("../../../tmp/evil", 2020, "md")).toBe(
      "___.._.._tmp_evil-2020-绩效评价报告.md",
    );
    expect(reportFileName(" .hidden", 2020, "md")).toBe("_hidden-2020-绩效评价报告.md");
    await withTempDir(async (dir) => {
      const evil = changeAt(smallDataset(), ["department", "name"], "../../../tmp/evil");
      await writeInput(dir, "evil.json", evil);
      expect(
        await run(["report", "evil.json", "--format", "md", "--out", "r"], captureIo(dir)),
      ).toBe(0);
      expect(await readdir(join(dir, "r"))).toEqual(["___.._.._tmp_evil-2020-绩效评价报告.md"]);
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
