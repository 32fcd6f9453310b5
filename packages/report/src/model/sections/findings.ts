import { generated, section } from "../blocks.ts";
import type { ModelContext } from "../context.ts";
import { findingsTable } from "../tables/findings.ts";
import type { SectionBlock } from "../types.ts";

/** The heading of the findings part: it is jixiao's, not the department's signed text. */
export const FINDINGS_TITLE = "数据一致性核查（jixiao 根据基础数据生成）";

/** The one line under that heading saying where the part stands and where it comes from. */
export const FINDINGS_ORIGIN =
  "本部分不属于部门报告正文（正文止于上页落款），由 jixiao 根据基础数据和报告所述数字自动核查生成，供评价人复核。";

/**
 * 数据一致性核查（jixiao 根据基础数据生成）: placed after the 落款 and before 附件1, opening with one
 * line saying it is generated and not the department's text; then the 勾稽校验 findings of the evaluation in one table (severity, rule, location,
 * stated value, recomputed value, explanation), with a count by severity; when there are none,
 * a sentence saying so. On by default; `options.includeFindings === false` leaves it out (null).
 * @example findingsSection(ctx)?.title === "数据一致性核查（jixiao 根据基础数据生成）"
 */
export function findingsSection(ctx: ModelContext): SectionBlock | null {
  if (ctx.options.includeFindings === false) return null;
  const findings = ctx.evaluation.findings;
  const count = (sev: string) => findings.filter((f) => f.severity === sev).length;
  const blocks =
    findings.length === 0
      ? [generated("经对基础数据及报告所述数字逐项勾稽核查，未发现不一致。")]
      : [
          generated(
            `经对基础数据及报告所述数字逐项勾稽核查，共发现${findings.length}项问题，其中错误${count("error")}项、警告${count("warning")}项、提示${count("info")}项，明细如下。`,
          ),
          findingsTable(ctx),
        ];
  return section("findings", 1, "", FINDINGS_TITLE, [generated(FINDINGS_ORIGIN), ...blocks], {
    pageBreakBefore: true,
  });
}
