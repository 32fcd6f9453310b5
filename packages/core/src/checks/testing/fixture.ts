import { computeIndicators } from "../../metrics/compute.ts";
import type { Dataset, DatasetInput } from "../../schema/dataset.ts";
import { parseDataset } from "../../schema/parse.ts";
import { minimalDatasetInput } from "../../testing/index.ts";
import { contextFor } from "../context.ts";
import type { Rule } from "../rule.ts";
import { runChecks } from "../run.ts";
import type { Finding } from "../types.ts";

/**
 * Test-only: {@link minimalDatasetInput} (the Taojiang department's identity, seed 一、（一）:
 * 统一社会信用代码 11430922MB1636254P, and staffing, seed 一、（2）: 编制 282, 在职 288), parsed,
 * to which each test adds the tables and stated figures it needs. Production code never imports
 * this.
 */
export function makeDataset(patch: Partial<Record<keyof DatasetInput, unknown>> = {}): Dataset {
  return parseDataset({ ...minimalDatasetInput(), ...patch });
}

/** A stated figure for tests: `text` defaults to the value, the location to a text section. */
export function stated(
  id: string,
  refersTo: string | null,
  value: string,
  unit: string,
  location: {
    section?: string;
    subsection?: string;
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
