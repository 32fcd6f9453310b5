import { formatPath } from "@jixiao/core/schema";

/** A location in a dataset draft: ["projects", 3, "budget"]. */
export type Path = readonly (string | number)[];

/**
 * Read a JSON path as core's issues and findings write it: "projects[3].givenIn.unit" →
 * ["projects", 3, "givenIn", "unit"]. A wildcard index ("expenditure[*].actual") becomes "*".
 * @example parsePath("threePublicExpenses[0].actual") // ["threePublicExpenses", 0, "actual"]
 */
export function parsePath(text: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const match of text.matchAll(/([^.[\]]+)|\[(\d+|\*)\]/g)) {
    if (match[1] !== undefined) out.push(match[1]);
    else if (match[2] === "*") out.push("*");
    else if (match[2] !== undefined) out.push(Number(match[2]));
  }
  return out;
}

/**
 * The JSON path text of a path, the same as core's issue paths.
 * @example pathText(["projects", 3, "budget"]) === "projects[3].budget"
 */
export function pathText(path: Path): string {
  return formatPath(path);
}

/**
 * The value at a path, or undefined when any step is missing.
 * @example getAt({ a: [{ b: 1 }] }, ["a", 0, "b"]) === 1
 */
export function getAt(root: unknown, path: Path): unknown {
  let node: unknown = root;
  for (const step of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`; only the objects along the path are copied, the rest
 * is shared (so an undo history of drafts costs little). Missing objects along the path are
 * created (an array when the next step is a number).
 * @example setAt({ a: { b: 1, c: 2 } }, ["a", "b"], 5) // { a: { b: 5, c: 2 } }
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  return setIn(root, path, value) as T;
}

function setIn(node: unknown, path: Path, value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return value;
  if (
    Array.isArray(node) ||
    (node === null || typeof node !== "object" ? typeof step === "number" : false)
  ) {
    const copy: unknown[] = Array.isArray(node) ? node.slice() : [];
    const index = step as number;
    copy[index] = setIn(copy[index], rest, value);
    return copy;
  }
  const base = node !== null && typeof node === "object" ? (node as Record<string, unknown>) : {};
  return { ...base, [step]: setIn(base[step as string], rest, value) };
}

/**
 * True when `path` starts with `prefix`.
 * @example startsWith(["projects", 3, "budget"], ["projects", 3]) === true
 */
export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((step, i) => path[i] === step);
}
