import type { Evaluation } from "@jixiao/core";
import type { Framework } from "@jixiao/core/frameworks";
import {
  formatPoints,
  MANUAL_SCORE_KIND_NAMES,
  type ManualScores,
  type NodeScore,
  reasonWithBothKinds,
  type ScoreOptions,
  type ScoreSheet,
  scoreEvaluation,
} from "@jixiao/core/scoring";
import { column, generated, section, table } from "./blocks.ts";
import { blankCell, textCell } from "./cells.ts";
import type { Cell, ScoreAnnexBuilder, SectionBlock, TableRow } from "./types.ts";

const AUTHORSHIP: Record<ScoreSheet["framework"]["authorship"], string> = {
  published: "分值和评分标准按来源公布的标准",
  adapted: "部分分值和评分标准为jixiao自拟（见指标体系说明）",
  ours: "分值和评分标准为jixiao自拟的默认设置",
};

/** Points as a table cell: 四舍五入 to 2 places, written without trailing zeros ("3.93", "5"). */
function pointsCell(points: NonNullable<NodeScore["score"]>): Cell {
  return { kind: "quantity", value: points, text: formatPoints(points) };
}

/** What the 得分 column shows for a node: its points, a PEFA letter, or why it has none. */
function scoreCellOf(node: NodeScore): Cell {
  if (node.letter) return textCell(node.letter, { align: "center" });
  if (node.status === "notChosen") return textCell("不计", { align: "center" });
  if (node.status === "excluded") return textCell("不参评", { align: "center" });
  if (node.score === null) return textCell("待评", { align: "center" });
  if (node.status === "pending")
    return textCell(`${formatPoints(node.score)}（暂定）`, { align: "right" });
  return pointsCell(node.score);
}

function rowsOf(nodes: readonly NodeScore[]): TableRow[] {
  return nodes.flatMap((node) => [
    {
      cells: [
        textCell(node.code),
        textCell(`${"　".repeat(node.level - 1)}${node.name}`),
        node.weight ? pointsCell(node.weight) : blankCell(),
        node.children.length > 0 ? blankCell() : textCell(node.valueDisplay, { align: "right" }),
        scoreCellOf(node),
        node.lost?.gt(0) ? pointsCell(node.lost) : blankCell(),
        textCell(reasonWithBothKinds(node)),
      ],
    },
    ...rowsOf(node.children),
  ]);
}

/**
 * The 评分表 annex of a report from a ScoreSheet: one line on the framework (its source and
 * whether the weights are ours), the indicator tree as a table (代码, 指标, 分值, 指标值, 得分, 扣分,
 * 评分说明 — a one-line reason for every point lost), a 合计 row, and notes: 暂定 and the 待评
 * list while any indicator lacks a score (the grade is then withheld), the grade otherwise, and
 * any score the report states for itself, shown for comparison only.
 * Scores are exact Decimals printed 四舍五入 to 2 places.
 * @example scoreSheetSection(scoreEvaluation(evaluate(taojiang), hunan)).title === "部门整体支出绩效评价指标评分表"
 */
export function scoreSheetSection(sheet: ScoreSheet): SectionBlock {
  const f = sheet.framework;
  const pefa = f.scale === "pefa";
  const intro = [
    generated(
      `指标体系：${f.name}（${f.id}，版本${f.version}，适用${f.jurisdiction}；${AUTHORSHIP[f.authorship]}）。`,
    ),
  ];
  if (sheet.manualKind) {
    intro.push(
      generated(
        `定性指标采用${MANUAL_SCORE_KIND_NAMES[sheet.manualKind]}评分；自评与复核评分分别保存，互不覆盖。`,
      ),
    );
  }
  const rows = rowsOf(sheet.nodes);
  if (!pefa && sheet.total && sheet.totalWeight) {
    const lost = sheet.totalWeight.minus(sheet.total);
    rows.push({
      total: true,
      cells: [
        textCell("合计", { colSpan: 2 }),
        pointsCell(sheet.totalWeight),
        blankCell(),
        sheet.provisional
          ? textCell(`${formatPoints(sheet.total)}（暂定）`, { align: "right" })
          : pointsCell(sheet.total),
        lost.gt(0) && !sheet.provisional ? pointsCell(lost) : blankCell(),
        textCell(sheet.provisional ? "等级暂不评定" : `等级：${sheet.grade ?? "—"}`),
      ],
    });
  }
  const notes: string[] = [];
  if (!pefa && sheet.total) {
    notes.push(
      sheet.provisional
        ? `注：${sheet.pending.length}项指标待评（${sheet.pending.join("、")}），总分${formatPoints(sheet.total)}分为暂定，等级暂不评定。`
        : `注：总分${formatPoints(sheet.total)}分，等级“${sheet.grade ?? "—"}”。`,
    );
  }
  if (pefa) notes.push("注：PEFA 等级 A–D；D* 表示信息不足（最近三年数据不全）。");
  for (const warning of sheet.warnings) notes.push(`注：${warning}`);
  for (const stated of sheet.stated) {
    notes.push(
      `注：报告自述“${stated.quote ?? stated.text}”，未附评分表；此处仅供对照，不作为得分依据。`,
    );
  }
  const sheetTable = table({
    id: "score-sheet",
    title: `${sheet.department.name}${sheet.department.fiscalYear}年度部门整体支出绩效评价指标评分表`,
    unit: pefa ? null : "单位：分",
    columns: [
      column("code", "代码", "text", 8),
      column("name", "指标", "text", 22),
      column("weight", "分值", "quantity", 7),
      column("value", "指标值", "text", 12, { align: "right" }),
      column("score", pefa ? "等级" : "得分", "quantity", 9),
      column("lost", "扣分", "quantity", 7),
      column("reason", "评分说明", "text", 45),
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
    scoreSheetSection(scoreEvaluation(evaluation, framework, manualScores, options));
}
