import { type Dataset, Decimal, evaluate, type Finding } from "@jixiao/core";
import type { Extraction } from "./extract.ts";
import type { ExtractedFigure } from "./figures.ts";
import { quoteOf } from "./figures.ts";

/**
 * Two tables of the report that give the same quantity differently: the dataset holds the value
 * of one table's row (`dataQuote`), and a cell of another table states another value
 * (`statedQuote`). Every check computed from the data then disagrees with every figure that
 * follows the other table, so one slip cascades into many findings; `caused` are the indexes
 * (into the audit's findings) of those that go away when the data takes the other table's value.
 */
export interface TableDisagreement {
  /** Index of the finding that compares the two tables' cells. */
  lead: number;
  /** The data value's JSON path (“threePublicExpenses[0].actual”). */
  path: string;
  dataQuote: string;
  dataValue: string;
  statedQuote: string;
  statedValue: string;
  unit: string;
  /** Indexes of the findings (the lead included) that vanish with the other table's value. */
  caused: number[];
  /** Findings that the other table's value would raise instead (0: it agrees with everything). */
  newIfOther: number;
  /** One bilingual sentence for the memo. */
  message: string;
}

/** A finding's identity that does not depend on the numbers in its message. */
function identity(f: Finding): string {
  return [
    f.ruleId,
    ...f.locations.map((l) => l.statedFigureId ?? l.path ?? `${l.table}|${l.row}|${l.column}`),
  ].join("§");
}

/** The quote of the table row the data value was read from (“表”“行”行). */
function dataRowQuote(quotes: readonly string[], statedQuote: string): string | undefined {
  return quotes.find((q) => q !== statedQuote && q.startsWith("“") && q.endsWith("”行"));
}

/** A decimal string with thousands separators (“72769.85” → “72,769.85”), digits unchanged. */
function grouped(value: string): string {
  const [int = "", frac] = value.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = int.replace(/^-/, "").replace(/\B(?=(\d{3})+$)/g, ",");
  return `${sign}${digits}${frac !== undefined ? `.${frac}` : ""}`;
}

const ROW_PATH =
  /^(budgetSummary|expenditure|allocation|basicExpenditure|threePublicExpenses)\[\d+\]\.\w+$/;

/**
 * Find the table disagreements among an audit's error findings (see {@link TableDisagreement}):
 * a stated-figure error whose figure is a table cell and whose only data input is a row value
 * read from a different table. For each, the dataset is evaluated again with that value replaced
 * by the cell's, exactly (decimal strings), to see which findings it causes.
 * @example tableDisagreements(findings, quotes, extraction) // seed with 1.2.1 公务接待费 决算 72,769.85: one, causing 17 errors
 */
export function tableDisagreements(
  findings: readonly Finding[],
  quotes: readonly string[][],
  extraction: Extraction,
): TableDisagreement[] {
  const byId = new Map<string, ExtractedFigure>(extraction.figures.map((f) => [f.figure.id, f]));
  const out: TableDisagreement[] = [];
  const taken = new Set<number>();
  const before = findings.map(identity);
  for (const [i, finding] of findings.entries()) {
    if (finding.severity !== "error" || !finding.ruleId.startsWith("stated.")) continue;
    if (finding.unit !== "元" || finding.diagnosis !== "mismatch" || taken.has(i)) continue;
    const figureAt = finding.locations.find((l) => l.statedFigureId);
    const paths = finding.locations.filter((l) => l.path).map((l) => l.path ?? "");
    const figure = figureAt?.statedFigureId ? byId.get(figureAt.statedFigureId) : undefined;
    const path = paths[0];
    if (figure?.source.kind !== "cell" || paths.length !== 1 || !path || !ROW_PATH.test(path))
      continue;
    const statedQuote = quoteOf(figure);
    const dataQuote = dataRowQuote(quotes[i] ?? [], statedQuote);
    if (!dataQuote || dataQuote.startsWith(`“${figure.source.table}”`)) continue;
    const statedValue = finding.stated;
    const dataValue = finding.expected;
    if (!statedValue || !dataValue) continue;
    const other = structuredClone(extraction.dataset) as unknown as Record<string, unknown>;
    const [, block, index, field] = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path) ?? [];
    const row = (other[block ?? ""] as Record<string, unknown>[] | undefined)?.[Number(index)];
    if (!row || !field) continue;
    row[field] = statedValue;
    const afterErrors = evaluate(other as unknown as Dataset).findings.filter(
      (f) => f.severity === "error",
    );
    const after = new Set(afterErrors.map(identity));
    // Errors only: a warning or note whose example cell changes is no consequence of the slip.
    const caused = before.flatMap((id, k) =>
      findings[k]?.severity === "error" && !after.has(id) ? [k] : [],
    );
    if (!caused.includes(i)) continue;
    const beforeErrors = new Set(before.filter((_id, k) => findings[k]?.severity === "error"));
    const newIfOther = [...after].filter((id) => !beforeErrors.has(id)).length;
    for (const k of caused) taken.add(k);
    const others = caused.length - 1;
    const shownData = grouped(dataValue);
    const shownStated = grouped(statedValue);
    const [verdictZh, verdictEn] =
      newIfOther === 0
        ? [
            `若${dataQuote}取${shownStated}元，其余${others}处不符全部消失且不产生新的不符，疑该数（${shownData}元）有误`,
            `with ${shownStated} there, the other ${others} mismatches vanish and none arise, so ${shownData} is likely the slip`,
          ]
        : [
            "两数取其一都会留下不符，请核实原始凭证",
            "either value leaves mismatches; check the source records",
          ];
    out.push({
      lead: i,
      path,
      dataQuote,
      dataValue,
      statedQuote,
      statedValue,
      unit: finding.unit,
      caused,
      newIfOther,
      message: `两表所列同一数字不一致：${dataQuote}为${shownData}元，而${statedQuote}元，相差${grouped(new Decimal(dataValue).minus(statedValue).abs().toFixed(2))}元，以下${caused.length}条错误均由此引起；${verdictZh}。 / Two tables give the same figure differently (${shownData} against ${shownStated} 元) and the ${caused.length} errors below follow from it; ${verdictEn}.`,
    });
  }
  return out;
}
