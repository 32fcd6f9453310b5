import { Decimal } from "@jixiao/core";
import { builtinFramework } from "@jixiao/core/frameworks";
import { parseManualScores, scoreEvaluation } from "@jixiao/core/scoring";
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
    const section = scoreSheetSection(sheet, hunan);
    const t = sheetTable(section.blocks);
    expect(t.title).toBe("样例县自然资源局2020年度部门整体支出绩效评价指标评分表");
    // small fixture (seed 一、（2）): 在职 288 ÷ 编制 282 = 102.13% → 3.93 of 5
    expect(rowOf(t, "1.1.1")).toEqual([
      "1.1.1",
      "　　在职人员控制率",
      "5.00", // the framework's score places (2), as the seed's 评分表 writes 99.50
      "102.13%",
      "3.93",
      "1.07",
      "在职人员控制率102.13%，超过100%的2.13个百分点，每点扣0.5分，扣1.07分",
    ]);
    expect(rowOf(t, "3.1.1")?.[4]).toBe("待评");
    const total = t.rows.at(-1);
    expect(total?.total).toBe(true);
    const points = (sheet.total ?? new Decimal(0)).toFixed(2);
    expect(total?.cells.map(cellText)).toEqual([
      "合计",
      "100.00",
      "",
      `${points}（暂定）`,
      "",
      `暂定总分${points}（${sheet.pending.length}项待评，未定等级）`,
    ]);
    expect(t.notes[0]).toMatch(
      /^注：暂定总分[\d.]+（\d+项待评，未定等级）。待评指标：.*；评定后得出总分和等级。$/,
    );
    // checklist items by their text, never their ids (2.2.1 管理制度健全性: 财预〔2013〕53号 附件2 评价要点)
    expect(rowOf(t, "2.2.1")?.[6]).toBe(
      "待评：3项评价要点中3项未回答：是否已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度等管理制度；相关管理制度是否合法、合规、完整；相关管理制度是否得到有效执行",
    );
    expect(t.rows.map((r) => r.cells.map(cellText).join("|")).join("\n")).not.toMatch(/（p\d/);
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
    const section = scoreSheetSection(scoreEvaluation(smallEvaluation(), hunan, scores), hunan);
    const total = sheetTable(section.blocks).rows.at(-1)?.cells.map(cellText);
    expect(total?.[5]).toMatch(/^等级：(优秀|良好|中|差)$/);
    expect(total?.[3]).toMatch(/^\d+\.\d{2}$/);
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
