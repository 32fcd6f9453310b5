import { computeIndicators } from "../../metrics/compute.ts";
import type { Dataset, DatasetInput } from "../../schema/dataset.ts";
import { parseDataset } from "../../schema/parse.ts";
import { contextFor } from "../context.ts";
import type { Rule } from "../rule.ts";
import { runChecks } from "../run.ts";
import type { Finding } from "../types.ts";

/**
 * Test-only: a minimal valid dataset with the Taojiang department's identity (seed 一、（一）:
 * 统一社会信用代码 11430922MB1636254P) and staffing (seed 一、（2）: 编制 282, 在职 288), to which
 * each test adds the tables and stated figures it needs. Production code never imports this.
 */
export function makeDataset(patch: Partial<Record<keyof DatasetInput, unknown>> = {}): Dataset {
  return parseDataset({
    schemaVersion: 1,
    department: {
      name: "桃江县自然资源局",
      fiscalYear: 2020,
      unifiedSocialCreditCode: "11430922MB1636254P",
    },
    budgetUnits: { asOf: "2020-01-01", groups: [] },
    staffing: {
      atBudget: { asOf: "2020-01-01", authorizedHeadcount: 282 },
      atYearEnd: { asOf: "2020-12-31", authorizedHeadcount: null, activeStaff: 288 },
      retiredStaff: 89,
    },
    ...patch,
  });
}

/** A stated figure for tests: `text` defaults to the value, the location to a text section. */
export function stated(
  id: string,
  refersTo: string | null,
  value: string,
  unit: string,
  location: {
    section?: string;
    table?: string;
    row?: string;
    column?: string;
    quote?: string;
  } = {},
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    location: { section: location.section ?? "四、部门整体支出绩效情况", ...location },
    text: value,
    value,
    unit,
    refersTo,
    ...extra,
  };
}

/** Run one rule (or all, when none is given) over a dataset with its computed indicators. */
export function findings(dataset: Dataset, rule?: Rule): Finding[] {
  const indicators = computeIndicators(dataset);
  return rule ? rule.check(dataset, indicators) : runChecks(dataset, indicators);
}

/** The check context of a dataset with its computed indicators. */
export function contextOf(dataset: Dataset) {
  return contextFor(dataset, computeIndicators(dataset));
}

/**
 * The seed's "三公"经费 table 1.2.1/1.2.2 as data (seed 二、1.2): 公务接待费 820,000.00 /
 * 62,769.85 / 220,870.00; 公务用车运行维护费 0.00 / 21,514.87 / 346,673.34; 购置 and 出国 0.
 */
export const SEED_THREE_PUBLIC = [
  {
    item: "officialReception",
    name: "公务接待费",
    budget: "820000.00",
    actual: "62769.85",
    priorYearActual: "220870.00",
  },
  {
    item: "officialVehicleOperation",
    name: "公务用车运行维护费",
    budget: "0.00",
    actual: "21514.87",
    priorYearActual: "346673.34",
  },
  {
    item: "officialVehiclePurchase",
    name: "公务用车购置",
    budget: "0.00",
    actual: "0.00",
    priorYearActual: "0.00",
  },
  {
    item: "officialOverseasTravel",
    name: "因公出国（境）费用",
    budget: "0.00",
    actual: "0.00",
    priorYearActual: "0.00",
  },
] as const;

/**
 * The seed's 预算支出与实际支出对比表（一） basic lines and 项目支出 (seed 二、表（一）): 301
 * 25,507,764.16; 302 4,819,029.50; 303 805,953.00; 折旧 603,018.01; 项目 650,501,700.00.
 */
export const SEED_EXPENDITURE = [
  {
    item: "wagesAndBenefits",
    kind: "basic",
    name: "工资福利费用",
    budget: "25507764.16",
    actual: "25507764.16",
  },
  {
    item: "goodsAndServices",
    kind: "basic",
    name: "商品和服务费用",
    budget: "4819029.50",
    actual: "4819029.50",
  },
  {
    item: "householdSubsidies",
    kind: "basic",
    name: "对个人和家庭补助费用",
    budget: "805953.00",
    actual: "805953.00",
  },
  {
    item: "depreciation",
    kind: "basic",
    name: "固定资产折旧费",
    budget: "603018.01",
    actual: "603018.01",
  },
  {
    item: "project",
    kind: "project",
    name: "项目支出",
    budget: "650501700.00",
    actual: "650501700.00",
  },
] as const;
