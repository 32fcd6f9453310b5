import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { evaluate, roundHalfUp } from "@jixiao/core";
import type { Framework } from "@jixiao/core/frameworks";
import { buildReportModel, reportFileName, scoreSheetAnnex } from "@jixiao/report";
import { loadFramework, loadManualScores } from "../commands/score.ts";
import { CliError, describeError } from "../errors.ts";
import { parseDatasetText } from "../load-dataset.ts";
import type { OutputFile } from "../output.ts";
import { REPORT_FORMATS } from "../report-formats.ts";

/**
 * One dataset of a batch, as sent to a worker thread or a queue job: where the dataset is (a file
 * to read, or its JSON text pulled from the server) and how to report it. Plain data only, so it
 * crosses thread and process boundaries.
 */
export interface RenderTask {
  /** How the dataset is named in progress lines and the summary (the path as given, or server:id). */
  source: string;
  /** Absolute path of the dataset file to read; or … */
  file?: string;
  /** … the dataset's JSON text. */
  json?: string;
  /** Format ids of report-formats.ts, e.g. ["docx", "xlsx"]. */
  formats: string[];
  /** Absolute output directory. */
  outDir: string;
  /** Framework id or absolute file path of the 评分表 annex. */
  framework: string;
  /** Absolute path of manual scores, when given. */
  manual?: string;
  /** Include the 数据一致性核查 section. */
  findings: boolean;
}

/** Findings of one evaluation, by severity. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** One line of the batch summary: a dataset that was evaluated and rendered. */
export interface SummaryRow {
  source: string;
  department: string;
  fiscalYear: number;
  /** 总得分 as a decimal string (2 places, 四舍五入), null on PEFA frameworks. */
  score: string | null;
  /** 等级; null while the score is provisional (待评 nodes) or on PEFA. */
  grade: string | null;
  /** True while any node is 待评: the score is then 暂定. */
  provisional: boolean;
  findings: FindingCounts;
  /** Absolute paths of the files written (or to write). */
  files: string[];
}

/** What rendering one dataset gives: its summary row and files, or why it failed. */
export type RenderOutcome =
  | {
      ok: true;
      row: SummaryRow;
      outputs: OutputFile[];
      formatFailures: string[];
      /** Milliseconds spent in each renderer (informational, for benchmarks). */
      renderMs: Record<string, number>;
    }
  | { ok: false; source: string; problem: string };

const frameworks = new Map<string, Promise<Framework>>();

/**
 * Read, validate, evaluate, score and render one dataset in every requested format, in memory
 * (nothing is written). Never throws: a bad dataset (unreadable, invalid JSON, schema problems
 * with their JSON paths, in Chinese and English) comes back as `{ ok: false, problem }`; a
 * renderer that throws is listed in `formatFailures` and the other formats are kept.
 * Frameworks are loaded once per thread.
 * @example await renderDataset({ source: "a.json", file: "/data/a.json", formats: ["md"], outDir: "/out", framework: "hunan-county-2020", findings: true })
 */
export async function renderDataset(task: RenderTask): Promise<RenderOutcome> {
  try {
    const text =
      task.json ?? (task.file === undefined ? "" : await readSource(task.file, task.source));
    const dataset = parseDatasetText(text, task.source);
    let framework = frameworks.get(task.framework);
    if (!framework) {
      framework = loadFramework(task.framework, "/");
      frameworks.set(task.framework, framework);
    }
    const fw = await framework;
    const manualScores = task.manual ? await loadManualScores(task.manual, fw, "/") : undefined;
    const evaluation = evaluate(dataset, {
      framework: fw,
      ...(manualScores ? { manualScores } : {}),
    });
    const model = buildReportModel(evaluation, {
      scoreAnnex: scoreSheetAnnex(fw, manualScores),
      includeFindings: task.findings,
    });
    const { name, fiscalYear } = evaluation.department;
    const outputs: OutputFile[] = [];
    const formatFailures: string[] = [];
    const renderMs: Record<string, number> = {};
    for (const id of task.formats) {
      const format = REPORT_FORMATS[id];
      if (!format) continue;
      const path = resolve(task.outDir, reportFileName(name, fiscalYear, format.ext));
      const started = performance.now();
      try {
        outputs.push({ path, content: await format.render(model, evaluation) });
      } catch (error) {
        formatFailures.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
      renderMs[id] = performance.now() - started;
    }
    const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
    for (const f of evaluation.findings) counts[f.severity] += 1;
    const sheet = evaluation.scoreSheet;
    return {
      ok: true,
      row: {
        source: task.source,
        department: name,
        fiscalYear,
        score: sheet?.total ? roundHalfUp(sheet.total, 2) : null,
        grade: sheet?.grade ?? null,
        provisional: sheet?.provisional ?? false,
        findings: counts,
        files: outputs.map((o) => o.path),
      },
      outputs,
      formatFailures,
      renderMs,
    };
  } catch (error) {
    return { ok: false, source: task.source, problem: describeError(error).message };
  }
}

async function readSource(file: string, source: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const problem =
      code === "ENOENT"
        ? "找不到文件 / file not found"
        : code === "EACCES" || code === "EPERM"
          ? "无权读取 / permission denied"
          : `无法读取 / cannot read (${code})`;
    throw new CliError(`${source}: ${problem}`);
  }
}
