import type { FieldChange } from "./errors.ts";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function join(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  return base === "" ? key : `${base}.${key}`;
}

/**
 * The fields that differ between two JSON values, as JSON paths ("content.projects[3].budget")
 * with the value before and after. Objects are compared key by key, arrays index by index (an
 * added element has `before: undefined`, a removed one `after: undefined`); anything else is
 * compared by value. Equal inputs give an empty list.
 * @example diffPaths({ a: "1", b: ["x"] }, { a: "2", b: ["x", "y"] })
 *   // [{ path: "a", before: "1", after: "2" }, { path: "b[1]", before: undefined, after: "y" }]
 */
export function diffPaths(before: unknown, after: unknown, base = ""): FieldChange[] {
  if (before === after) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: FieldChange[] = [];
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) changes.push(...diffPaths(before[i], after[i], join(base, i)));
    return changes;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    const changes: FieldChange[] = [];
    for (const key of keys) changes.push(...diffPaths(before[key], after[key], join(base, key)));
    return changes;
  }
  if (before === undefined && after === undefined) return [];
  return [{ path: base, before, after }];
}

/**
 * Make a change list safe to store as JSON: `undefined` (added/removed) becomes null.
 * @example jsonChanges([{ path: "a", before: undefined, after: "1" }]) // [{ path: "a", before: null, after: "1" }]
 */
export function jsonChanges(changes: readonly FieldChange[]): FieldChange[] {
  return changes.map((c) => ({ path: c.path, before: c.before ?? null, after: c.after ?? null }));
}
