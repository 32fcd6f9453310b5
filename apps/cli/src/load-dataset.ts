import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type Dataset, safeParseDataset } from "@jixiao/core/schema";
import { EMBEDDED_EXAMPLE, loadEmbeddedExampleJson } from "./embedded-example.ts";
import { CliError, ExitCode, formatInputIssues } from "./errors.ts";
import { jsonSyntaxErrorOffset, lineColumn } from "./json-position.ts";

/** A validated dataset and where it came from (the path as given, or the embedded example). */
export interface LoadedDataset {
  /** The FILE argument as the user wrote it, or the embedded example's label. */
  source: string;
  dataset: Dataset;
}

/** Why a file could not be read, by Node's error code, in Chinese and English. */
const READ_PROBLEMS: Record<string, string> = {
  ENOENT: "找不到文件 / file not found",
  EACCES: "无权读取 / permission denied",
  EPERM: "无权读取 / permission denied",
  EISDIR: "是目录，不是文件 / is a directory, not a file",
};

/**
 * Load one department-year dataset: read FILE (resolved against `cwd`), parse it as JSON and
 * validate it with the core zod schema. With no FILE, the embedded Taojiang 2020 example.
 *
 * @throws CliError (exit 2) naming the file and: why it cannot be read; the line, column and
 *   offset of a JSON syntax error; or every schema problem with its JSON path.
 * @example (await loadDataset(undefined, process.cwd())).dataset.department.fiscalYear === 2020
 */
export async function loadDataset(file: string | undefined, cwd: string): Promise<LoadedDataset> {
  if (file === undefined) {
    const json = await loadEmbeddedExampleJson();
    return { source: EMBEDDED_EXAMPLE.label, dataset: validate(json, EMBEDDED_EXAMPLE.label) };
  }
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const problem = READ_PROBLEMS[code] ?? `无法读取 / cannot read (${code || String(error)})`;
    throw new CliError(`${file}: ${problem}`, ExitCode.badInput);
  }
  return { source: file, dataset: parseDatasetText(text, file) };
}

/**
 * Load several datasets (the embedded example when `files` is empty). Every file is read and
 * validated, whatever the others hold, so one run reports the problems of every bad file.
 * @throws CliError (exit 2) with each bad file's message (unreadable, JSON syntax, schema
 *   problems with their paths); with several bad files, under a line counting them.
 * @example (await loadDatasets(["a.json", "b.json"], cwd)).map((d) => d.source) // ["a.json", "b.json"]
 */
export async function loadDatasets(
  files: readonly string[],
  cwd: string,
): Promise<LoadedDataset[]> {
  if (files.length === 0) return [await loadDataset(undefined, cwd)];
  const results = await Promise.allSettled(files.map((file) => loadDataset(file, cwd)));
  const loaded: LoadedDataset[] = [];
  const problems: string[] = [];
  for (const result of results) {
    if (result.status === "fulfilled") loaded.push(result.value);
    else if (result.reason instanceof CliError) problems.push(result.reason.message);
    else throw result.reason;
  }
  if (problems.length === 1) throw new CliError(problems[0] ?? "", ExitCode.badInput);
  if (problems.length > 1) {
    const n = problems.length;
    throw new CliError(
      `${n} 个输入文件有误（共 ${files.length} 个） / ${n} of ${files.length} input files are invalid\n${problems.join("\n")}`,
      ExitCode.badInput,
    );
  }
  return loaded;
}

/**
 * Parse a dataset from JSON text. A leading byte-order mark (common in files saved on Windows)
 * is ignored.
 * @throws CliError (exit 2) for invalid JSON (with line, column and offset) or an invalid dataset
 *   (with every JSON path and problem).
 */
export function parseDatasetText(text: string, source: string): Dataset {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const offset = jsonSyntaxErrorOffset(body) ?? 0;
    const { line, column } = lineColumn(body, offset);
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(
      `${source}:${line}:${column}: JSON 语法错误，第 ${line} 行第 ${column} 列 / invalid JSON at line ${line}, column ${column} (offset ${offset}): ${detail}`,
      ExitCode.badInput,
    );
  }
  return validate(json, source);
}

function validate(json: unknown, source: string): Dataset {
  const result = safeParseDataset(json);
  if (!result.ok) throw new CliError(formatInputIssues(source, result.issues), ExitCode.badInput);
  return result.dataset;
}
