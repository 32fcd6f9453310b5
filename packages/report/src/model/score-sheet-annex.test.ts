import { Decimal } from "@jixiao/core";
import { builtinFramework } from "@jixiao/core/frameworks";
import { formatPoints, parseManualScores, scoreEvaluation } from "@jixiao/core/scoring";
import { describe, expect, it } from "vitest";
import { smallEvaluation } from "../test-fixtures/small-evaluation.ts";
import { buildReportModel } from "./build.ts";
import { cellText } from "./cells.ts";
import { scoreSheetAnnex, scoreSheetSection } from "./score-sheet-annex.ts";
import type { TableBlock } from "./types.ts";
import { allTables, findSection } from "./walk.ts";

const hunan = builtinFramework("hunan-county-2020");
if (!hunan) throw new Error("missing built-in framework");

function sheetTable(blocks: Parameters<typeof allTables>[0]): TableBlock {
  const found = allTables(blocks).find((t) => t.id === "score-sheet");
  if (!found) throw new Error("no score-sheet table");
  return found;
}
const rowOf = (t: TableBlock, code: string) =>
  t.rows
    .find((r) => cellText(r.cells[0] ?? { kind: "blank", style: "empty" }) === code)
    ?.cells.map(cellText);

describe("评分表 annex", () => {
  it("lists every indicator with weight, value, score and the reason for lost points", () => {
    const sheet = scoreEvaluation(smallEvaluation(), hunan);
    const section = scoreSheetSection(sheet);
    const t = sheetTable(section.blocks);
    expect(t.title).toBe("样例县自然资源局2020年度部门整体支出绩效评价指标评分表");
    // small fixture (seed 一、（2）): 在职 288 ÷ 编制 282 = 102.13% → 3.93 of 5
    expect(rowOf(t, "1.1.1")).toEqual([
      "1.1.1",
      "　　在职人员控制率",
      "5",
      "102.13%",
      "3.93",
      "1.07",
      "在职人员控制率102.13%，超过100%的2.13个百分点，每点扣0.5分，扣1.07分",
    ]);
    expect(rowOf(t, "3.1.1")?.[4]).toBe("待评");
    const total = t.rows.at(-1);
    expect(total?.total).toBe(true);
    expect(total?.cells.map(cellText)).toEqual([
      "合计",
      "100",
      "",
      `${formatPoints(sheet.total ?? new Decimal(0))}（暂定）`,
      "",
      "等级暂不评定",
    ]);
    expect(t.notes[0]).toMatch(/^注：\d+项指标待评（.*），总分[\d.]+分为暂定，等级暂不评定。$/);
  });

  it("with manual scores the 合计 row carries the grade", () => {
    // Hypothetical review scores for every 待评 node: checklists fully met, other nodes 2 points.
    const provisional = scoreEvaluation(smallEvaluation(), hunan);
    const leaves = (ns: typeof provisional.nodes): typeof provisional.nodes =>
      ns.flatMap((n) => (n.children.length > 0 ? leaves(n.children) : [n]));
    const rules = new Map(
      hunan.nodes
        .flatMap((a) => a.children.flatMap((b) => b.children))
        .map((n) => [n.code, n.rule]),
    );
    const scores = parseManualScores({
      schemaVersion: 1,
      hypothetical: true,
      scores: leaves(provisional.nodes)
        .filter((n) => n.status === "pending")
        .map((n) => {
          const rule = rules.get(n.code);
          const base = {
            code: n.code,
            kind: "review",
            evaluator: "假设复核人",
            time: "2021-05-10T10:00:00+08:00",
          };
          return rule?.type === "checklist"
            ? { ...base, answers: Object.fromEntries(rule.params.items.map((i) => [i.id, true])) }
            : { ...base, score: "2" };
        }),
    });
    const section = scoreSheetSection(scoreEvaluation(smallEvaluation(), hunan, scores));
    const total = sheetTable(section.blocks).rows.at(-1)?.cells.map(cellText);
    expect(total?.[5]).toMatch(/^等级：(优秀|良好|中|差)$/);
    expect(total?.[3]).toMatch(/^\d+(\.\d+)?$/);
  });

  it("plugs into buildReportModel as 附件2 through options.scoreAnnex", () => {
    const model = buildReportModel(smallEvaluation(), { scoreAnnex: scoreSheetAnnex(hunan) });
    const annex = findSection(model.blocks, "annex-score");
    expect(annex).toMatchObject({
      numbering: "附件2",
      annex: true,
      title: "部门整体支出绩效评价指标评分表",
    });
    expect(sheetTable(annex?.blocks ?? []).rows.length).toBeGreaterThan(30);
  });
});
