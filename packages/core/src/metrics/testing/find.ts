import type { Indicator } from "../types.ts";

/** The indicator with `key`; throws (failing the test) when absent. Test-only. */
export function byKey(indicators: readonly Indicator[], key: string): Indicator {
  const found = indicators.find((i) => i.key === key);
  if (!found)
    throw new Error(`no indicator ${key}; have ${indicators.map((i) => i.key).join(", ")}`);
  return found;
}

/** The indicator's exact value as a string, or null. Test-only. */
export function exactValue(indicators: readonly Indicator[], key: string): string | null {
  return byKey(indicators, key).value?.toString() ?? null;
}
