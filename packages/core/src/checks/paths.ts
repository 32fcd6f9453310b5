/**
 * Read the value at a JSON path such as "revenueTargets[3].plan" or "staffing.atBudget" in a
 * parsed dataset; undefined when any step is missing (or is a wildcard `[*]`).
 * @example resolvePath({ a: [{ b: 1 }] }, "a[0].b") === 1
 */
export function resolvePath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+|\*)\]/g)) {
    if (current === null || current === undefined || typeof current !== "object") return undefined;
    if (m[2] === "*") return undefined;
    const step = m[2] !== undefined ? Number(m[2]) : (m[1] as string);
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}
