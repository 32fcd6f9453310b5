import { parseFramework } from "../parse.ts";
import type { Framework, FrameworkInput } from "../schema.ts";
import { DECISION_MANAGEMENT_PERFORMANCE_FRAMEWORK } from "./decision-management-performance.ts";
import { HUNAN_COUNTY_FRAMEWORK } from "./hunan-county.ts";
import { MOF_2013_COMMON_FRAMEWORK } from "./mof-2013-common.ts";
import { PEFA_2016_FRAMEWORK } from "./pefa-2016.ts";

export {
  DECISION_MANAGEMENT_PERFORMANCE_FRAMEWORK,
  HUNAN_COUNTY_FRAMEWORK,
  MOF_2013_COMMON_FRAMEWORK,
  PEFA_2016_FRAMEWORK,
};

/** The built-in frameworks as written (JSON-serialisable input, defaults not applied). */
export const BUILTIN_FRAMEWORK_INPUTS: readonly FrameworkInput[] = [
  HUNAN_COUNTY_FRAMEWORK,
  MOF_2013_COMMON_FRAMEWORK,
  DECISION_MANAGEMENT_PERFORMANCE_FRAMEWORK,
  PEFA_2016_FRAMEWORK,
];

/** The id of the framework `jixiao score` uses when none is named. */
export const DEFAULT_FRAMEWORK_ID = "hunan-county-2020";

let parsed: Framework[] | undefined;

/**
 * Every built-in framework, validated (parseFramework) on first use.
 * @throws FrameworkValidationError if a built-in is unsound (a programming error; tests guard it).
 * @example builtinFrameworks().map(f => f.id) → ["hunan-county-2020", "mof-2013-53-common", …]
 */
export function builtinFrameworks(): Framework[] {
  parsed ??= BUILTIN_FRAMEWORK_INPUTS.map((f) => parseFramework(f, `builtin:${f.id}`));
  return parsed;
}

/** A built-in framework by id, or undefined. @example builtinFramework("hunan-county-2020")?.name */
export function builtinFramework(id: string): Framework | undefined {
  return builtinFrameworks().find((f) => f.id === id);
}
