import type { ProseFigure } from "./prose.ts";

/** A plan-and-actual statement: “实现X 6.15亿元，完成…计划任务3亿元的205%”. */
export interface TargetStatement {
  name: string;
  actual: number;
  plan: number;
  rate: number;
}

const PLAN_WORDS = /计划|任务|目标/;
const VERBS = /^.*?(?:计划完成|实际完成|完成|实现|征收|收取|办结|报送|确认|收缴|控缴|收入了)/;

/**
 * The name of a target from the clause before its figure: leading 其中/全年 and verbs
 * (实现, 完成, 征收 …) dropped; a name left shorter than 4 characters keeps the whole clause
 * (“征地服务所实现收入”, not “收入”).
 * @example targetName("实现土地出让总价款") === "土地出让总价款"; targetName("全年计划完成征收非税收入") === "非税收入"
 */
export function targetName(clause: string): string {
  const whole = clause
    .replace(/^(其中[：:]?|全年|全县|累计)+/, "")
    .replace(/[为达是]$/, "")
    .trim();
  let name = whole;
  for (let i = 0; i < 3; i++) name = name.replace(VERBS, "");
  name = name.trim();
  return name.length >= 4 ? name : whole;
}

const sameKind = (a: ProseFigure, b: ProseFigure) => {
  const money = (f: ProseFigure) => f.unit === "元" || f.unit === "万元" || f.unit === "亿元";
  return money(a) ? money(b) : a.unit === b.unit;
};

/**
 * The plan/actual/rate triples of a sentence's figures, in two shapes: “<实际>，完成…任务<计划>的<率>%”
 * and “计划…<计划>，实际完成<实际>，完成计划的<率>%”. Indexes point into `figures`.
 * @example targetStatements(proseFigures("全年征收采矿权出让收益1605.6万元，完成财政预算计划任务300万元的537%"))
 *   // [{ name: "采矿权出让收益", actual: 0, plan: 1, rate: 2 }]
 */
export function targetStatements(figures: readonly ProseFigure[]): TargetStatement[] {
  const out: TargetStatement[] = [];
  figures.forEach((rate, i) => {
    if (rate.unit !== "%" || i < 2) return;
    const near = rate.near.trim();
    const a = figures[i - 2] as ProseFigure;
    const b = figures[i - 1] as ProseFigure;
    if (/^的$/.test(near) && PLAN_WORDS.test(b.near) && sameKind(a, b) && !a.aside) {
      out.push({ name: targetName(a.clause), actual: i - 2, plan: i - 1, rate: i });
    } else if (/完成(计划|任务)的?$/.test(near) && PLAN_WORDS.test(a.near) && sameKind(a, b)) {
      out.push({ name: targetName(a.clause), actual: i - 1, plan: i - 2, rate: i });
    }
  });
  return out;
}
