import type { Evaluation } from "@jixiao/core";
import { narrative, paragraph } from "./blocks.ts";
import { modelContext } from "./context.ts";
import { basicDataAnnex } from "./sections/annex-basic-data.ts";
import { evidenceAnnex } from "./sections/annex-evidence.ts";
import { closingBlocks } from "./sections/closing.ts";
import { evaluationWorkSection } from "./sections/evaluation-work.ts";
import { expenditureSection } from "./sections/expenditure.ts";
import { findingsSection } from "./sections/findings.ts";
import { implementationSection } from "./sections/implementation.ts";
import { overviewSection } from "./sections/overview.ts";
import { performanceSection } from "./sections/performance.ts";
import { problemsSection, recommendationsSection } from "./sections/problems.ts";
import { scoreAnnexSection } from "./sections/score-annex.ts";
import { present } from "./sentences.ts";
import { tidyParagraphs } from "./tidy.ts";
import type { Block, BuildReportOptions, ReportMeta, ReportModel } from "./types.ts";

/**
 * The report title as the seed writes it: “<部门><年度>年度部门整体支出绩效评价报告”.
 * @example reportTitle("桃江县自然资源局", 2020) === "桃江县自然资源局2020年度部门整体支出绩效评价报告"
 */
export function reportTitle(department: string, fiscalYear: number): string {
  return `${department}${fiscalYear}年度部门整体支出绩效评价报告`;
}

/**
 * Build the format-neutral ReportModel of a 部门整体支出绩效评价报告 from an Evaluation.
 *
 * Structure (the seed's): title; preamble; 一、部门概况; 二、部门整体支出管理及使用情况分析;
 * 三、项目组织实施情况; 四、部门整体支出绩效情况; 五、绩效评价工作开展情况;
 * 六、目前面临的困境和需要解决的问题; 七、改进措施和有关建议; 附送 and 落款; then
 * 数据一致性核查 (unless `includeFindings: false`), 附件1 基础数据表 and 附件2 评分表 (only when
 * `scoreAnnex` builds one) and 附件3 目录及相关佐证资料 (only when `evidence` lists files).
 *
 * Every table row comes from the dataset and every total, difference and rate from the
 * evaluation's indicators (never from stated figures); narrative paragraphs are the department's
 * text from `dataset.narrative`. Pure: no I/O. Amounts stay exact Decimals in 元; rounding
 * (四舍五入, 2 places) happens only when a renderer shows a cell (`cellText`).
 * @throws Error only on a programming error (a table row that does not fit its columns).
 * @example buildReportModel(evaluate(taojiang)).meta.title === "桃江县自然资源局2020年度部门整体支出绩效评价报告"
 */
export function buildReportModel(
  evaluation: Evaluation,
  options: BuildReportOptions = {},
): ReportModel {
  const ctx = modelContext(evaluation, options);
  const { name, fiscalYear } = evaluation.department;
  const date = options.date ?? evaluation.dataset.evaluationProcess.reportDate ?? null;
  const meta: ReportMeta = {
    title: reportTitle(name, fiscalYear),
    department: name,
    fiscalYear,
    date,
    subject: "部门整体支出绩效评价报告",
    keywords: ["部门整体支出绩效评价", name, `${fiscalYear}年度`],
    language: "zh-CN",
    generator: "jixiao",
  };
  const blocks: Block[] = [
    ...narrative(evaluation.dataset.narrative.preamble),
    overviewSection(ctx),
    expenditureSection(ctx),
    implementationSection(ctx),
    performanceSection(ctx),
    evaluationWorkSection(ctx),
    problemsSection(ctx),
    recommendationsSection(ctx),
    ...closingBlocks(ctx, date),
    ...present([
      findingsSection(ctx),
      basicDataAnnex(ctx),
      scoreAnnexSection(ctx),
      evidenceAnnex(ctx),
    ]),
  ];
  return { meta, blocks: tidyParagraphs(blocks).map(markEmpty) };
}

/** The line an empty section shows, so a reader sees the part was not filled in, not lost. */
export const EMPTY_SECTION_NOTE = "（基础数据未提供本部分内容。）";

/** Give every section without content the {@link EMPTY_SECTION_NOTE}, recursively. */
function markEmpty(block: Block): Block {
  if (block.kind !== "section") return block;
  if (block.blocks.length === 0 && !block.headingOnly)
    return { ...block, blocks: [paragraph("note", EMPTY_SECTION_NOTE)] };
  return { ...block, blocks: block.blocks.map(markEmpty) };
}
