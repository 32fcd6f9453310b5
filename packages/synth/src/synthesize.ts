import {
  computeIndicators,
  type DatasetInput,
  Decimal,
  parseDataset,
  roundHalfUp,
} from "@jixiao/core";
import { buildTables, pickPlan } from "./build-dataset.ts";
import { DATA_KINDS, FIGURE_KINDS, injectIntoData, injectIntoFigures } from "./inject.ts";
import type { Manifest, ManifestEntry } from "./manifest.ts";
import { narrate } from "./narrative.ts";
import { createPrng, type Prng } from "./prng.ts";

/** Options of {@link synthesizeDatasets}. */
export interface SynthesizeOptions {
  /** How many department-years to generate (1 … {@link MAX_SYNTH_COUNT}). */
  count: number;
  /** The seed: the same seed gives the same datasets, byte for byte. */
  seed: number | string;
  /**
   * The share (0 … 1) of datasets that carry injected inconsistencies; 0 by default. Exactly
   * round(count × share) (四舍五入) datasets are chosen, by the seeded generator.
   */
  inconsistencyShare?: number;
  /**
   * Fix every dataset's number of projects (1 … 5000) instead of the default mix (mostly small
   * units, a 500-project bureau every 20th dataset). For benchmarks.
   */
  projectCount?: number;
}

/** One generated dataset: its file name, its JSON (as it is written) and what was injected. */
export interface SynthesizedDataset {
  /** `<nnnn>-<county>-<kind>-<year>.json`, ASCII. */
  file: string;
  /** The dataset input; `parseDataset` accepts it. */
  dataset: DatasetInput;
  injections: ManifestEntry[];
}

/** The result of {@link synthesizeDatasets}: the datasets and the sidecar manifest. */
export interface Synthesized {
  datasets: SynthesizedDataset[];
  manifest: Manifest;
}

/** The number of projects of the `index`-th dataset: a 500-project bureau every 20th. */
function projectCountFor(prng: Prng, index: number): number {
  if (index % 20 === 19) return 500;
  const tier = prng.int(1, 10);
  if (tier <= 6) return prng.int(3, 12);
  if (tier <= 9) return prng.int(13, 60);
  return prng.int(61, 200);
}

/**
 * Generate one department-year. Dataset `index` of a seed depends on the seed and the index
 * only, so `count: 10` gives the first ten datasets of `count: 200`.
 * @param inconsistent whether this dataset carries injected inconsistencies (1–2 of them).
 * @param projectCount fixes the number of projects (else the default mix by index).
 * @param taken department-year slugs already used in this run; the new one is added, and a
 *   clash is re-drawn (up to 50 times) so that no two datasets of a run write the same report.
 * @throws never for valid arguments (the generated input always parses; a failure is a bug).
 * @example synthesizeDataset(42, 0, false).dataset.department.fiscalYear // 2019 … 2023
 */
export function synthesizeDataset(
  seed: number | string,
  index: number,
  inconsistent: boolean,
  projectCount?: number,
  taken: Set<string> = new Set(),
): SynthesizedDataset {
  const prng = createPrng(`${seed}:${index}`);
  const projects = projectCount ?? projectCountFor(prng, index);
  let plan = pickPlan(prng, projects);
  for (
    let tries = 0;
    taken.has(`${plan.county.slug}-${plan.kind.slug}-${plan.fiscalYear}`) && tries < 50;
    tries++
  ) {
    plan = pickPlan(prng, projects);
  }
  const slug = `${plan.county.slug}-${plan.kind.slug}-${plan.fiscalYear}`;
  taken.add(slug);
  const file = `${String(index + 1).padStart(4, "0")}-${slug}.json`;
  const input = buildTables(prng, plan, createPrng(`${seed}:${index}:names`));

  const injected: Omit<ManifestEntry, "file">[] = [];
  const kinds = inconsistent ? pickKinds(prng) : [];
  for (const kind of kinds) {
    if ((DATA_KINDS as readonly string[]).includes(kind)) {
      const done = injectIntoData(prng, input, kind as (typeof DATA_KINDS)[number]);
      if (done) injected.push(done);
    }
  }
  const parsed = parseDataset(input);
  const indicators = computeIndicators(parsed);
  const story = narrate(parsed, indicators);
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  const figures = story.statedFigures ?? [];
  for (const kind of kinds) {
    if ((FIGURE_KINDS as readonly string[]).includes(kind)) {
      const done = injectIntoFigures(
        prng,
        figures as Parameters<typeof injectIntoFigures>[1],
        byKey,
        kind as (typeof FIGURE_KINDS)[number],
      );
      if (done) injected.push(done);
    }
  }
  const dataset: DatasetInput = { ...input, ...story, statedFigures: figures };
  return { file, dataset, injections: injected.map((e) => ({ file, ...e })) };
}

const ALL_KINDS = [...DATA_KINDS, ...FIGURE_KINDS];

/** One or two distinct kinds of inconsistency. */
function pickKinds(prng: Prng): string[] {
  const first = prng.pick(ALL_KINDS);
  if (!prng.chance(0.4)) return [first];
  const second = prng.pick(ALL_KINDS.filter((k) => k !== first));
  return [first, second];
}

/** The most datasets one run generates. */
export const MAX_SYNTH_COUNT = 10_000;

/**
 * How many of `count` datasets carry inconsistencies: count × share 四舍五入 to a whole number,
 * computed exactly (the share's decimal text, not a binary float product).
 * @example inconsistentCount(20, 0.5) === 10
 * @example inconsistentCount(10, 0.15) === 2 // 1.5 rounds half up
 */
export function inconsistentCount(count: number, share: number): number {
  return Number(roundHalfUp(new Decimal(String(share)).times(count), 0));
}

/**
 * Exactly `k` distinct indices of 0 … count−1, chosen by the seeded `prng` (a partial
 * Fisher–Yates shuffle), as a set.
 */
function chooseIndices(prng: Prng, count: number, k: number): Set<number> {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = prng.int(i, count - 1);
    const swap = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swap;
  }
  return new Set(order.slice(0, k));
}

/**
 * Generate `count` realistic, valid department-year datasets (基础数据) from a seed, pure and
 * reproducible: the same options give the same datasets and manifest, byte for byte, on every
 * machine (a seeded sfc32 generator; no Math.random, no clock). Sizes range from a small unit
 * with a few projects to a bureau with 500; amounts follow the Taojiang 2020 seed's structure
 * and magnitudes (元, 2 places), and every total, cross-table line and stated figure agrees, so
 * a clean dataset gives no error finding from core's checks. A share of the datasets carries
 * injected inconsistencies — exactly round(count × share) of them, chosen by the seeded
 * generator — each recorded in the manifest with the rule expected to find it. Which datasets
 * are chosen depends on count, so a shorter run is a prefix of a longer one only when share is 0.
 * @throws RangeError when count is not an integer 1 … 10000, or the share is outside 0 … 1.
 * @example synthesizeDatasets({ count: 12, seed: 7, inconsistencyShare: 0.25 }).manifest.injections
 */
export function synthesizeDatasets(options: SynthesizeOptions): Synthesized {
  const { count, seed, inconsistencyShare = 0, projectCount } = options;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SYNTH_COUNT) {
    throw new RangeError(
      `count 应为 1 到 ${MAX_SYNTH_COUNT} 的整数，实为 ${count} / count must be an integer 1 … ${MAX_SYNTH_COUNT}, got ${count}`,
    );
  }
  if (!(inconsistencyShare >= 0 && inconsistencyShare <= 1)) {
    throw new RangeError(
      `inconsistencyShare 应在 0 到 1 之间 / inconsistencyShare must be within 0 … 1: ${inconsistencyShare}`,
    );
  }
  if (
    projectCount !== undefined &&
    !(Number.isInteger(projectCount) && projectCount >= 1 && projectCount <= 5000)
  ) {
    throw new RangeError(
      `projectCount 应为 1 到 5000 的整数 / projectCount must be an integer 1 … 5000: ${projectCount}`,
    );
  }
  const chooser = createPrng(`${seed}:inconsistent`);
  const inconsistent = chooseIndices(chooser, count, inconsistentCount(count, inconsistencyShare));
  const taken = new Set<string>();
  const datasets = Array.from({ length: count }, (_, index) =>
    synthesizeDataset(seed, index, inconsistent.has(index), projectCount, taken),
  );
  return {
    datasets,
    manifest: {
      generator: "@jixiao/synth",
      version: 1,
      seed,
      count,
      inconsistencyShare,
      files: datasets.map((d) => d.file),
      injections: datasets.flatMap((d) => d.injections),
    },
  };
}
