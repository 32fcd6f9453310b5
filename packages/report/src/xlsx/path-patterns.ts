import { Dataset } from "@jixiao/core/schema";
import { pathLabel } from "./path-labels.ts";

interface ZodLike {
  _zod: {
    def: {
      type: string;
      innerType?: ZodLike;
      element?: ZodLike;
      in?: ZodLike;
      valueType?: ZodLike;
    };
  };
  shape?: Record<string, ZodLike>;
}

function unwrap(schema: ZodLike): ZodLike {
  let s = schema;
  for (;;) {
    const def = s._zod.def;
    if (
      (def.type === "optional" || def.type === "nullable" || def.type === "default") &&
      def.innerType
    )
      s = def.innerType;
    else if (def.type === "pipe" && def.in) s = def.in;
    else return s;
  }
}

function walk(schema: ZodLike, path: string, out: string[]): void {
  const s = unwrap(schema);
  const def = s._zod.def;
  if (def.type === "object" && s.shape) {
    for (const [k, v] of Object.entries(s.shape)) walk(v, `${path}.${k}`, out);
  } else if (def.type === "array" && def.element) {
    walk(def.element, `${path}[0]`, out);
  } else if (def.type === "record" && def.valueType) {
    walk(def.valueType, `${path}.<表格标识>`, out);
  } else out.push(path);
}

/**
 * The leaf paths a path sheet may hold under `prefix`, derived from the core Dataset schema so
 * they follow it when fields are added: one example per list ([0]; use [1], [2] … for more).
 * @example pathPatterns("narrative").includes("narrative.problems[0].heading") === true
 */
export function pathPatterns(prefix: string): string[] {
  const shape = (Dataset as unknown as ZodLike).shape ?? {};
  const [top, ...rest] = prefix.split(".");
  let schema = shape[top ?? ""];
  for (const key of rest) schema = schema ? unwrap(schema).shape?.[key] : undefined;
  if (!schema) return [];
  const out: string[] = [];
  walk(schema, prefix, out);
  return out;
}

/** A path pattern with its Chinese reading, for the 说明 sheet. */
export function describedPatterns(prefix: string): [string, string][] {
  return pathPatterns(prefix).map((p) => [
    p,
    pathLabel(p.replace(".<表格标识>", ".x")).replace(/·x$/, "·（表格标识）"),
  ]);
}
