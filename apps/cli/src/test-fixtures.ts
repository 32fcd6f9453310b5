import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { minimalDatasetInput, SEED_THREE_PUBLIC, seedProject } from "@jixiao/core/testing";

/**
 * A small valid dataset for CLI tests of bad input: the Taojiang department's identity (seed
 * 一、（一）: 统一社会信用代码 11430922MB1636254P), its staffing (seed 一、（2）: 编制 282, 在职 288,
 * 离退休 89), one "三公"经费 row (seed 1.2.1 公务接待费) and one project (seed 2.2 row 2).
 * Tests break one field at a time and check that the message names its JSON path.
 */
export function smallDataset(): Record<string, unknown> {
  return structuredClone(
    minimalDatasetInput({
      budgetUnits: { asOf: "2020-01-01", groups: [{ level: 1, fundingType: "full", count: 1 }] },
      threePublicExpenses: [SEED_THREE_PUBLIC[0]],
      projects: [seedProject(2)],
    }),
  );
}

/**
 * Run `body` with a fresh temporary directory, removed afterwards whatever happens.
 * @example await withTempDir(async (dir) => { … })
 */
export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "jixiao-cli-"));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Write `value` as JSON (or `text` as is) into `dir/name` and return the file's path. */
export async function writeInput(dir: string, name: string, value: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return path;
}

/** Marks a field to delete in {@link changeAt}. */
export const REMOVE: unique symbol = Symbol("remove");

/**
 * Set (or with {@link REMOVE}, delete) the value at a path such as ["projects", 0, "budget"] in
 * a JSON-like object, in place, and return the object.
 * @throws Error when the path does not lead through objects or arrays.
 */
export function changeAt<T extends object>(
  json: T,
  path: readonly (string | number)[],
  value: unknown,
): T {
  let node: unknown = json;
  for (const key of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[key];
    if (typeof node !== "object" || node === null) throw new Error(`no object at ${String(key)}`);
  }
  const last = path.at(-1);
  if (last === undefined) throw new Error("empty path");
  const parent = node as Record<string | number, unknown>;
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return json;
}
