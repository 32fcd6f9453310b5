import {
  builtinFramework,
  DEFAULT_FRAMEWORK_ID,
} from "../../packages/core/src/frameworks/index.ts";
import {
  computeIndicators,
  evaluate,
  parseDataset,
  runChecks,
} from "../../packages/core/src/index.ts";
import { scoreEvaluation } from "../../packages/core/src/scoring/index.ts";
import { timeOne, timePair } from "../measure.ts";
import { type HotSpot, hotSpots } from "../profile.ts";
import { type BenchRow, show } from "../rows.ts";
import { datasetsWithProjects, taojiangText, taojiangWithProjects } from "../workloads.ts";

const SECTION = "evaluate";

/** What the evaluate section returns: its rows, and a profile of each missed target. */
export interface EvaluateResult {
  rows: BenchRow[];
  profiles: Record<string, HotSpot[]>;
}

/** One pass of `evaluate` as every front end runs it: JSON.parse, schema parse, compute, check, score. */
function evaluator(texts: readonly string[]): () => unknown {
  const framework = builtinFramework(DEFAULT_FRAMEWORK_ID);
  if (!framework) throw new Error(`no built-in framework ${DEFAULT_FRAMEWORK_ID}`);
  let i = 0;
  return () =>
    evaluate(parseDataset(JSON.parse(texts[i++ % texts.length] as string)), { framework });
}

/** JSON.parse of the same texts, in the same order: the baseline. */
function parser(texts: readonly string[]): () => unknown {
  let i = 0;
  return () => JSON.parse(texts[i++ % texts.length] as string);
}

/**
 * Where evaluate's time goes on Taojiang 2020: each step timed alone (the checks on a fresh copy
 * of the indicators each time, so that nothing memoised for a run is reused), as ms and as a
 * share of their sum.
 */
function stepRows(text: string, budgetMs: number): BenchRow[] {
  const framework = builtinFramework(DEFAULT_FRAMEWORK_ID);
  if (!framework) throw new Error(`no built-in framework ${DEFAULT_FRAMEWORK_ID}`);
  const json = JSON.parse(text) as unknown;
  const dataset = parseDataset(json);
  const indicators = computeIndicators(dataset);
  const findings = runChecks(dataset, indicators);
  const evaluation = { department: dataset.department, dataset, indicators, findings };
  const budget = Math.max(300, budgetMs / 3);
  const steps: [string, number][] = [
    ["JSON.parse", timeOne(() => JSON.parse(text), budget)],
    ["schema parse (zod)", timeOne(() => parseDataset(json), budget)],
    ["compute", timeOne(() => computeIndicators(dataset), budget)],
    ["check", timeOne(() => runChecks(dataset, [...indicators]), budget)],
    ["score", timeOne(() => scoreEvaluation(evaluation, framework), budget)],
  ];
  const total = steps.reduce((sum, [, ms]) => sum + ms, 0);
  return steps.map(([step, ms]) => ({
    section: SECTION,
    figure: `  Taojiang step: ${step}`,
    value: ms,
    unit: "ms",
    ratio: { value: ms / total, text: `${show((100 * ms) / total)}% of the steps timed alone` },
  }));
}

/**
 * evaluate (JSON.parse, schema parse, compute, check, score under the default framework) on one
 * core, side by side with JSON.parse of the same input:
 * - small datasets (10 projects) per second, target ≥ 2,000;
 * - 500-project datasets per second;
 * - Taojiang 2020: evaluate ÷ JSON.parse, target ≤ 10×;
 * - a 5,000-project dataset in ms, target < 300 ms.
 * A missed target gets a CPU profile (top self-time functions).
 */
export async function evaluateSection(budgetMs: number): Promise<EvaluateResult> {
  const rows: BenchRow[] = [];
  const profiles: Record<string, HotSpot[]> = {};
  const missed = async (figure: string, op: () => unknown) => {
    profiles[figure] = await hotSpots(op, Math.min(2000, budgetMs));
  };

  const small = await datasetsWithProjects(50, 10);
  {
    const op = evaluator(small.texts);
    const [e, j] = timePair(op, parser(small.texts), budgetMs);
    const perSecond = 1000 / e.ms;
    const figure = "small datasets/s, 1 core";
    rows.push({
      section: SECTION,
      figure,
      value: perSecond,
      unit: "datasets/s",
      baseline: { name: "JSON.parse", value: 1000 / j.ms, unit: "/s" },
      ratio: { value: e.ms / j.ms, text: `${show(e.ms / j.ms)}× JSON.parse time` },
      target: { text: "≥ 2,000/s", met: perSecond >= 2000 },
      note: `${small.source}; ${show(e.ms)} ms each`,
    });
    if (perSecond < 2000) await missed(figure, op);
  }

  const bureau = await datasetsWithProjects(4, 500);
  {
    const [e, j] = timePair(evaluator(bureau.texts), parser(bureau.texts), budgetMs);
    rows.push({
      section: SECTION,
      figure: "500-project datasets/s, 1 core",
      value: 1000 / e.ms,
      unit: "datasets/s",
      baseline: { name: "JSON.parse", value: 1000 / j.ms, unit: "/s" },
      ratio: { value: e.ms / j.ms, text: `${show(e.ms / j.ms)}× JSON.parse time` },
      note: `${bureau.source}; ${show(e.ms)} ms each`,
    });
  }

  const taojiang = [taojiangText()];
  {
    const op = evaluator(taojiang);
    const [e, j] = timePair(op, parser(taojiang), budgetMs);
    const ratio = e.ms / j.ms;
    const figure = "Taojiang 2020: evaluate ÷ JSON.parse";
    rows.push({
      section: SECTION,
      figure,
      value: e.ms,
      unit: "ms",
      baseline: { name: "JSON.parse", value: j.ms, unit: "ms" },
      ratio: { value: ratio, text: `${show(ratio)}×` },
      target: { text: "≤ 10×", met: ratio <= 10 },
    });
    if (ratio > 10) await missed(figure, op);
  }

  rows.push(...stepRows(taojiang[0] as string, budgetMs));

  const large = taojiangWithProjects(5000);
  {
    const op = evaluator(large.texts);
    const [e, j] = timePair(op, parser(large.texts), Math.max(budgetMs, 3000), 1);
    const figure = "5,000-project dataset";
    rows.push({
      section: SECTION,
      figure,
      value: e.ms,
      unit: "ms",
      baseline: { name: "JSON.parse", value: j.ms, unit: "ms" },
      ratio: { value: e.ms / j.ms, text: `${show(e.ms / j.ms)}×` },
      target: { text: "< 300 ms", met: e.ms < 300 },
      note: large.source,
    });
    if (e.ms >= 300) await missed(figure, op);
  }
  return { rows, profiles };
}
