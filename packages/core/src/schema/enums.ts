import { z } from "zod";

/** 预算单位经费形式: 全额拨款 / 差额拨款 / 自收自支 / 参公. */
export const FundingType = z.enum(["full", "partial", "selfFunded", "civilServiceManaged"]);
export type FundingType = z.infer<typeof FundingType>;
export const FUNDING_TYPE_NAMES: Record<FundingType, string> = {
  full: "全额拨款",
  partial: "差额拨款",
  selfFunded: "自收自支",
  civilServiceManaged: "参公",
};

/**
 * Expenditure lines: the 政府支出经济分类 classes 301/302/303/310, plus the lines the
 * 部门决算 tables carry beside them (固定资产折旧费, 项目支出, 其他).
 */
export const ExpenseItem = z.enum([
  "wagesAndBenefits", // 301 工资福利支出
  "goodsAndServices", // 302 商品和服务支出
  "householdSubsidies", // 303 对个人和家庭的补助
  "capitalExpenditure", // 310 资本性支出
  "depreciation", // 固定资产折旧费 (accrual basis, outside the 经济分类)
  "project", // 项目支出
  "other", // 其他支出
]);
export type ExpenseItem = z.infer<typeof ExpenseItem>;
export const EXPENSE_ITEM_NAMES: Record<ExpenseItem, string> = {
  wagesAndBenefits: "工资福利支出",
  goodsAndServices: "商品和服务支出",
  householdSubsidies: "对个人和家庭的补助",
  capitalExpenditure: "资本性支出",
  depreciation: "固定资产折旧费",
  project: "项目支出",
  other: "其他支出",
};

/** 收入来源. */
export const RevenueSource = z.enum([
  "fiscalAppropriation", // 财政拨款收入
  "higherLevelSubsidy", // 上级补助收入
  "institutionRevenue", // 事业收入
  "otherRevenue", // 其他收入
  "interestIncome", // 利息收入
  "priorYearCarryover", // 上年结转结余
]);
export type RevenueSource = z.infer<typeof RevenueSource>;
export const REVENUE_SOURCE_NAMES: Record<RevenueSource, string> = {
  fiscalAppropriation: "财政拨款收入",
  higherLevelSubsidy: "上级补助收入",
  institutionRevenue: "事业收入",
  otherRevenue: "其他收入",
  interestIncome: "利息收入",
  priorYearCarryover: "上年结转结余",
};

/** "三公"经费 items. */
export const ThreePublicItem = z.enum([
  "officialReception", // 公务接待费
  "officialVehicleOperation", // 公务用车运行维护费
  "officialVehiclePurchase", // 公务用车购置费
  "officialOverseasTravel", // 因公出国（境）费
]);
export type ThreePublicItem = z.infer<typeof ThreePublicItem>;
export const THREE_PUBLIC_ITEM_NAMES: Record<ThreePublicItem, string> = {
  officialReception: "公务接待费",
  officialVehicleOperation: "公务用车运行维护费",
  officialVehiclePurchase: "公务用车购置费",
  officialOverseasTravel: "因公出国（境）费",
};

/** 基本支出 / 项目支出 / 其他. */
export const ExpenditureKind = z.enum(["basic", "project", "other"]);
export type ExpenditureKind = z.infer<typeof ExpenditureKind>;

/** 绩效指标 categories: 产出（数量/质量/时效/成本）, 效益（经济/社会/生态/可持续）, 满意度. */
export const IndicatorCategory = z.enum([
  "output.quantity",
  "output.quality",
  "output.timeliness",
  "output.cost",
  "outcome.economic",
  "outcome.social",
  "outcome.ecological",
  "outcome.sustainability",
  "satisfaction",
]);
export type IndicatorCategory = z.infer<typeof IndicatorCategory>;
export const INDICATOR_CATEGORY_NAMES: Record<IndicatorCategory, string> = {
  "output.quantity": "产出数量",
  "output.quality": "产出质量",
  "output.timeliness": "产出时效",
  "output.cost": "产出成本",
  "outcome.economic": "经济效益",
  "outcome.social": "社会效益",
  "outcome.ecological": "生态效益",
  "outcome.sustainability": "可持续影响",
  satisfaction: "满意度",
};
