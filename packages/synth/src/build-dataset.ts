import {
  creditCodeCheckCharacter,
  type DatasetInput,
  Decimal,
  type ExpenseItem,
  roundHalfUp,
} from "@jixiao/core";
import { portion, total, yuanText } from "./money.ts";
import {
  COUNTIES,
  type County,
  DEPARTMENT_KINDS,
  type DepartmentKind,
  TOWNSHIPS,
} from "./names.ts";
import { projectNames, subordinateUnits } from "./naming.ts";
import type { Prng } from "./prng.ts";

/** What a generated department-year is: its names, year and size. */
export interface DatasetPlan {
  county: County;
  kind: DepartmentKind;
  fiscalYear: number;
  /** Number of 项目支出 rows, 1 … 500. */
  projectCount: number;
}

const CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/**
 * A 统一社会信用代码 for a 机关 (登记管理部门 1, 机构类别 1) in Hunan (43…), with a valid GB
 * 32100-2015 check character.
 */
function creditCode(prng: Prng, countyIndex: number): string {
  const area = `43${String(1 + (countyIndex % 13)).padStart(2, "0")}${String(21 + (countyIndex % 9)).padStart(2, "0")}`;
  let body = "MB";
  for (let i = 0; i < 7; i++) body += prng.pick([...CODE_ALPHABET]);
  const first17 = `11${area}${body}`;
  return first17 + (creditCodeCheckCharacter(first17) ?? "0");
}

/** Split `count` into parts by weights (largest part absorbs the remainder). */
function splitCount(count: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((count * w) / sum));
  parts[0] = (parts[0] ?? 0) + count - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** A project budget in 元: mostly 1万–100万, some 100万–1000万, rarely more (土地成本). */
function projectBudget(prng: Prng): Decimal {
  const tier = prng.int(1, 100);
  if (tier <= 45) return prng.yuan(10_000, 200_000);
  if (tier <= 85) return prng.yuan(200_000, 2_000_000);
  if (tier <= 98) return prng.yuan(2_000_000, 12_000_000);
  return prng.yuan(20_000_000, 150_000_000);
}

/** The actual spend of a line with `budget`: all of it, or 85–100 % of it (to the 分). */
function spent(prng: Prng, budget: Decimal, fullShare = 0.6): Decimal {
  if (prng.chance(fullShare)) return budget;
  return portion(budget, new Decimal(prng.int(8500, 9999)).div(10000));
}

/**
 * The tables of one department-year (everything but the narrative and stated figures): staffing,
 * revenue by source, expenditure by economic class, allocation, 基本支出明细, "三公"经费,
 * 公用经费, projects, budget stages, revenue targets and performance indicators. Every total and
 * every same line across tables agrees to the 分, so core's checks find no error in it.
 * Magnitudes follow the Taojiang 2020 seed: 人员 ~10万元/人/年, 公用 ~2–4万元/人, projects
 * from 1万元 to 1.5亿元. Names (projects, 二级单位) are drawn from `names`, a source of their own,
 * so that they are distinct within the dataset without changing any amount.
 */
export function buildTables(prng: Prng, plan: DatasetPlan, names: Prng): DatasetInput {
  const { county, kind, fiscalYear: year, projectCount } = plan;
  const countyIndex = COUNTIES.indexOf(county);
  const big = projectCount >= 100;

  // ── 人员 ──
  const authorized = big ? prng.int(150, 420) : prng.int(8, 30 + projectCount * 3);
  const selfFunded = prng.chance(0.35) ? prng.int(1, Math.max(1, Math.floor(authorized / 8))) : 0;
  const byType = (full: number, self: number) =>
    self > 0
      ? [
          { type: "全额编制", count: full },
          { type: "自收自支编制", count: self },
        ]
      : [{ type: "全额编制", count: full }];
  const vacancies = prng.int(0, Math.max(0, Math.floor(authorized / 10)));
  const active = authorized - vacancies;
  const [activeFull = 0, activeSelf = 0] =
    selfFunded > 0 ? splitCount(active, [authorized - selfFunded, selfFunded]) : [active];
  const retired = prng.int(Math.floor(active / 6), Math.floor(active / 2) + 1);

  // ── 基本支出 by economic class ──
  const wages = prng.yuan(88_000, 142_000).times(active);
  const goods = prng.yuan(14_000, 38_000).times(active);
  const household = prng.yuan(800, 5_000).times(active + retired);
  const capital = prng.chance(0.3) ? prng.yuan(30_000, 600_000) : null;
  const budgetOf = (actual: Decimal) =>
    prng.chance(0.55)
      ? actual
      : actual.plus(portion(actual, new Decimal(prng.int(1, 600)).div(10000)));
  const wagesBudget = budgetOf(wages);
  const goodsBudget = budgetOf(goods);
  const householdBudget = budgetOf(household);
  const capitalBudget = capital ? budgetOf(capital) : null;
  const basicLines: { item: ExpenseItem; name: string; budget: Decimal; actual: Decimal }[] = [
    { item: "wagesAndBenefits", name: "工资福利支出", budget: wagesBudget, actual: wages },
    { item: "goodsAndServices", name: "商品和服务支出", budget: goodsBudget, actual: goods },
    {
      item: "householdSubsidies",
      name: "对个人和家庭的补助",
      budget: householdBudget,
      actual: household,
    },
    ...(capital && capitalBudget
      ? [
          {
            item: "capitalExpenditure" as const,
            name: "资本性支出",
            budget: capitalBudget,
            actual: capital,
          },
        ]
      : []),
  ];
  const basicBudget = total(basicLines.map((l) => l.budget));
  const basicActual = total(basicLines.map((l) => l.actual));

  // ── 项目支出 ──
  const projectNameList = projectNames(names, kind, projectCount);
  const projects = Array.from({ length: projectCount }, (_, i) => {
    const budget = projectBudget(prng);
    const actual = spent(prng, budget);
    // The draws that named projects before names were made distinct, kept so that every amount
    // of a seed stays the same; the name itself comes from projectNames.
    prng.pick(kind.projects);
    if (projectCount > kind.projects.length) prng.pick(TOWNSHIPS);
    const name = projectNameList[i] as string;
    return {
      seq: i + 1,
      name,
      documentNumber: null,
      budget: yuanText(budget),
      actual: yuanText(actual),
      isKey: prng.chance(0.3),
      budgetValue: budget,
      actualValue: actual,
    };
  });
  const projectBudgetTotal = total(projects.map((p) => p.budgetValue));
  const projectActualTotal = total(projects.map((p) => p.actualValue));
  const budgetTotal = basicBudget.plus(projectBudgetTotal);
  const actualTotal = basicActual.plus(projectActualTotal);

  // ── 收入 by source: other sources are received and used in full; 财政拨款 covers the rest ──
  const subsidy = prng.chance(0.4)
    ? portion(actualTotal, new Decimal(prng.int(5, 300)).div(10000))
    : null;
  const other = prng.chance(0.3)
    ? portion(actualTotal, new Decimal(prng.int(5, 200)).div(10000))
    : null;
  const others = total([subsidy, other].filter((v): v is Decimal => v !== null));
  const fiscalReceived = budgetTotal.minus(others);
  const fiscalUsed = actualTotal.minus(others);
  const revenue = [
    {
      source: "fiscalAppropriation" as const,
      name: "财政拨款收入",
      budget: yuanText(fiscalReceived),
      received: yuanText(fiscalReceived),
      used: yuanText(fiscalUsed),
    },
    ...(subsidy
      ? [
          {
            source: "higherLevelSubsidy" as const,
            name: "上级补助收入",
            budget: yuanText(subsidy),
            received: yuanText(subsidy),
            used: yuanText(subsidy),
          },
        ]
      : []),
    ...(other
      ? [
          {
            source: "otherRevenue" as const,
            name: "其他收入",
            budget: yuanText(other),
            received: yuanText(other),
            used: yuanText(other),
          },
        ]
      : []),
  ];

  // ── "三公"经费 ──
  const scale = Math.max(1, Math.floor(active / 20));
  const receptionBudget = prng.yuan(10_000 * scale, 40_000 * scale);
  const vehicleBudget = prng.chance(0.7) ? prng.yuan(20_000, 60_000 * scale) : new Decimal(0);
  const three = [
    {
      item: "officialReception" as const,
      name: "公务接待费",
      budget: receptionBudget,
      actual: portion(receptionBudget, new Decimal(prng.int(2000, 10000)).div(10000)),
      prior: prng.yuan(5_000 * scale, 45_000 * scale),
    },
    {
      item: "officialVehicleOperation" as const,
      name: "公务用车运行维护费",
      budget: vehicleBudget,
      actual: portion(vehicleBudget, new Decimal(prng.int(3000, 10000)).div(10000)),
      prior: vehicleBudget.isZero() ? new Decimal(0) : prng.yuan(10_000, 70_000 * scale),
    },
    {
      item: "officialVehiclePurchase" as const,
      name: "公务用车购置费",
      budget: new Decimal(0),
      actual: new Decimal(0),
      prior: new Decimal(0),
    },
    {
      item: "officialOverseasTravel" as const,
      name: "因公出国（境）费",
      budget: new Decimal(0),
      actual: new Decimal(0),
      prior: new Decimal(0),
    },
  ];

  // ── 预算阶段: 上年结转 + 年初预算 + 本年追加 = 预算总额; 年末结余 = 预算 − 实际 ──
  const carriedIn = prng.chance(0.5)
    ? portion(budgetTotal, new Decimal(prng.int(10, 400)).div(10000))
    : new Decimal(0);
  const initial = portion(
    budgetTotal.minus(carriedIn),
    new Decimal(prng.int(6500, 9800)).div(10000),
  );
  const supplementary = budgetTotal.minus(carriedIn).minus(initial);

  // ── 非税收入等收入任务 ──
  const targets =
    kind.slug === "natural-resources" || kind.slug === "market-regulation" || prng.chance(0.25)
      ? Array.from({ length: prng.int(1, 3) }, (_, i) => {
          const plan = prng.yuan(1_000_000, big ? 300_000_000 : 20_000_000).floor();
          const actual = portion(plan, new Decimal(prng.int(7000, 16000)).div(10000));
          const names = ["非税收入", "行政事业性收费", "罚没收入"];
          return {
            id: `target-${i + 1}`,
            name: names[i] ?? `收入任务${i + 1}`,
            plan: yuanText(plan),
            actual: yuanText(actual),
          };
        })
      : [];

  // ── 绩效指标 ──
  const performanceIndicators = kind.indicators.map((t, i) => {
    const planned = prng.int(t.min, t.max);
    const actual =
      t.unit === "%"
        ? `${prng.int(Math.max(t.min, planned - 3), 100)}`
        : `${prng.int(Math.floor(planned * 0.9), Math.ceil(planned * 1.3))}`;
    return {
      id: `indicator-${i + 1}`,
      category: t.category,
      name: t.name,
      unit: t.unit,
      planned: `${planned}`,
      actual,
    };
  });

  const level2 = big ? prng.int(3, 12) : prng.int(0, 3);
  const divisions = ["办公室", "财务股", "人事股", "法规股", "规划股", "监督股", "信息中心"].slice(
    0,
    prng.int(3, 7),
  );
  const subordinate = subordinateUnits(names, county, kind, level2);
  const procurementBudget = portion(
    goodsBudget.plus(projectBudgetTotal),
    new Decimal(prng.int(200, 1500)).div(10000),
  );
  const fixedTotal = prng.yuan(500_000, big ? 80_000_000 : 8_000_000);

  return {
    schemaVersion: 1,
    department: {
      name: `${county.zh}${kind.zh}`,
      fiscalYear: year,
      unifiedSocialCreditCode: creditCode(prng, countyIndex),
      nature: "国家行政机关",
      rank: "科局级行政单位",
      address: `${county.zh}${prng.pick(["人民路", "建设路", "迎宾路", "解放路"])}${prng.int(1, 300)}号`,
      mission: kind.mission.replace("全县", `全${county.zh.slice(-1)}`),
      legalRepresentative: null,
      functions: [...kind.functions],
    },
    budgetUnits: {
      asOf: `${year}-01-01`,
      groups: [
        { level: 1, fundingType: "full", count: 1, names: ["局机关本级"] },
        ...(level2 > 0
          ? [{ level: 2 as const, fundingType: "full" as const, count: level2, names: subordinate }]
          : []),
      ],
    },
    organisation: [
      {
        id: `org-${year}-01-01`,
        asOf: `${year}-01-01`,
        basis: [],
        internalDivisions: divisions,
        subordinateUnits: subordinate,
      },
    ],
    staffing: {
      atBudget: {
        asOf: `${year}-01-01`,
        authorizedHeadcount: authorized,
        authorizedByType: byType(authorized - selfFunded, selfFunded),
      },
      atYearEnd: {
        asOf: `${year}-12-31`,
        authorizedHeadcount: authorized,
        authorizedByType: byType(authorized - selfFunded, selfFunded),
        activeStaff: active,
        activeByType: byType(activeFull, activeSelf),
      },
      retiredStaff: retired,
    },
    revenue,
    budgetSummary: [
      {
        kind: "basic",
        name: "基本支出",
        budgetExpenditure: yuanText(basicBudget),
        budgetRevenue: yuanText(basicBudget),
      },
      {
        kind: "project",
        name: "项目支出",
        budgetExpenditure: yuanText(projectBudgetTotal),
        budgetRevenue: yuanText(projectBudgetTotal),
      },
    ],
    expenditure: [
      ...basicLines.map((l) => ({
        item: l.item,
        kind: "basic" as const,
        name: l.name,
        budget: yuanText(l.budget),
        actual: yuanText(l.actual),
      })),
      {
        item: "project",
        kind: "project",
        name: "项目支出",
        budget: yuanText(projectBudgetTotal),
        actual: yuanText(projectActualTotal),
      },
    ],
    allocation: [
      ...basicLines.map((l) => ({
        item: l.item,
        name: l.name,
        received: yuanText(l.budget),
        actual: yuanText(l.actual),
      })),
      {
        item: "project",
        name: "项目支出",
        received: yuanText(projectBudgetTotal),
        actual: yuanText(projectActualTotal),
      },
    ],
    basicExpenditure: basicLines.map((l) => ({
      item: l.item,
      name: l.name,
      budget: yuanText(l.budget),
      actual: yuanText(l.actual),
    })),
    threePublicExpenses: three.map((t) => ({
      item: t.item,
      name: t.name,
      budget: yuanText(t.budget),
      actual: yuanText(t.actual),
      priorYearActual: yuanText(t.prior),
    })),
    operatingExpenses: {
      budget: yuanText(goodsBudget.plus(capitalBudget ?? 0)),
      actual: yuanText(goods.plus(capital ?? 0)),
    },
    projects: projects.map(({ budgetValue: _b, actualValue: _a, ...p }) => p),
    revenueTargets: targets,
    performanceIndicators,
    satisfaction: {
      questionnaires: prng.int(20, 400),
      score: roundHalfUp(new Decimal(prng.int(850, 995)).div(10), 1),
      fullScore: "100",
      method: "现场调查问卷与电话回访",
    },
    procurement: {
      budget: yuanText(procurementBudget),
      actual: yuanText(spent(prng, procurementBudget, 0.3)),
    },
    fixedAssets: {
      inUse: yuanText(portion(fixedTotal, new Decimal(prng.int(8500, 10000)).div(10000))),
      total: yuanText(fixedTotal),
    },
    budgetStages: {
      priorYearCarryover: yuanText(carriedIn),
      initialBudget: yuanText(initial),
      supplementaryAppropriation: yuanText(supplementary),
      yearEndCarryover: yuanText(budgetTotal.minus(actualTotal)),
    },
  };
}

/** Pick a plan's county, kind and year. */
export function pickPlan(prng: Prng, projectCount: number): DatasetPlan {
  return {
    county: prng.pick(COUNTIES),
    kind: prng.pick(DEPARTMENT_KINDS),
    fiscalYear: prng.int(2019, 2023),
    projectCount,
  };
}
