import type { Decimal, Evaluation } from "@jixiao/core";
import type { Framework, FrameworkNode } from "@jixiao/core/frameworks";
import {
  MANUAL_SCORE_KIND_NAMES,
  type ManualScores,
  type NodeScore,
  reasonWithBothKinds,
  type ScoreOptions,
  type ScoreSheet,
  scoreEvaluation,
} from "@jixiao/core/scoring";
import { roundHalfUp } from "@jixiao/core/units";
import { column, generated, section, table } from "./blocks.ts";
import { blankCell, textCell } from "./cells.ts";
import type { Cell, ScoreAnnexBuilder, SectionBlock, TableRow } from "./types.ts";

const AUTHORSHIP: Record<ScoreSheet["framework"]["authorship"], string> = {
  published: "分值和评分标准按来源公布的标准",
  adapted: "部分分值和评分标准为jixiao自拟（见指标体系说明）",
  ours: "分值和评分标准为jixiao自拟的默认设置",
};

/**
 * Points in one format: 四舍五入 to the framework's score places, written with all of them
 * ("3.93", "5.00", "20.50"), as the seed's 评分表 writes 99.50.
 * @example fixedPoints(new Decimal("20.5"), 2) === "20.50"
 */
export function fixedPoints(points: Decimal, places: number): string {
  return roundHalfUp(points, places);
}

/** Points as a table cell, at the framework's score places. */
function pointsCell(points: Decimal, places: number): Cell {
  return { kind: "quantity", value: points, text: fixedPoints(points, places) };
}

/** What the 得分 column shows for a node: its points, a PEFA letter, or why it has none. */
function scoreCellOf(node: NodeScore, places: number): Cell {
  if (node.letter) return textCell(node.letter, { align: "center" });
  if (node.status === "notChosen") return textCell("不计", { align: "center" });
  if (node.status === "excluded") return textCell("不参评", { align: "center" });
  if (node.score === null) return textCell("待评", { align: "center" });
  if (node.status === "pending")
    return textCell(`${fixedPoints(node.score, places)}（暂定）`, { align: "right" });
  return pointsCell(node.score, places);
}

/** The framework node at a NodeScore path ("nodes[1].children[0]"), if the framework is known. */
function frameworkNodeAt(framework: Framework | undefined, path: string): FrameworkNode | null {
  if (!framework) return null;
  let list: readonly FrameworkNode[] = framework.nodes;
  let node: FrameworkNode | null = null;
  for (const m of path.matchAll(/\[(\d+)\]/g)) {
    node = list[Number(m[1])] ?? null;
    if (!node) return null;
    list = node.children;
  }
  return node;
}

/**
 * A node's reason with checklist item ids named by their Chinese text: core writes the 待评
 * reason of a 要点计分 node with the items' ids ("…3项未回答（p1、p2、p3）"); the report names
 * the 评价要点 instead ("…3项未回答：是否已制定…；相关管理制度是否合法、合规、完整；…").
 * @example reasonText(node, hunan) // 2.2.1 管理制度健全性: ids → 财预〔2013〕53号 附件2 评价要点
 */
export function reasonText(node: NodeScore, framework?: Framework): string {
  const reason = reasonWithBothKinds(node);
  const rule = frameworkNodeAt(framework, node.path)?.rule;
  if (rule?.type !== "checklist") return reason;
  const texts = new Map(rule.params.items.map((item) => [item.id, item.text]));
  return reason.replace(/（([^（）]+)）/g, (whole, inner: string) => {
    const ids = inner.split("、");
    if (!ids.every((id) => texts.has(id))) return whole;
    return `：${ids.map((id) => texts.get(id)).join("；")}`;
  });
}

function rowsOf(nodes: readonly NodeScore[], places: number, framework?: Framework): TableRow[] {
  return nodes.flatMap((node) => [
    {
      cells: [
        textCell(node.code),
        textCell(`${"　".repeat(node.level - 1)}${node.name}`),
        node.weight ? pointsCell(node.weight, places) : blankCell(),
        node.children.length > 0 ? blankCell() : textCell(node.valueDisplay, { align: "right" }),
        scoreCellOf(node, places),
        node.lost?.gt(0) ? pointsCell(node.lost, places) : blankCell(),
        textCell(reasonText(node, framework)),
      ],
    },
    ...rowsOf(node.children, places, framework),
  ]);
}

/** “…” inside a quotation become ‘…’, so quotes nest the Chinese way. */
function innerQuotes(text: string): string {
  return text.replace(/“/g, "‘").replace(/”/g, "’");
}

/**
 * The 评分表 annex of a report from a ScoreSheet: one line on the framework (its source and
 * whether the weights are ours), the indicator tree as a table (代码, 指标, 分值, 指标值, 得分, 扣分,
 * 评分说明 — a one-line reason for every point lost), a 合计 row, and notes: 暂定 and the 待评
 * list while any indicator lacks a score (the grade is then withheld), the grade otherwise, and
 * any score the report states for itself, as 部门自评分（报告所述，仅供对照）. With the framework,
 * checklist items are named by their text and points use its score places (default 2);
 * every score is an exact Decimal printed 四舍五入 with all those places ("5.00", "35.43").
 * @example scoreSheetSection(scoreEvaluation(evaluate(taojiang), hunan), hunan).title === "部门整体支出绩效评价指标评分表"
 */
export function scoreSheetSection(sheet: ScoreSheet, framework?: Framework): SectionBlock {
  const f = sheet.framework;
  const places = framework?.scoring.scorePlaces ?? 2;
  const pefa = f.scale === "pefa";
  const intro = [
    generated(
      `指标体系：${f.name}（版本${f.version}，适用${f.jurisdiction}；${AUTHORSHIP[f.authorship]}）。`,
    ),
  ];
  if (sheet.manualKind) {
    intro.push(
      generated(
        `定性指标采用${MANUAL_SCORE_KIND_NAMES[sheet.manualKind]}评分；自评与复核评分分别保存，互不覆盖。`,
      ),
    );
  }
  const rows = rowsOf(sheet.nodes, places, framework);
  const provisionalTotal = sheet.total
    ? `暂定总分${fixedPoints(sheet.total, places)}（${sheet.pending.length}项待评，未定等级）`
    : "";
  if (!pefa && sheet.total && sheet.totalWeight) {
    const lost = sheet.totalWeight.minus(sheet.total);
    rows.push({
      total: true,
      cells: [
        textCell("合计", { colSpan: 2 }),
        pointsCell(sheet.totalWeight, places),
        blankCell(),
        sheet.provisional
          ? textCell(`${fixedPoints(sheet.total, places)}（暂定）`, { align: "right" })
          : pointsCell(sheet.total, places),
        lost.gt(0) && !sheet.provisional ? pointsCell(lost, places) : blankCell(),
        textCell(sheet.provisional ? provisionalTotal : `等级：${sheet.grade ?? "—"}`),
      ],
    });
  }
  const notes: string[] = [];
  if (!pefa && sheet.total) {
    notes.push(
      sheet.provisional
        ? `注：${provisionalTotal}。待评指标：${sheet.pending.join("、")}；评定后得出总分和等级。`
        : `注：总分${fixedPoints(sheet.total, places)}分，等级“${sheet.grade ?? "—"}”。`,
    );
  }
  if (pefa) notes.push("注：PEFA 等级 A–D；D* 表示信息不足（最近三年数据不全）。");
  for (const warning of sheet.warnings) notes.push(`注：${warning}`);
  for (const stated of sheet.stated) {
    notes.push(
      `注：部门自评分（报告所述，仅供对照）：${stated.value}分，见“${innerQuotes(stated.quote ?? stated.text)}”；报告未附评分表，不作为得分依据。`,
    );
  }
  const sheetTable = table({
    id: "score-sheet",
    title: `${sheet.department.name}${sheet.department.fiscalYear}年度部门整体支出绩效评价指标评分表`,
    unit: pefa ? null : "单位：分",
    columns: [
      column("code", "代码", "text", 9),
      column("name", "指标", "text", 18),
      column("weight", "分值", "quantity", 9),
      column("value", "指标值", "text", 12, { align: "right" }),
      column("score", pefa ? "等级" : "得分", "quantity", 15),
      column("lost", "扣分", "quantity", 8),
      column("reason", "评分说明", "text", 36),
    ],
    rows,
    notes,
  });
  return section("annex-score", 1, "", "部门整体支出绩效评价指标评分表", [...intro, sheetTable], {
    annex: true,
  });
}

/**
 * A {@link ScoreAnnexBuilder} for `buildReportModel(evaluation, { scoreAnnex })`: scores the
 * evaluation under `framework` (with manual scores when given) and builds the 评分表 section.
 * @throws ManualScoresValidationError when the manual scores do not fit the framework.
 * @example buildReportModel(ev, { scoreAnnex: scoreSheetAnnex(builtinFramework("hunan-county-2020")!) })
 */
export function scoreSheetAnnex(
  framework: Framework,
  manualScores?: ManualScores,
  options: ScoreOptions = {},
): ScoreAnnexBuilder {
  return (evaluation: Evaluation) =>
    scoreSheetSection(scoreEvaluation(evaluation, framework, manualScores, options), framework);
}
