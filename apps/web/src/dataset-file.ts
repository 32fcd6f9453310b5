import { type Dataset, type InputIssue, safeParseDataset } from "@jixiao/core/schema";

/** A dataset read from a file: the validated dataset, or every problem with its JSON path. */
export type DatasetFileResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; issues: InputIssue[] };

/**
 * Read a dataset from the text of a JSON file chosen in the browser: strip a byte-order mark,
 * parse JSON, validate with the core zod schema. Never throws.
 * - invalid JSON → one issue at path "" with the browser's message;
 * - an invalid dataset → every issue with its JSON path ("projects[0].budget") and bilingual
 *   message from the schema.
 * @example parseDatasetFile('{"schemaVersion": 1}') // { ok: false, issues: [{ path: "department", … }, …] }
 */
export function parseDatasetFile(text: string): DatasetFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: "", message: `JSON 语法错误 / invalid JSON: ${detail}` }],
    };
  }
  return safeParseDataset(json);
}
