import type { Dataset } from "../schema/dataset.ts";
import { cell, derivedInput, missing, type Outcome, percentRatio } from "./derive.ts";
import { actualExpenditureTotal, receivedTotal } from "./funds.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator, IndicatorInput } from "./types.ts";

const FALLBACK_FORMULA =
  "预算完成率 = 实际支出合计 ÷ 到位金额合计 × 100%（未提供预算阶段数据时，以到位数为预算数：（到位 − 年末结余）÷ 到位，年末结余 = 到位 − 实际支出）";

/**
 * 预算执行 indicators (%), exact; display 四舍五入 2 places.
 * - 预算完成率, Hunan form: (上年结转 + 年初预算 + 本年追加 − 年末结余) ÷ (上年结转 + 年初预算 +
 *   本年追加) × 100%, from `budgetStages`.
 *   When `budgetStages` is absent, the 预算数 is the money actually made available, 到位合计
 *   (Σ allocation received; else Σ revenue received), and the 预算完成数 is 实际支出合计: the Hunan
 *   form with 年末结余 = 到位 − 实际 reduces to 实际支出合计 ÷ 到位合计. The indicator's formula
 *   then says so.
 * - 预算控制率 (Hunan) = 本年追加 ÷ 年初预算 × 100%, only from `budgetStages`.
 * Edges: a blank stage → null `missing`; 预算数 0 → null `undefined` (或 0 ÷ 0 不适用).
 * Source: 财预〔2013〕53号 附件2; 湖南省部门整体支出绩效评价指标（县级）.
 * @example budgetExecutionIndicators(seed) → "budgetExecution.completionRate" =
 *   682,237,464.67 ÷ 683,266,542.43 = 99.8494…% → 99.85 (seed 四、2 states 99.84%, truncated)
 */
export function budgetExecutionIndicators(dataset: Dataset): Indicator[] {
  const stages = dataset.budgetStages;
  if (stages) {
    const prior = cell(
      "上年结转",
      stages.priorYearCarryover,
      "元",
      "budgetStages.priorYearCarryover",
    );
    const initial = cell("年初预算", stages.initialBudget, "元", "budgetStages.initialBudget");
    const extra = cell(
      "本年追加",
      stages.supplementaryAppropriation,
      "元",
      "budgetStages.supplementaryAppropriation",
    );
    const yearEnd = cell(
      "年末结余",
      stages.yearEndCarryover,
      "元",
      "budgetStages.yearEndCarryover",
    );
    const stageInputs = [prior, initial, extra, yearEnd];
    return [
      makeIndicator(
        "budgetExecution.completionRate",
        undefined,
        hunanCompletionRate(prior, initial, extra, yearEnd),
        stageInputs,
      ),
      makeIndicator("budgetExecution.controlRate", undefined, percentRatio(extra, initial), [
        extra,
        initial,
      ]),
    ];
  }
  const received = receivedTotal(dataset);
  const actual = actualExpenditureTotal(dataset);
  if (!received || !actual) return [];
  return [
    makeIndicator(
      "budgetExecution.completionRate",
      undefined,
      percentRatio(actual, received),
      [actual, received],
      { formula: FALLBACK_FORMULA },
    ),
  ];
}

/**
 * 预算完成率 (Hunan form) = (上年结转 + 年初预算 + 本年追加 − 年末结余) ÷ (上年结转 + 年初预算 +
 * 本年追加) × 100%, exact, in %. Any blank input → null `missing`; a zero 预算数 → null
 * (`undefined`, or 不适用 when 完成数 is 0 too).
 * Source: 湖南省部门整体支出绩效评价指标（县级）.
 * @example hunanCompletionRate(上年结转 0, 年初预算 683,266,542.43, 本年追加 0, 年末结余
 *   1,029,077.76).value // 99.8494…% — the seed's year expressed in stages
 */
export function hunanCompletionRate(
  prior: IndicatorInput,
  initial: IndicatorInput,
  extra: IndicatorInput,
  yearEnd: IndicatorInput,
): Outcome {
  const [p, i, e, y] = [prior.value, initial.value, extra.value, yearEnd.value];
  if (p === null || i === null || e === null || y === null) {
    return missing([prior, initial, extra, yearEnd]);
  }
  const available = p.plus(i).plus(e);
  const completed = available.minus(y);
  return percentRatio(
    derivedInput("预算完成数", { value: completed }, "元"),
    derivedInput("预算数（上年结转 + 年初预算 + 本年追加）", { value: available }, "元"),
  );
}
