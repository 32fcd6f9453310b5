/**
 * The figures `pnpm bench` reports: one row per figure, with its baseline measured in the same
 * run, the ratio of the two, and the target of issue #10 where there is one.
 */

/** A figure's baseline: what it is compared with, measured beside it. */
export interface Baseline {
  name: string;
  value: number;
  unit: string;
}

/** One row of the table. A row whose part of jixiao is missing says why instead of a value. */
export interface BenchRow {
  section: string;
  figure: string;
  value?: number;
  unit?: string;
  baseline?: Baseline;
  /** figure ÷ baseline (or the share the figure is of the baseline), and how to read it. */
  ratio?: { value: number; text: string };
  /** The target, and whether this run met it. */
  target?: { text: string; met: boolean };
  note?: string;
  /** Set when the figure could not be measured: "not available: <why>". */
  unavailable?: string;
}

/** A row that says why a figure could not be measured. */
export function unavailable(section: string, figure: string, why: string): BenchRow {
  return { section, figure, unavailable: why };
}

/**
 * A number for the table: 3 significant digits, thousands grouped (timings and counts only); a
 * whole number (a count: 40 injected, 16 datasets) without decimals.
 */
export function show(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = Number.isInteger(value) ? 0 : abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Display width of a string (CJK and full-width characters count as two columns). */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function pad(text: string, to: number, right = false): string {
  const fill = " ".repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}

/** Words joined by one space, the empty ones (a count's unit) left out. */
function joined(...words: (string | undefined)[]): string {
  return words.filter((w) => w !== undefined && w !== "").join(" ");
}

/** The cells of a row as the table prints them. */
function cells(row: BenchRow): string[] {
  if (row.unavailable)
    return [row.section, row.figure, `not available: ${row.unavailable}`, "", "", ""];
  const value = row.value === undefined ? "" : joined(show(row.value), row.unit);
  const baseline = row.baseline
    ? joined(show(row.baseline.value), row.baseline.unit, `(${row.baseline.name})`)
    : "";
  const target = row.target ? `${row.target.text}: ${row.target.met ? "met" : "MISSED"}` : "";
  return [row.section, row.figure, value, baseline, row.ratio?.text ?? "", target];
}

/**
 * The one table `pnpm bench` prints: section, figure, value, baseline, ratio, target (met or
 * MISSED); notes follow the table, numbered.
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ["section", "figure", "value", "baseline", "ratio", "target"];
  const body = rows.map(cells);
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i] ?? ""))));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => pad(c, widths[i] ?? 0, i === 2 || i === 4))
      .join(" │ ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("─┼─");
  const notes = rows.flatMap((r) => (r.note ? [`${r.section} / ${r.figure}: ${r.note}`] : []));
  return [
    line(header),
    rule,
    ...body.map(line),
    ...(notes.length > 0 ? ["", ...notes.map((n) => `  · ${n}`)] : []),
  ].join("\n");
}

/** The rows as a Markdown table (for docs/benchmarks.md), notes as a list after it. */
export function formatMarkdown(rows: readonly BenchRow[]): string {
  const esc = (t: string) => t.replace(/\|/g, "\\|");
  const lines = [
    "| section | figure | value | baseline | ratio | target |",
    "|---|---|--:|---|--:|---|",
    ...rows.map(
      (r) =>
        `| ${cells(r)
          .map((c) => esc(c.trim()))
          .join(" | ")} |`,
    ),
  ];
  const notes = rows.flatMap((r) =>
    r.note ? [`- ${r.section} / ${r.figure.trim()}: ${r.note}`] : [],
  );
  return [...lines, ...(notes.length > 0 ? ["", ...notes] : [])].join("\n");
}
