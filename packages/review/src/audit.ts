import { evaluate, type Finding } from "@jixiao/core";
import { type TableDisagreement, tableDisagreements } from "./disagreement.ts";
import type { DocModel } from "./document.ts";
import { type Extraction, extract } from "./extract.ts";
import { type ExtractedFigure, quoteOf } from "./figures.ts";
import { readDocument } from "./read-document.ts";
import type { TableKind } from "./recognise-table.ts";

/** A finding of the audit with the words of the report it comes from. */
export interface AuditedFinding {
  finding: Finding;
  /** The sentences or table cells of the report the finding rests on, as printed. */
  quotes: string[];
}

/** The result of auditing one report: what was read, and what the checks found. */
export interface Audit {
  /** The file name as given (for the memo and listings). */
  source: string;
  format: DocModel["format"];
  extraction: Extraction;
  findings: AuditedFinding[];
  /** Two tables giving the same figure differently, and the findings each one causes. */
  disagreements: TableDisagreement[];
}

/** The kind of printed table a dataset table's row was read from (三公: by the field named). */
const TABLE_OF: Record<string, (field: string | undefined) => TableKind> = {
  budgetSummary: () => "budgetSummary",
  expenditure: () => "expenditure",
  allocation: () => "allocation",
  basicExpenditure: () => "basicExpenditure",
  threePublicExpenses: (field) =>
    field === "priorYearActual" ? "threePublicYear" : "threePublicBudget",
};

/** The dataset value a JSON path such as "projects[3].documentNumber" names, as text. */
function valueAt(dataset: unknown, path: string): unknown {
  let at: unknown = dataset;
  for (const part of path.replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** The sentence of `text` that holds `needle`, or the text's start. */
function sentenceWith(text: string, needle: string | undefined): string {
  const parts = text.split(/(?<=[。；])/);
  const hit = needle ? parts.find((s) => s.includes(needle)) : undefined;
  const chosen = (hit ?? parts[0] ?? text).trim();
  return chosen.length > 160 ? `${chosen.slice(0, 160)}……` : chosen;
}

/**
 * The words of the report a finding comes from: for each location naming a stated figure, its
 * sentence or table cell (figures.ts quoteOf); for a dataset path, the table row or paragraph it
 * was read from (a project's 文号 → “项目支出明细表”row; a narrative paragraph → the sentence
 * holding the stated value). Duplicates are dropped.
 * @example quotesFor(finding537, extraction) // ["全年征收采矿权出让收益1605.6万元，完成财政预算计划任务300万元的537%。"]
 */
export function quotesFor(finding: Finding, extraction: Extraction): string[] {
  const byId = new Map<string, ExtractedFigure>(extraction.figures.map((f) => [f.figure.id, f]));
  const out: string[] = [];
  const projectsTable =
    extraction.tables.find((t) => t.kind === "projects")?.title ?? "项目支出明细表";
  for (const location of finding.locations) {
    const figure = location.statedFigureId ? byId.get(location.statedFigureId) : undefined;
    if (figure) {
      out.push(quoteOf(figure));
      continue;
    }
    if (location.table) {
      const row = location.row ? `“${location.row}”行` : "";
      const column = location.column ? `“${location.column}”列` : "";
      out.push(`“${location.table}”${row}${column}`);
      continue;
    }
    const path = location.path;
    if (path) {
      const project = /^projects\[(\d+)\]/.exec(path);
      if (project) {
        const p = extraction.dataset.projects[Number(project[1])];
        if (p)
          out.push(
            `“${projectsTable}”第${p.seq}行：${p.name}${p.documentNumber ? ` ${p.documentNumber}` : ""}`,
          );
        continue;
      }
      if (path.startsWith("staffing.")) {
        const keys = /authorizedHeadcount/.test(path)
          ? ["staffing.authorizedHeadcount", "staffing.authorizedHeadcount.yearEnd"]
          : /activeStaff/.test(path)
            ? ["staffing.activeStaff"]
            : ["staffing.retiredStaff"];
        for (const f of extraction.figures)
          if (keys.includes(f.figure.refersTo ?? "")) out.push(quoteOf(f));
        continue;
      }
      const row =
        /^(budgetSummary|expenditure|allocation|basicExpenditure|threePublicExpenses)\[(\d+)\](?:\.(\w+))?/.exec(
          path,
        );
      if (row?.[1]) {
        const kind = TABLE_OF[row[1]]?.(row[3]);
        const title = extraction.tables.find((t) => t.kind === kind)?.title;
        const rows = (extraction.dataset as unknown as Record<string, { name: string }[]>)[row[1]];
        const line = rows?.[Number(row[2])];
        if (title && line) out.push(`“${title}”“${line.name}”行`);
        continue;
      }
      const basis = /^evaluationProcess\.basisDocuments\[(\d+)\]/.exec(path);
      const cited = basis
        ? extraction.dataset.evaluationProcess.basisDocuments[Number(basis[1])]
        : undefined;
      if (cited?.citedIn) {
        out.push(`“${sentenceWith(cited.citedIn, undefined)}”`);
        continue;
      }
      const value = valueAt(extraction.dataset, path);
      if (typeof value === "string" && /^(narrative|evaluationProcess)\./.test(path)) {
        out.push(`“${sentenceWith(value, finding.stated)}”`);
        continue;
      }
    }
    if (location.quote) out.push(`“${location.quote}”`);
  }
  return [...new Set(out)].slice(0, 6);
}

/**
 * Audit a report already read into the document model: extract the partial dataset, run core's
 * checks on it unchanged (`evaluate`), and attach to each finding the report's own words.
 * @throws ReviewInputError when the report names no department or year (see extract.ts).
 * @example auditModel(readText(seed), "seed.txt").findings.length === 48
 */
export function auditModel(model: DocModel, source: string): Audit {
  const extraction = extract(model, source);
  const { findings } = evaluate(extraction.dataset);
  const quotes = findings.map((finding) => quotesFor(finding, extraction));
  return {
    source,
    format: model.format,
    extraction,
    findings: findings.map((finding, i) => ({ finding, quotes: quotes[i] ?? [] })),
    disagreements: tableDisagreements(findings, quotes, extraction),
  };
}

/**
 * Audit a finished report file (DOCX or text) without retyping it.
 * @throws ReviewInputError (bilingual) for PDF, old .doc, non-UTF-8 text, an empty or damaged file.
 * @example (await auditFile(bytes, "桃江.txt")).findings.filter(f => f.finding.severity === "error").length === 9
 */
export async function auditFile(bytes: Uint8Array, source: string): Promise<Audit> {
  return auditModel(await readDocument(bytes, source), source);
}
