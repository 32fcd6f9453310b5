import type { Dataset } from "../schema/dataset.ts";
import { cell, changeRate, derivedInput, difference, percentRatio } from "./derive.ts";
import { actualExpenditureTotal, expenditureBudgetTotal, receivedTotal } from "./funds.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator } from "./types.ts";

/**
 * 结转结余 indicators:
 * - 结转结余 = 到位金额合计 − 实际支出合计 (元, exact), with 到位 from `allocation` (else revenue
 *   received) and 实际 from `expenditure` (else `allocation`), see funds.ts;
 * - 结转结余率 = 结转结余总额 ÷ 支出预算数 × 100% (支出预算数 = Σ 预算支出);
 * - 结转结余变动率 = (本年度累计结转结余 − 上年度累计结转结余) ÷ 上年度 × 100%, only when
 *   `budgetStages` is given: 上年度 = budgetStages.priorYearCarryover, 本年度 =
 *   budgetStages.yearEndCarryover when given, else the 结转结余 above.
 * Edges: blank → null `missing`; 支出预算数 0 → null (`undefined`/不适用); 上年 0 → null
 * 上年为0（新增）. Never Infinity/NaN/0.
 * Source: 财预〔2013〕53号 附件2 (结转结余率, 结转结余变动率).
 * @example carryoverIndicators(seed) → "carryover.amount" = 683,266,542.43 − 682,237,464.67 =
 *   1,029,077.76 元 (seed 二、: 预算收入结转结余1,029,077.76元); "carryover.rate" =
 *   1,029,077.76 ÷ 682,237,464.67 = 0.1508…%
 */
export function carryoverIndicators(dataset: Dataset): Indicator[] {
  const out: Indicator[] = [];
  const received = receivedTotal(dataset);
  const actual = actualExpenditureTotal(dataset);
  const stages = dataset.budgetStages;
  let amountInput = null;
  if (received && actual) {
    const amount = difference(received, actual);
    out.push(makeIndicator("carryover.amount", undefined, amount, [received, actual]));
    amountInput = derivedInput("结转结余", amount, "元", `${received.path} − ${actual.path}`);
    const budget = expenditureBudgetTotal(dataset);
    if (budget) {
      const label = { ...budget, label: "支出预算数" };
      out.push(
        makeIndicator("carryover.rate", undefined, percentRatio(amountInput, label), [
          amountInput,
          label,
        ]),
      );
    }
  }
  if (stages) {
    const prior = cell(
      "上年度累计结转结余",
      stages.priorYearCarryover,
      "元",
      "budgetStages.priorYearCarryover",
    );
    const current =
      stages.yearEndCarryover !== null || !amountInput
        ? cell("本年度累计结转结余", stages.yearEndCarryover, "元", "budgetStages.yearEndCarryover")
        : { ...amountInput, label: "本年度累计结转结余" };
    out.push(
      makeIndicator("carryover.changeRate", undefined, changeRate(current, prior), [
        current,
        prior,
      ]),
    );
  }
  return out;
}
