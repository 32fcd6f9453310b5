import { isAbsolute, relative } from "node:path";

/**
 * A path as printed to the user: relative to `cwd` (the directory they ran `jixiao` from) when
 * inside it, else absolute — so it is true from where they stand.
 * @example shownPath("/home/u/out/a.md", "/home/u") === "out/a.md"
 */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
