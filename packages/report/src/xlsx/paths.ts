/**
 * Dataset paths such as "narrative.problems[0].paragraphs[2]": parse, read, write and flatten.
 * The 基础数据表 uses them to place cells in the Dataset and to map zod issues back to cells.
 */

export type PathSegment = string | number;

/**
 * Split a path into keys and indexes; null when it is not a well-formed path.
 * @example parsePath("organisation[1].basis[0]") → ["organisation", 1, "basis", 0]
 */
export function parsePath(path: string): PathSegment[] | null {
  if (path === "") return [];
  const out: PathSegment[] = [];
  const re = /(?:^|\.)([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  re.lastIndex = 0;
  while (pos < path.length) {
    m = re.exec(path);
    if (!m || m.index !== pos) return null;
    if (m[1] !== undefined) {
      if (pos > 0 && !path.startsWith(".", pos)) return null;
      out.push(m[1]);
    } else out.push(Number(m[2]));
    pos = re.lastIndex;
  }
  return out;
}

/**
 * Join segments back into a path: ["a", 0, "b"] → "a[0].b".
 * @example joinPath(["projects", 3, "budget"]) === "projects[3].budget"
 */
export function joinPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`))
    .join("");
}

/**
 * Read the value at a path (undefined when any step is missing).
 * @example getPath(taojiang, "projects[0].name") === "土地成本"
 */
export function getPath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const seg of parsePath(path) ?? []) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/**
 * Write `value` at `path` inside `root`, creating objects and arrays on the way (an index
 * segment creates an array).
 * @example setPath(root, "narrative.problems[0].heading", "…") // creates narrative.problems[0]
 */
export function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const segs = parsePath(path);
  if (!segs || segs.length === 0) return;
  let cur: Record<string | number, unknown> = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i] as PathSegment;
    const next = segs[i + 1];
    if (cur[seg] === undefined || cur[seg] === null || typeof cur[seg] !== "object")
      cur[seg] = typeof next === "number" ? [] : {};
    cur = cur[seg] as Record<string | number, unknown>;
  }
  cur[segs[segs.length - 1] as PathSegment] = value;
}

/** The text that stands for an empty list in a path sheet. */
export const EMPTY_LIST = "[]";
/** The text that stands for a blank (null) value in a path sheet, e.g. an amount not given. */
export const NULL_VALUE = "（空）";

/** A leaf of a path sheet: text, a JSON number or boolean (e.g. history.years[0].fiscalYear), or null. */
export type PathLeaf = string | number | boolean | null;

/**
 * Flatten every leaf under `prefix` into path/value pairs, in document order. Empty lists
 * become one pair with the text "[]"; null becomes a pair with null; absent values are left out.
 * @example flattenStrings({ a: { b: ["x", "y"] } }, "a") → [["a.b[0]", "x"], ["a.b[1]", "y"]]
 */
export function flattenStrings(root: unknown, prefix: string): [string, PathLeaf][] {
  const out: [string, PathLeaf][] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === undefined) return;
    if (value === null) out.push([path, null]);
    else if (typeof value === "string") out.push([path, value]);
    else if (Array.isArray(value)) {
      if (value.length === 0) out.push([path, EMPTY_LIST]);
      value.forEach((v, i) => {
        walk(v, `${path}[${i}]`);
      });
    } else if (typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    } else if (typeof value === "number" || typeof value === "boolean") out.push([path, value]);
    else out.push([path, String(value)]);
  };
  walk(getPath(root, prefix), prefix);
  return out;
}
