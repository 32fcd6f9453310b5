import { getAt, parsePath, setAt } from "../grid/paths.ts";

/** One changed field: its JSON path in the draft, the value before and after (undefined = absent). */
export interface DraftChange {
  path: string;
  before: unknown;
  after: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function join(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  return base === "" ? key : `${base}.${key}`;
}

/**
 * The fields that differ between two drafts, as JSON paths ("projects[3].budget"), objects key by
 * key and arrays index by index (the same form as the server's conflict changes).
 * @example diffDrafts({ a: "1" }, { a: "2" }) // [{ path: "a", before: "1", after: "2" }]
 */
export function diffDrafts(before: unknown, after: unknown, base = ""): DraftChange[] {
  if (before === after) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    const out: DraftChange[] = [];
    for (let i = 0; i < n; i += 1) out.push(...diffDrafts(before[i], after[i], join(base, i)));
    return out;
  }
  if (isObject(before) && isObject(after)) {
    const out: DraftChange[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      out.push(...diffDrafts(before[key], after[key], join(base, key)));
    return out;
  }
  if (before === undefined && after === undefined) return [];
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path: base, before, after }];
}

/**
 * Apply changes onto another draft (my edits onto the version someone else saved): each path
 * gets its `after`; array elements whose `after` is absent are removed.
 * @example applyChanges({ a: "1", b: "x" }, [{ path: "a", before: "1", after: "3" }]) // { a: "3", b: "x" }
 */
export function applyChanges(base: unknown, changes: readonly DraftChange[]): unknown {
  let next = base;
  const removals: { array: (string | number)[]; index: number }[] = [];
  for (const change of changes) {
    const path = parsePath(change.path);
    const last = path.at(-1);
    if (change.after === undefined && typeof last === "number") {
      removals.push({ array: path.slice(0, -1), index: last });
      continue;
    }
    next = setAt(next, path, change.after);
  }
  removals.sort((a, b) => b.index - a.index);
  for (const { array, index } of removals) {
    const items = getAt(next, array);
    if (Array.isArray(items) && index < items.length)
      next = setAt(
        next,
        array,
        items.filter((_, i) => i !== index),
      );
  }
  return next;
}

/**
 * The paths both sides changed (their change and mine at the same path, or one under the other):
 * where taking mine overwrites theirs.
 */
export function overlapping(
  theirs: readonly DraftChange[],
  mine: readonly DraftChange[],
): string[] {
  const under = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
  return mine
    .filter((m) => theirs.some((t) => under(m.path, t.path) || under(t.path, m.path)))
    .map((m) => m.path);
}
