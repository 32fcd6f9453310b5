import { evaluate, type Finding, safeParseDataset } from "@jixiao/core";
import type { InconsistencyKind, ManifestEntry } from "./manifest.ts";

/** A dataset to measure on: its file name (as in the manifest) and its JSON. */
export interface RecallDataset {
  file: string;
  dataset: unknown;
}

/** Found and injected counts of one kind (or of all). */
export interface RecallCount {
  injected: number;
  found: number;
}

/** What {@link measureRecall} returns. */
export interface Recall {
  byKind: Partial<Record<InconsistencyKind, RecallCount>>;
  total: RecallCount;
  /** The injections no finding of the expected rule pointed at. */
  missed: ManifestEntry[];
  /** Files named in the manifest but not given, or given but not valid datasets. */
  unavailable: string[];
}

/** Whether `finding` reports the injection: the expected rule, at the injected place. */
export function findsInjection(finding: Finding, entry: ManifestEntry): boolean {
  if (finding.ruleId !== entry.ruleId) return false;
  const { statedFigureId, path } = entry.location;
  return finding.locations.some(
    (l) =>
      (statedFigureId !== undefined && l.statedFigureId === statedFigureId) ||
      (path !== undefined &&
        l.path !== undefined &&
        (l.path === path || l.path.startsWith(`${path}.`) || path.startsWith(`${l.path}.`))),
  );
}

/**
 * Check recall on injected inconsistencies: evaluate each dataset with core's `evaluate` and
 * count, per kind, the manifest's injections that a finding of the expected rule points at (the
 * same stated figure, or the same dataset path).
 * recall = found ÷ injected (a share; the caller rounds it for display).
 * A manifest file missing from `datasets`, or not a valid dataset, counts as not found and is
 * listed in `unavailable`. Never throws on bad input.
 * @example measureRecall(datasets, manifest.injections).total // { injected: 31, found: 31 }
 */
export function measureRecall(
  datasets: readonly RecallDataset[],
  injections: readonly ManifestEntry[],
): Recall {
  const byFile = new Map(datasets.map((d) => [d.file, d.dataset]));
  const findings = new Map<string, Finding[] | null>();
  const byKind: Partial<Record<InconsistencyKind, RecallCount>> = {};
  const total: RecallCount = { injected: 0, found: 0 };
  const missed: ManifestEntry[] = [];
  const unavailable = new Set<string>();
  for (const entry of injections) {
    if (!findings.has(entry.file)) {
      const parsed = byFile.has(entry.file) ? safeParseDataset(byFile.get(entry.file)) : null;
      findings.set(entry.file, parsed?.ok ? evaluate(parsed.dataset).findings : null);
    }
    const list = findings.get(entry.file) ?? null;
    if (list === null) unavailable.add(entry.file);
    const found = list?.some((f) => findsInjection(f, entry)) ?? false;
    const count = byKind[entry.kind] ?? { injected: 0, found: 0 };
    count.injected += 1;
    total.injected += 1;
    if (found) {
      count.found += 1;
      total.found += 1;
    } else missed.push(entry);
    byKind[entry.kind] = count;
  }
  return { byKind, total, missed, unavailable: [...unavailable] };
}
