import { FUNDING_TYPE_NAMES } from "@jixiao/core";
import { generated, narrative, section, stripNumbering } from "../blocks.ts";
import type { ModelContext } from "../context.ts";
import { budgetSummaryTable } from "../tables/budget-summary.ts";
import { chineseDate, joinNames, sentence } from "../text.ts";
import type { Block, ParagraphBlock, SectionBlock } from "../types.ts";

/** 部门基本概况 composed from the profile and the budget units, when the dataset has no narrative for it. */
function profileParagraphs(ctx: ModelContext): ParagraphBlock[] {
  const d = ctx.dataset.department;
  const units = ctx.dataset.budgetUnits;
  const count = (level: 1 | 2) =>
    units.groups.filter((g) => g.level === level).reduce((n, g) => n + g.count, 0);
  const byType = (level: 1 | 2) =>
    units.groups
      .filter((g) => g.level === level && g.count > 0)
      .map((g) => `${FUNDING_TYPE_NAMES[g.fundingType]}${g.count}个`)
      .join("，");
  const parts = [`${d.name}${d.nature ? `是${d.nature}` : ""}`];
  parts.push(
    `截至${chineseDate(units.asOf)}，有${count(1)}个一级预算单位、${count(2)}个二级预算单位` +
      (byType(2) ? `（二级预算单位中${byType(2)}）` : ""),
  );
  if (d.rank) parts.push(`本级为${d.rank}`);
  if (d.address) parts.push(`地址：${d.address}`);
  parts.push(`统一社会信用代码：${d.unifiedSocialCreditCode}`);
  if (d.mission) parts.push(`职责和宗旨：${d.mission}`);
  return [generated(sentence(parts.join("；")))];
}

/** 机构设置情况 composed from the organisation stages, when the dataset has no narrative for it. */
function organisationParagraphs(ctx: ModelContext): ParagraphBlock[] {
  return ctx.dataset.organisation.map((stage) => {
    const basis = stage.basis.length > 0 ? `按照${joinNames(stage.basis)}，` : "";
    const other = stage.otherUnits.length > 0 ? `；另管理${joinNames(stage.otherUnits)}` : "";
    const note = stage.note ? `。${stage.note}` : "";
    return generated(
      sentence(
        `${chineseDate(stage.asOf)}起，${basis}内设${stage.internalDivisions.length}个股室：${joinNames(stage.internalDivisions)}；下属二级机构${stage.subordinateUnits.length}个：${joinNames(stage.subordinateUnits)}${other}${note}`,
      ),
    );
  });
}

/** 人员情况 composed from the staffing data, when the dataset has no narrative for it. */
function staffingParagraphs(ctx: ModelContext): ParagraphBlock[] {
  const s = ctx.dataset.staffing;
  const types = (list: readonly { type: string; count: number }[]) =>
    list.length > 0 ? `，其中${list.map((t) => `${t.type}${t.count}人`).join("、")}` : "";
  const parts = [
    `${chineseDate(s.atBudget.asOf)}部门预算核定编制数${s.atBudget.authorizedHeadcount}人${types(s.atBudget.authorizedByType)}`,
  ];
  if (s.atYearEnd.authorizedHeadcount !== null) {
    parts.push(
      `${chineseDate(s.atYearEnd.asOf)}核定编制数${s.atYearEnd.authorizedHeadcount}人${types(s.atYearEnd.authorizedByType)}`,
    );
  }
  parts.push(
    `至${chineseDate(s.atYearEnd.asOf)}实际在职人员${s.atYearEnd.activeStaff}人${types(s.atYearEnd.activeByType)}`,
  );
  if (s.retiredStaff !== null) parts.push(`离退休人员${s.retiredStaff}人`);
  return [generated(sentence(parts.join("；")))];
}

/** The department's narrative when given, else the sentences composed from data. */
function narrativeOr(texts: readonly string[], fallback: () => ParagraphBlock[]): ParagraphBlock[] {
  const given = narrative(texts);
  return given.length > 0 ? given : fallback();
}

/**
 * 一、部门概况: （一）部门基本概况 with （1）机构设置情况 (every organisation stage, before and
 * after a reorganisation), （2）人员情况 and （3）主要职能（绩效总目标）; （二）预算规模 with the
 * 预算支出/预算收入 table; （三）绩效目标设立情况.
 * @example overviewSection(ctx).title === "部门概况" // seed 一、: 编制282人, 在职288人
 */
export function overviewSection(ctx: ModelContext): SectionBlock {
  const n = ctx.dataset.narrative;
  const functions: Block[] = ctx.dataset.department.functions.map(
    (f, i) => narrative([`${i + 1}、${stripNumbering(f)}`])[0] ?? generated(f),
  );
  return section("overview", 1, "一、", "部门概况", [
    section("overview-profile", 2, "（一）", "部门基本概况", [
      ...narrativeOr(n.departmentOverview, () => profileParagraphs(ctx)),
      section("overview-organisation", 3, "（1）", "机构设置情况", [
        ...narrativeOr([...n.organisationSetup, ...n.organisationChanges], () =>
          organisationParagraphs(ctx),
        ),
      ]),
      section("overview-staffing", 3, "（2）", "人员情况", [
        ...narrativeOr(n.staffing, () => staffingParagraphs(ctx)),
      ]),
      section("overview-functions", 3, "（3）", "主要职能（绩效总目标）", functions),
    ]),
    section("overview-budget", 2, "（二）", "部门整体支出预算规模、使用方向、主要内容及范围", [
      ...narrative(n.budgetScope),
      budgetSummaryTable(ctx),
    ]),
    section("overview-goals", 2, "（三）", "绩效目标设立情况", narrative(n.performanceGoals)),
  ]);
}
