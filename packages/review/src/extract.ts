import {
  creditCodeProblem,
  Dataset,
  type DatasetInput,
  Decimal,
  type PerformanceIndicator,
  REVENUE_SOURCE_NAMES,
  type RevenueSource,
  type RevenueTarget,
  type StatedFigure,
  type StatedUnit,
} from "@jixiao/core";
import type { DocModel } from "./document.ts";
import { ReviewInputError } from "./errors.ts";
import type { ExtractedFigure } from "./figures.ts";
import { type Link, linkFigure } from "./link.ts";
import { toYuan } from "./numbers.ts";
import { type ProseFigure, proseFigures } from "./prose.ts";
import { type RecognisedTable, recogniseTable } from "./recognise-table.ts";
import { outline, type PlacedParagraph, placedTables, sentences } from "./structure.ts";
import { emptyPieces, mapTable, type TablePieces, type TableScale } from "./table-map.ts";
import { targetStatements } from "./targets.ts";

/** What review mode read from a report: the partial dataset and how each part was found. */
export interface Extraction {
  /** A dataset core's schema accepts: tables and stated figures the report gives, blanks elsewhere. */
  dataset: Dataset;
  /** Every stated figure with where it was read (sentence or cell), linked or not. */
  figures: ExtractedFigure[];
  /** Every table, recognised (kind set) or not (kind null). */
  tables: RecognisedTable[];
  /** 万元 tables whose numbers are really 元 (the label is reported by core's unit-label rule). */
  mislabelledTables: string[];
  /** Rows of recognised tables that could not be placed. */
  notes: string[];
  /** Blocks of the dataset the report does not give, as Chinese phrases for the memo. */
  missing: string[];
}

/** The direction word right before a directional figure (“…支出减少” → “减少”), or "". */
function directionWord(near: string): string {
  return /(减少|下降|降低|节约|增加|上升|增长|超支)[为了是]?\s*$/.exec(near)?.[1] ?? "";
}

/** A basis document cited as “<机关名><文号>”: the issuing body and the 文号 itself. */
interface BasisDocument {
  title: string;
  documentNumber: string;
  /** The sentence that cites it, as the report words it (for the memo's quote). */
  citedIn: string;
}

/**
 * A 文号 written right after the issuing body's name with no 《title》 (“、桃江县财政局桃财绩（2021）14号”)
 * must not make the body's name part of the 机关代字: such a citation becomes a basis document
 * {桃江县财政局, 桃财绩（2021）14号} and the paragraph keeps only the body's name, so core's
 * 文号 check quotes and corrects only the 文号 (the hand-made dataset lists it the same way).
 */
const BODY_THEN_NUMBER =
  /(?<=^|[、，,；;：:\s])(?:\d+[、.．])?([\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|委|政府|办公室|办|部|院|中心))([\u4e00-\u9fff]{2,8}\s*[〔[【［(（]\s*(?:19|20)\d{2}\s*[〕\]】］)）]\s*年?\s*\d{1,5}\s*号)/g;

function basisDocumentsIn(paragraph: string): { text: string; documents: BasisDocument[] } {
  const documents: BasisDocument[] = [];
  const sentences = paragraph.split(/(?<=[。；])/);
  const text = paragraph.replace(BODY_THEN_NUMBER, (whole, body: string, number: string) => {
    const citedIn = (sentences.find((s) => s.includes(whole)) ?? paragraph).trim();
    documents.push({ title: body, documentNumber: number, citedIn });
    return whole.slice(0, whole.length - number.length);
  });
  return { text, documents };
}

type MoneyUnit = "元" | "万元" | "亿元";
const isMoney = (u: string): u is MoneyUnit => u === "元" || u === "万元" || u === "亿元";

/**
 * Department name and fiscal year from the title lines: “桃江县自然资源局2020年度部门整体支出…”
 * or “2020年度桃江县自然资源局部门整体支出…”.
 */
function titleFacts(
  title: readonly string[],
  firstText: string,
): { name: string | null; year: number | null } {
  const text = `${title.join("")}${firstText.slice(0, 200)}`;
  const m = /([\u4e00-\u9fff（）()]{2,40}?)(\d{4})年度?(?:部门整体支出|部门整体|整体支出)/.exec(
    text,
  );
  if (m?.[1] && m[2]) return { name: m[1], year: Number(m[2]) };
  const yearFirst = /(\d{4})年度?([\u4e00-\u9fff（）()]{2,40}?)(?:部门整体支出|整体支出)/.exec(
    text,
  );
  if (yearFirst?.[1] && yearFirst[2]) return { name: yearFirst[2], year: Number(yearFirst[1]) };
  const y = /(20\d{2})年度/.exec(text);
  return { name: null, year: y?.[1] ? Number(y[1]) : null };
}

const CREDIT_CODE = /统一社会信用代码[：:\s]*([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})/;

/** The quote a dataset keeps for a prose figure: its sentence when short, else its clauses. */
function quoteFor(sentence: string, f: ProseFigure): string {
  const s = sentence.trim();
  if (s.length <= 60) return s;
  const head = sentence.slice(0, f.start);
  const cut = Math.max(
    ...["，", "；", "。", "："].map((p) => head.lastIndexOf(p, head.lastIndexOf(p) - 1)),
  );
  const stop = sentence.slice(f.end).search(/[，；。]/);
  return sentence.slice(cut + 1, stop === -1 ? undefined : f.end + stop).trim();
}

interface Fact {
  key: string;
  figure: ProseFigure;
}

const SECTION_FIELDS: [RegExp, string][] = [
  [/^前言/, "preamble"],
  [/^一、/, "departmentOverview"],
  [/^二、/, "expenditureOverview"],
  [/^三、/, "projectImplementation"],
  [/^四、/, "performanceSummary"],
  [/^六、/, "problemsIntro"],
  [/^附件/, "annexes"],
];

/**
 * Read a report's document model into a partial {@link Dataset} the checks run on unchanged:
 * the standard tables (recognise-table.ts, table-map.ts), the figures every sentence states
 * (prose.ts) linked to quantity keys (link.ts), plan/actual/rate statements as revenue targets
 * (or performance indicators for non-money units), staffing, revenue by source and the
 * satisfaction survey from the linked figures, and the text as narrative (so that 文号 and
 * funding claims are checked). A 万元 table whose 合计 read as 元 is an amount the text states
 * is kept in 元 (its label is wrong; core's stated.unit-label rule reports it).
 * @throws ReviewInputError when the title gives no department name or fiscal year.
 * @example extract(readText(seed)).dataset.threePublicExpenses[0] // { item: "officialReception", budget: "820000.00", actual: "62769.85", priorYearActual: "220870.00" }
 */
export function extract(model: DocModel, file?: string): Extraction {
  const o = outline(model);
  const paragraphs = o.items.filter((i): i is PlacedParagraph => i.kind === "paragraph");
  const allText = paragraphs.map((p) => p.text).join("\n");
  const { name, year } = titleFacts(o.title, allText);
  if (!name || !year) {
    throw new ReviewInputError(
      "标题中找不到部门名称和年度（如“某某局2020年度部门整体支出绩效评价报告”） / the title names no department and fiscal year",
      file,
    );
  }
  const figures: (ExtractedFigure & { order: number })[] = [];
  const facts: Fact[] = [];
  const missing: string[] = [];
  const targets: RevenueTarget[] = [];
  const indicators: PerformanceIndicator[] = [];
  const proseMoney: { yuan: Decimal; tolerance: Decimal }[] = [];
  let seq = 0;

  const targetId = (label: string, money: boolean) => {
    const list = money ? targets : indicators;
    const known = list.find((t) => t.name === label);
    if (known) return known.id;
    return `${money ? "target" : "indicator"}-${list.length + 1}`;
  };
  /** A target's name, qualified by the clause before it when the same name already holds other amounts. */
  const targetLabel = (
    name: string,
    plan: string | null,
    actual: string | null,
    qualifier: string,
  ) => {
    const same = targets.find((t) => t.name === name);
    if (!same || (same.plan === plan && same.actual === actual)) return name;
    return `${name}（${qualifier}）`;
  };

  const addFigure = (
    p: PlacedParagraph,
    sentence: string,
    f: ProseFigure,
    link: Link | null,
    at: number,
    key?: string | null,
  ) => {
    const keys = key !== undefined ? [key] : (link?.keys ?? [null]);
    for (const refersTo of keys) {
      seq++;
      let value = f.value;
      if (link?.wording === "decrease" && !value.startsWith("-")) value = `-${value}`;
      const figure: StatedFigure = {
        id: `p${seq}`,
        location: {
          section: p.section,
          subsection: p.subsection ?? null,
          table: null,
          row: null,
          column: null,
          quote: quoteFor(sentence, f),
        },
        // “减少73.57万元” is −73.57: the text keeps its direction word, so a finding that shows
        // the stated value next to a signed recomputed one (−72.57万元) does not read as a sign slip.
        text: link?.wording && /^\d/.test(f.text) ? `${directionWord(f.near)}${f.text}` : f.text,
        value,
        unit: f.unit,
        refersTo,
        wording: link?.wording ?? null,
        note: null,
      };
      figures.push({
        figure,
        source: { kind: "sentence", sentence: sentence.trim() },
        order: p.order * 1000 + at,
      });
      if (refersTo) facts.push({ key: refersTo, figure: f });
    }
  };

  for (const p of paragraphs) {
    let at = 0;
    for (const sentence of sentences(p.text)) {
      const found = proseFigures(sentence);
      const handled = new Map<number, string | null>();
      for (const t of targetStatements(found)) {
        const actual = found[t.actual] as ProseFigure;
        const plan = found[t.plan] as ProseFigure;
        const money = isMoney(actual.unit) && isMoney(plan.unit);
        const planYuan = money ? toYuan(plan.value, plan.unit as MoneyUnit) : null;
        const actualYuan = money ? toYuan(actual.value, actual.unit as MoneyUnit) : null;
        const qualifier = found[t.actual - 1]?.clause ?? "";
        const label = money ? targetLabel(t.name, planYuan, actualYuan, qualifier) : t.name;
        const id = targetId(label, money);
        if (money) {
          if (!targets.some((x) => x.id === id)) {
            targets.push({
              id,
              name: label,
              parentId: null,
              plan: planYuan,
              actual: actualYuan,
              givenIn: { unit: actual.unit, places: decimals(actual.value) },
              planGivenIn: { unit: plan.unit, places: decimals(plan.value) },
              actualGivenIn: { unit: actual.unit, places: decimals(actual.value) },
            });
          }
          handled.set(t.actual, `revenueTargets.actual[${id}]`);
          handled.set(t.plan, `revenueTargets.plan[${id}]`);
          handled.set(t.rate, `revenueTargets.completionRate[${id}]`);
        } else {
          if (!indicators.some((x) => x.id === id)) {
            indicators.push({
              id,
              category: "output.quantity",
              name: t.name,
              unit: actual.unit,
              planned: plan.unit === actual.unit ? plan.value : null,
              actual: actual.value,
              givenIn: { unit: actual.unit, places: decimals(actual.value) },
            });
          }
          handled.set(t.actual, `performance.actual[${id}]`);
          handled.set(t.plan, `performance.planned[${id}]`);
          handled.set(t.rate, `performance.completionRate[${id}]`);
        }
      }
      const linked: (string | null)[] = [];
      found.forEach((f, i) => {
        at++;
        if (isMoney(f.unit)) {
          const yuan = new Decimal(f.value).times(
            f.unit === "万元" ? 10_000 : f.unit === "亿元" ? 100_000_000 : 1,
          );
          const step = new Decimal(10)
            .pow(-decimals(f.value))
            .times(f.unit === "万元" ? 10_000 : f.unit === "亿元" ? 100_000_000 : 1);
          proseMoney.push({ yuan: yuan.abs(), tolerance: step.div(2) });
        }
        if (handled.has(i)) {
          addFigure(p, sentence, f, null, at, handled.get(i));
          linked.push(handled.get(i) ?? null);
          return;
        }
        const previous = found[i - 1];
        if (f.unit === "亩" && f.aside && previous?.unit === "公顷" && f.near.trim() === "（") {
          const label = previous.clause.replace(/^.*?(面积|规模)/, "$1") || previous.clause;
          const id = targetId(`${previous.clause}`, false);
          if (!indicators.some((x) => x.id === id)) {
            indicators.push({
              id,
              category: "output.quantity",
              name: previous.clause || label,
              unit: "公顷",
              planned: null,
              actual: previous.value,
              givenIn: { unit: "公顷", places: decimals(previous.value) },
            });
          }
          const last = figures[figures.length - 1];
          if (last && last.figure.text === previous.text && last.figure.refersTo === null) {
            last.figure.refersTo = `performance.actual[${id}]`;
          }
          addFigure(p, sentence, f, null, at, `performance.actual[${id}]`);
          linked.push(`performance.actual[${id}]`);
          return;
        }
        const link = linkFigure({
          figure: f,
          siblings: found,
          index: i,
          sentence,
          before: sentence.slice(0, f.start),
          paragraphBefore: `${p.text.slice(0, p.text.indexOf(sentence))}${sentence.slice(0, f.start)}`,
          section: p.section,
          subsection: p.subsection ?? "",
          fiscalYear: year,
          linkedInSentence: linked,
        });
        if (!link && isMoney(f.unit) && !f.aside && /^四、/.test(p.section) && f.clause) {
          const id = `performance-${indicators.length + 1}`;
          indicators.push({
            id,
            category: "outcome.economic",
            name: f.clause.slice(-20),
            unit: f.unit,
            planned: null,
            actual: f.value,
            givenIn: { unit: f.unit, places: decimals(f.value) },
          });
          addFigure(p, sentence, f, null, at, `performance.actual[${id}]`);
          linked.push(`performance.actual[${id}]`);
          return;
        }
        addFigure(p, sentence, f, link, at);
        linked.push(link?.keys[0] ?? null);
      });
    }
  }

  // A money figure whose clause names a revenue target states its plan or actual (by value).
  for (const f of figures) {
    const fig = f.figure;
    if (fig.refersTo !== null || !isMoney(fig.unit) || f.source.kind !== "sentence") continue;
    const yuan = toYuan(fig.value.replace(/^-/, ""), fig.unit);
    const quote = fig.location.quote ?? "";
    const target = targets.find(
      (t) => quote.includes(t.name) && (t.plan === yuan || t.actual === yuan),
    );
    if (target)
      fig.refersTo = `revenueTargets.${target.plan === yuan ? "plan" : "actual"}[${target.id}]`;
  }

  // Tables
  const tables = placedTables(o).map(recogniseTable);
  const pieces: TablePieces = emptyPieces();
  const mislabelled: string[] = [];
  const read = new Set<string>();
  for (const table of tables) {
    if (!table.kind) continue;
    if (read.has(table.kind)) {
      // An annex that repeats a table (基础数据表) would count every row twice: the first is read.
      pieces.notes.push(
        `“${table.title}”：与前面已读入的同类表重复，未再读入 / repeats a table already read`,
      );
      continue;
    }
    read.add(table.kind);
    const scale: TableScale = { labelled: table.unit, real: table.unit };
    if (table.unit === "万元" && readsAsYuan(table, proseMoney)) {
      scale.real = "元";
      mislabelled.push(table.title);
    }
    const before = pieces.figures.length;
    mapTable(table, scale, pieces, year);
    for (const f of pieces.figures.slice(before))
      figures.push({ ...f, order: table.placed.order * 1000 });
  }
  for (const row of pieces.allocation) {
    if ((row.item === "interestIncome" || row.item === "otherRevenue") && row.received !== null)
      facts.push({
        key: `revenue.received[${row.item}]`,
        figure: { text: row.received, value: row.received, unit: "元" } as ProseFigure,
      });
  }

  // Facts → dataset blocks
  const fact = (key: string) => facts.find((f) => f.key === key)?.figure;
  const countOf = (key: string) => {
    const f = fact(key);
    return f && /^\d+$/.test(f.value) ? Number(f.value) : null;
  };
  const byType = (prefix: string) =>
    facts
      .filter((f) => f.key.startsWith(`${prefix}.byType[`) && /^\d+$/.test(f.figure.value))
      .filter((f, i, all) => all.findIndex((g) => g.key === f.key) === i)
      .map((f) => ({ type: /\[(.*)\]$/.exec(f.key)?.[1] ?? "", count: Number(f.figure.value) }));
  const authorized = countOf("staffing.authorizedHeadcount");
  const active = countOf("staffing.activeStaff");
  const staffingGiven = authorized !== null && active !== null;
  if (!staffingGiven) {
    missing.push("编制数与在职人数（人员情况） / authorized headcount and active staff");
    for (const f of figures)
      if (f.figure.refersTo?.startsWith("staffing.")) f.figure.refersTo = null;
  }
  const money = (key: string) => {
    const f = fact(key);
    if (!f) return null;
    if (f.unit === "元" && /^\d+(\.\d{1,2})?$/.test(f.value))
      return f.value.includes(".") ? f.value : `${f.value}.00`;
    return isMoney(f.unit) && /^\d+(\.\d+)?$/.test(f.value) ? toYuan(f.value, f.unit) : null;
  };
  const sources: RevenueSource[] = [
    "fiscalAppropriation",
    "higherLevelSubsidy",
    "institutionRevenue",
    "otherRevenue",
    "interestIncome",
  ];
  const revenue = sources.flatMap((source) => {
    const line = {
      source,
      name: REVENUE_SOURCE_NAMES[source],
      budget: money(`revenue.budget[${source}]`),
      received: money(`revenue.received[${source}]`),
      used: money(`revenue.used[${source}]`),
    };
    return line.budget || line.used || line.received ? [line] : [];
  });
  const questionnaires = countOf("satisfaction.questionnaires");
  const score = fact("satisfaction.score")?.value ?? null;
  if (questionnaires === null || score === null) {
    for (const f of figures)
      if (f.figure.refersTo?.startsWith("satisfaction.")) f.figure.refersTo = null;
  }

  // Narrative
  const narrative: Record<string, unknown> = {};
  const evaluationContents: string[] = [];
  const basisDocuments: BasisDocument[] = [];
  const recommendations: { heading: string; paragraphs: string[] }[] = [];
  for (const p of paragraphs) {
    if (/^五、/.test(p.section)) {
      const { text, documents } = basisDocumentsIn(p.text);
      evaluationContents.push(text);
      basisDocuments.push(...documents);
    } else if (/^七、/.test(p.section)) {
      const last = recommendations[recommendations.length - 1];
      if (last && last.heading === p.section) last.paragraphs.push(p.text);
      else recommendations.push({ heading: p.section, paragraphs: [p.text] });
    } else {
      const field = SECTION_FIELDS.find(([re]) => re.test(p.section))?.[1] ?? "performanceSummary";
      const list = (narrative[field] as string[] | undefined) ?? [];
      list.push(p.text);
      narrative[field] = list;
    }
  }
  narrative.recommendations = recommendations;

  // What the report never gives
  const sayMissing = (cond: boolean, text: string) => {
    if (cond) missing.push(text);
  };
  sayMissing(
    pieces.budgetSummary.length === 0,
    "预算规模表（预算支出与预算收入） / budget summary table",
  );
  sayMissing(
    pieces.expenditure.length === 0,
    "预算支出与实际支出对比表 / budget against actual by line",
  );
  sayMissing(
    pieces.allocation.length === 0,
    "预算拨款（到位）与实际支出对比表 / appropriation received against actual",
  );
  sayMissing(pieces.basicExpenditure.length === 0, "基本支出明细表 / basic expenditure detail");
  sayMissing(
    pieces.threePublicExpenses.length === 0,
    "“三公”经费预算、决算数 / 三公 budget and actual",
  );
  sayMissing(
    pieces.threePublicExpenses.length > 0 &&
      pieces.threePublicExpenses.every((l) => l.priorYearActual === null),
    "上年“三公”经费决算数（无法计算变动率） / prior-year 三公 actuals (no change rate)",
  );
  sayMissing(pieces.projects.length === 0, "项目支出明细表 / project expenditure table");
  sayMissing(
    targets.length === 0 && pieces.revenueTargets.length === 0,
    "收入任务（计划与完成数） / revenue targets (plan and actual)",
  );
  sayMissing(revenue.length === 0, "按来源的收入（财政拨款、其他收入等） / revenue by source");
  sayMissing(
    !revenue.some((r) => r.received !== null),
    "各项收入的到位数 / revenue received by source",
  );
  sayMissing(
    questionnaires === null || score === null,
    "满意度调查（问卷数与得分） / satisfaction survey",
  );
  sayMissing(
    !figures.some((f) => f.figure.refersTo === "operatingExpenses.budget"),
    "公用经费预算数 / operating expenses budget",
  );
  sayMissing(
    !figures.some((f) => f.figure.refersTo === "budgetExecution.completionRate"),
    "预算完成率 / budget completion rate",
  );
  sayMissing(true, "政府采购预算与实际数 / government procurement budget and actual");
  sayMissing(true, "固定资产（在用与全部） / fixed assets in use and in total");
  sayMissing(true, "预算阶段（上年结转、年初预算、本年追加、年末结余） / budget stages");

  const written = CREDIT_CODE.exec(allText)?.[1];
  const creditCode = written && !creditCodeProblem(written) ? written : undefined;
  if (!creditCode)
    missing.push(
      "统一社会信用代码（未写或校验位不符） / unified social credit code (missing or check character wrong)",
    );
  figures.sort((a, b) => a.order - b.order);
  const input: DatasetInput = {
    schemaVersion: 1,
    department: {
      name,
      fiscalYear: year,
      unifiedSocialCreditCode: creditCode ?? PLACEHOLDER_CREDIT_CODE,
    },
    budgetUnits: { asOf: `${year}-01-01`, groups: [] },
    staffing: {
      atBudget: {
        asOf: `${year}-01-01`,
        authorizedHeadcount: staffingGiven ? (authorized as number) : 0,
        authorizedByType: byType("staffing.authorizedHeadcount"),
      },
      atYearEnd: {
        asOf: `${year}-12-31`,
        authorizedHeadcount: countOf("staffing.authorizedHeadcount.yearEnd"),
        authorizedByType: byType("staffing.authorizedHeadcount.yearEnd"),
        activeStaff: staffingGiven ? (active as number) : 0,
        activeByType: byType("staffing.activeStaff"),
      },
      retiredStaff: countOf("staffing.retiredStaff"),
    },
    revenue,
    budgetSummary: pieces.budgetSummary,
    expenditure: pieces.expenditure,
    allocation: pieces.allocation,
    basicExpenditure: pieces.basicExpenditure,
    threePublicExpenses: pieces.threePublicExpenses,
    projects: pieces.projects,
    revenueTargets: [...targets, ...pieces.revenueTargets],
    performanceIndicators: indicators,
    satisfaction: questionnaires !== null && score !== null ? { questionnaires, score } : null,
    narrative: narrative as DatasetInput["narrative"],
    evaluationProcess: {
      purpose: [],
      basisDocuments,
      team: [],
      method: [],
      phases: [],
      contents: evaluationContents,
      conclusion: [],
    },
    statedFigures: figures.map((f) => f.figure),
  };
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ReviewInputError(
      `读出的数据不合数据集格式 / the data read do not form a valid dataset: ${issues.join("; ")}`,
      file,
    );
  }
  return {
    dataset: parsed.data,
    figures: figures.map(({ order: _order, ...rest }) => rest),
    tables,
    mislabelledTables: mislabelled,
    notes: pieces.notes,
    missing,
  };
}

/** A well-formed 统一社会信用代码 of no real body, used only when the report gives none (the memo lists it as missing). */
export const PLACEHOLDER_CREDIT_CODE = "11000000000000000U";

function decimals(value: string): number {
  const dot = value.indexOf(".");
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** Whether a 万元 table's first 合计 amount, read as 元, is an amount the text states. */
function readsAsYuan(
  table: RecognisedTable,
  prose: readonly { yuan: Decimal; tolerance: Decimal }[],
): boolean {
  const totalRow = table.body.find((r) => r.some((c) => /^(合\s*计|总\s*计)$/.test(c.trim())));
  if (!totalRow) return false;
  const amounts = totalRow
    .map((c) => c.replace(/,/g, "").trim())
    .filter((c) => /^\d+(\.\d+)?$/.test(c));
  const first = amounts[0];
  if (!first) return false;
  const asYuan = new Decimal(first);
  return prose.some(
    (p) =>
      p.yuan.minus(asYuan).abs().lessThanOrEqualTo(p.tolerance) &&
      !p.yuan.equals(asYuan.times(10_000)),
  );
}

export type { StatedUnit };
