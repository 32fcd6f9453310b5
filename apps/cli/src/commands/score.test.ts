import { fileURLToPath } from "node:url";
import { Decimal } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { withTempDir, writeInput } from "../test-fixtures.ts";

const HYPOTHETICAL = fileURLToPath(
  new URL(
    "../../../../packages/core/src/scoring/fixtures/manual-scores.hypothetical.json",
    import.meta.url,
  ),
);

interface SheetNode {
  code: string;
  indicator: string | null;
  value: string | null;
  valueDisplay: string;
  nullReason?: string;
  rule: string | null;
  status: string;
  score: string | null;
  reason: string;
  children: SheetNode[];
}
interface Sheet {
  framework: { id: string };
  manualKind: string | null;
  nodes: SheetNode[];
  total: string | null;
  provisional: boolean;
  grade: string | null;
  pending: string[];
  stated: { value: string }[];
}

const leaves = (nodes: readonly SheetNode[]): SheetNode[] =>
  nodes.flatMap((n) => (n.children.length > 0 ? leaves(n.children) : [n]));
const byCode = (sheet: Sheet, code: string) => leaves(sheet.nodes).find((n) => n.code === code);

async function scoreJson(args: string[]): Promise<Sheet> {
  const io = captureIo(process.cwd());
  expect(await run(["score", ...args, "--json"], io)).toBe(0);
  expect(io.stderrText()).toBe("");
  return JSON.parse(io.stdoutText()) as Sheet;
}

describe("jixiao score", () => {
  it("--json on the Taojiang example: quantitative indicators from data, qualitative 待评, total provisional", async () => {
    const sheet = await scoreJson([]);
    expect(sheet.framework.id).toBe("hunan-county-2020");
    // Seed 一、（2）: 在职 288 ÷ 编制 282 = 102.13% → 5 − 2.13 × 0.5 (1.065 → 1.07) = 3.93
    expect(byCode(sheet, "1.1.1")).toMatchObject({
      valueDisplay: "102.13%",
      status: "scored",
      score: "3.93",
    });
    // Seed 1.2.2: “三公经费”变动率 −85.15% ≤ 0 → 5; seed 1.2.1: 控制率 10.28% ≤ 100% → 5
    expect(byCode(sheet, "1.1.2")).toMatchObject({ valueDisplay: "-85.15%", score: "5" });
    expect(byCode(sheet, "2.1.6")).toMatchObject({ valueDisplay: "10.28%", score: "5" });
    // Seed 四、2: 682,237,464.67 ÷ 683,266,542.43 = 99.85% (the seed prints 99.84%) → no full 5% step short → 5
    expect(byCode(sheet, "2.1.1")).toMatchObject({ valueDisplay: "99.85%", score: "5" });
    // Seed 二、: 结转结余 1,029,077.76 ÷ 预算 → 0.15% ≤ 1% → 5; 结转结余变动率 (no prior year) not used
    expect(byCode(sheet, "2.1.3")).toMatchObject({ valueDisplay: "0.15%", score: "5" });
    expect(byCode(sheet, "2.1.4")?.status).toBe("notChosen");
    // Seed 1.3: 公用经费 481.90万元 ÷ 481.90万元 = 100% → 5
    expect(byCode(sheet, "2.1.5")).toMatchObject({ valueDisplay: "100.00%", score: "5" });
    // No 年初预算/追加 split, procurement or fixed-asset figures in the seed: 待评, data missing
    for (const code of ["2.1.2", "2.1.7", "2.3.3"])
      expect(byCode(sheet, code)?.nullReason).toBe("missing");
    // the total is the sum of the 一级 subtotals
    const sum = sheet.nodes.reduce((acc, n) => acc.plus(n.score ?? "0"), new Decimal(0));
    expect(sum.eq(sheet.total ?? "-1")).toBe(true);
    // Seed 五、2.4.2 D: 满意度 95.2分 ≥ 90 → 6
    expect(byCode(sheet, "4.1.4")).toMatchObject({ valueDisplay: "95.20分", score: "6" });
    for (const leaf of leaves(sheet.nodes)) {
      if (leaf.status === "notChosen") continue;
      if (leaf.indicator !== null) {
        // every quantitative indicator with data is scored from it; one without data says so
        if (leaf.value !== null) expect([leaf.code, leaf.status]).toEqual([leaf.code, "scored"]);
        else
          expect([leaf.code, leaf.status, leaf.nullReason]).toEqual([
            leaf.code,
            "pending",
            "missing",
          ]);
      } else if (leaf.rule === "manual" || leaf.rule === "checklist") {
        expect([leaf.code, leaf.status]).toEqual([leaf.code, "pending"]);
      }
    }
    expect(sheet.provisional).toBe(true);
    expect(sheet.grade).toBeNull();
    expect(sheet.pending).toContain("3.1.1");
    // the report's own 99.5 is shown for comparison, never used as a score
    expect(sheet.stated.map((s) => s.value)).toContain("99.5");
  });

  it("with the hypothetical manual scores the total is final and carries a grade", async () => {
    const review = await scoreJson(["--manual", HYPOTHETICAL]);
    expect(review.manualKind).toBe("review");
    expect(review.provisional).toBe(false);
    expect(review.pending).toEqual([]);
    expect(review.grade).not.toBeNull();
    const self = await scoreJson(["--manual", HYPOTHETICAL, "--kind", "selfEvaluation"]);
    expect(self.manualKind).toBe("selfEvaluation");
    expect(self.provisional).toBe(false);
    // the reviewer took points off 3.1.3 (4 → 3.5) and 2.3.3 (3 → 2.5), among others
    expect(new Decimal(self.total ?? "0").gt(review.total ?? "0")).toBe(true);
    expect(byCode(review, "3.1.3")?.score).toBe("3.5");
    expect(byCode(self, "3.1.3")?.score).toBe("4");
  });

  it("prints the sheet as a table with the 暂定 marker", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["score"], io)).toBe(0);
    const out = io.stdoutText();
    expect(out).toContain("在职人员控制率102.13%，超过100%的2.13个百分点，每点扣0.5分，扣1.07分");
    expect(out).toMatch(/总分 \/ total: [\d.]+ \/ 100（暂定 \/ provisional：\d+项待评/);
    expect(out).toContain("等级 / grade: 暂不评定");
  });

  it("scores under the PEFA lens: D* with one year of data", async () => {
    const sheet = await scoreJson(["--framework", "pefa-2016-credibility"]);
    expect(sheet.total).toBeNull();
    expect(byCode(sheet, "PI-1.1")).toMatchObject({ valueDisplay: "2020年 100.00%" });
    expect((byCode(sheet, "PI-1.1") as unknown as { letter: string }).letter).toBe("D*");
  });

  it("a bad framework file exits 2 naming the file and the node's path", async () => {
    await withTempDir(async (dir) => {
      const file = await writeInput(dir, "fw.json", {
        schemaVersion: 1,
        id: "bad",
        name: "坏框架",
        version: "1",
        jurisdiction: "测试",
        effectiveYear: 2020,
        authorship: "ours",
        nodes: [
          {
            code: "1",
            name: "投入",
            weight: "60",
            children: [{ code: "1.1", name: "x", weight: "60", rule: { type: "manual" } }],
          },
          {
            code: "2",
            name: "过程",
            weight: "40",
            children: [{ code: "2.1", name: "y", weight: "38", rule: { type: "manual" } }],
          },
        ],
      });
      const io = captureIo(dir);
      expect(await run(["score", "--framework", file], io)).toBe(2);
      expect(io.stderrText()).toContain(
        `${file}: 指标体系无效 / invalid framework (1 处问题 / 1 problem)`,
      );
      expect(io.stderrText()).toContain(
        "nodes[1]: 2 过程：子指标分值之和 38 ≠ 上级分值 40 / children's weights sum to 38, parent weight is 40",
      );
      expect(io.stdoutText()).toBe("");
    });
  });

  it("a bad manual scores file exits 2 naming the path of each problem", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "manual.json", {
        schemaVersion: 1,
        scores: [
          {
            code: "3.1.1",
            kind: "review",
            score: "9",
            evaluator: "x",
            time: "2021-05-10T10:00:00+08:00",
          },
          { code: "3.1.2", kind: "audit", score: "1", evaluator: "x", time: "yesterday" },
        ],
      });
      const io = captureIo(dir);
      expect(await run(["score", "--manual", "manual.json"], io)).toBe(2);
      const err = io.stderrText();
      expect(err).toContain("manual.json: 人工评分文件无效 / invalid manual scores");
      expect(err).toContain("scores[1].kind");
      expect(err).toContain("scores[1].time");
      // one pass: the framework-fit problem of entry 0 is listed alongside the format problems
      expect(err).toContain("scores[0].score: 得分 9 超过分值 5 / score 9 exceeds the weight 5");
      const io2 = captureIo(dir);
      await writeInput(dir, "manual2.json", {
        schemaVersion: 1,
        scores: [
          {
            code: "3.1.1",
            kind: "review",
            score: "9",
            evaluator: "x",
            time: "2021-05-10T10:00:00+08:00",
          },
        ],
      });
      expect(await run(["score", "--manual", "manual2.json"], io2)).toBe(2);
      expect(io2.stderrText()).toContain(
        "scores[0].score: 得分 9 超过分值 5 / score 9 exceeds the weight 5",
      );
    });
  });

  it("an unknown framework id exits 2 and lists the built-ins", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["score", "--framework", "nowhere"], io)).toBe(2);
    expect(io.stderrText()).toContain("未知指标体系 / unknown framework: nowhere");
    expect(io.stderrText()).toContain("hunan-county-2020");
  });
});
