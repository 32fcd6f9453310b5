import { type ProseFigure, proseFigures } from "./prose.ts";

/** What a linking rule sees of a figure: the figure, its sentence, and where it stands. */
export interface LinkContext {
  figure: ProseFigure;
  /** The figures of the same sentence, in order, and this one's index among them. */
  siblings: readonly ProseFigure[];
  index: number;
  sentence: string;
  /** The sentence up to the figure. */
  before: string;
  /** The paragraph up to the figure (sentences before it included). */
  paragraphBefore: string;
  section: string;
  subsection: string;
  fiscalYear: number | null;
  /** Keys already linked in this sentence, in order (for 其中 … lists). */
  linkedInSentence: readonly (string | null)[];
}

/** A link: the quantity keys the figure states (usually one), and its word of direction. */
export interface Link {
  keys: string[];
  wording?: "decrease" | "increase";
}

type Kind = "money" | "rate" | "count";

function kindOf(f: ProseFigure): Kind {
  if (f.unit === "%") return "rate";
  if (f.unit === "元" || f.unit === "万元" || f.unit === "亿元") return "money";
  return "count";
}

const DECREASE = /(减少|下降|降低|节约|节支|少)$/;
const INCREASE = /(增加|上升|增长|超支|多)$/;

/** The direction word right before a figure ("减少73.57万元" → decrease). */
function wordingOf(near: string): Link["wording"] {
  const t = near
    .trim()
    .replace(/[为了是]$/, "")
    .replace(/(比例|幅度|比率|率)$/, "");
  if (DECREASE.test(t)) return "decrease";
  if (INCREASE.test(t)) return "increase";
  return undefined;
}

/** A linking rule: when `test` holds for a figure of kind `kind`, the figure states `key`. */
interface LinkRule {
  kind: Kind | "any";
  test: (c: LinkContext, near: string) => boolean;
  key: (c: LinkContext, near: string) => string | string[] | null;
  /** Directional (a 减少/增加 amount): the value takes the sign of the word. */
  directional?: boolean;
}

const THREE_PUBLIC_ITEMS: [RegExp, string][] = [
  [/公务接待/, "officialReception"],
  [/公务用车(运行)?维护|运行维护/, "officialVehicleOperation"],
  [/(公务用车)?购置/, "officialVehiclePurchase"],
  [/出国|出境/, "officialOverseasTravel"],
];

function threePublicItem(text: string): string | null {
  for (const [pattern, item] of THREE_PUBLIC_ITEMS) if (pattern.test(text)) return item;
  return null;
}

/** The year a phrase names (2019年度 → 2019), or null. */
function yearIn(text: string): number | null {
  const m = /(\d{4})年/.exec(text);
  return m?.[1] ? Number(m[1]) : null;
}

const priorYear = (c: LinkContext, text: string) => {
  if (/上年|上一年|去年/.test(text)) return true;
  const y = yearIn(text);
  return y !== null && c.fiscalYear !== null && y === c.fiscalYear - 1;
};

/** Words that name another subject, so that a figure in a 三公 sentence is not a 三公 figure. */
const OTHER_SUBJECT = /公用经费|人员经费|预算完成|结转结余|在职|基本支出|到位|收入|项目/;
const isThreePublic = (c: LinkContext, near: string) =>
  /三公/.test(near) ||
  ((/三公/.test(c.sentence) || /三公/.test(c.subsection)) && !OTHER_SUBJECT.test(near));
const budgetTopic = (c: LinkContext) =>
  /预算/.test(c.before) &&
  !/(实际|决算)[^，。；]*$/.test(c.before.replace(/预算数?[^，。；]*$/, ""));
const staffingGroup = (c: LinkContext): string => {
  const last = [...c.linkedInSentence].reverse().find((k) => k?.startsWith("staffing."));
  if (last?.startsWith("staffing.activeStaff")) return "staffing.activeStaff";
  if (last?.startsWith("staffing.authorizedHeadcount.yearEnd"))
    return "staffing.authorizedHeadcount.yearEnd";
  return "staffing.authorizedHeadcount";
};
/** The key linked last in the figure's sentence, "" when none. */
const lastLinked = (c: LinkContext): string =>
  [...c.linkedInSentence].reverse().find((k) => k !== null) ?? "";
const yearEnd = (c: LinkContext) => /12月31日|年末|年底/.test(c.before);

/**
 * The linking rules, in order: the first whose test holds names the quantity. They read the
 * standard wording of 部门整体支出绩效评价 reports (三公经费 预算数/决算数/控制率/变动率, 编制数,
 * 在职人数, 财政拨款收入, 人员经费, 公用经费, 结转结余, 预算完成率 …); they never name a report.
 */
const RULES: LinkRule[] = [
  // “全部为财政资金” said of project money
  {
    kind: "rate",
    test: (c) => c.figure.text === "全部" && /项目/.test(`${c.subsection}${c.before}`),
    key: () => "projects.fiscalFundingShare",
  },
  // “三公”经费
  {
    kind: "money",
    test: (c, n) =>
      isThreePublic(c, n) &&
      /比[^，。；]*(上年|\d{4}年)/.test(n) &&
      (!!wordingOf(n) || /增减/.test(n)),
    key: (c, n) => `threePublicExpenses.yearDifference${itemOrTotal(n, c)}`,
    directional: true,
  },
  {
    kind: "money",
    test: (c, n) => isThreePublic(c, n) && /比预算/.test(n) && (!!wordingOf(n) || /增减/.test(n)),
    key: (c, n) => `threePublicExpenses.budgetDifference${itemOrTotal(n, c)}`,
    directional: true,
  },
  {
    kind: "money",
    test: (c, n) => isThreePublic(c, n) && !!threePublicItem(n) && !!wordingOf(n),
    key: (c, n) => {
      const yearly = /比[^，。；]*(上年|\d{4}年)/.test(c.before);
      return `threePublicExpenses.${yearly ? "yearDifference" : "budgetDifference"}[${threePublicItem(n)}]`;
    },
    directional: true,
  },
  {
    kind: "money",
    test: (c, n) => isThreePublic(c, n) && /^(增减|差额|增减额)为?$/.test(n.trim()),
    key: (c, n) => {
      const yearly =
        /上年|上一年|去年/.test(c.before) ||
        (c.fiscalYear !== null && c.before.includes(`${c.fiscalYear - 1}年`));
      return `threePublicExpenses.${yearly ? "yearDifference" : "budgetDifference"}${itemOrTotal(n, c)}`;
    },
  },
  {
    kind: "rate",
    test: (c, n) => isThreePublic(c, n) && /(下降|减少|增加|上升|增长|变动)(比例|幅度|率)/.test(n),
    key: (c, n) => `threePublicExpenses.changeRate${itemOrTotal(n, c)}`,
    directional: true,
  },
  {
    kind: "rate",
    test: (c, n) => isThreePublic(c, n) && /控制率|执行率/.test(n),
    key: (c, n) => `threePublicExpenses.controlRate${itemOrTotal(n, c)}`,
  },
  {
    kind: "money",
    test: (c, n) => isThreePublic(c, n) && /决算|实际/.test(n) && priorYear(c, n),
    key: (c, n) => `threePublicExpenses.priorYearActual${itemOrTotal(n, c)}`,
  },
  {
    kind: "money",
    test: (c, n) => isThreePublic(c, n) && /预算(数|安排)?为?$/.test(n.trim()),
    key: (c, n) => `threePublicExpenses.budget${itemOrTotal(n, c)}`,
  },
  {
    kind: "money",
    test: (c, n) => isThreePublic(c, n) && /(决算|实际支出|支出)(数)?为?$/.test(n.trim()),
    key: (c, n) => `threePublicExpenses.actual${itemOrTotal(n, c)}`,
  },
  // 人员: 编制数, 在职人数, 离退休
  { kind: "count", test: (_c, n) => /离退休/.test(n), key: () => "staffing.retiredStaff" },
  {
    kind: "rate",
    test: (_c, n) => /在职人员控制率|在职人数控制率|人员控制率/.test(n),
    key: () => "staffing.activeStaffControlRate",
  },
  {
    kind: "count",
    test: (_c, n) => /(全额|自收自支|参公|差额)(拨款)?编制/.test(n),
    key: (c, n) =>
      `${staffingGroup(c)}.byType[${/(全额|自收自支|参公|差额)(拨款)?编制/.exec(n)?.[0] ?? ""}]`,
  },
  {
    kind: "count",
    test: (_c, n) => /编制(数)?(为)?$/.test(n.trim()) || /核定.*编制/.test(n),
    key: (c) =>
      yearEnd(c) ? "staffing.authorizedHeadcount.yearEnd" : "staffing.authorizedHeadcount",
  },
  {
    kind: "count",
    test: (_c, n) => /在职(人员)?(人数|数)?(为)?$/.test(n.trim()) || /实际在职/.test(n),
    key: () => "staffing.activeStaff",
  },
  // 收入
  { kind: "money", test: (_c, n) => /财政拨款预算支出/.test(n), key: () => null },
  {
    kind: "money",
    test: (_c, n) => /财政拨款预算收入|财政拨款收入预算/.test(n),
    key: () => "revenue.budget[fiscalAppropriation]",
  },
  {
    kind: "money",
    test: (_c, n) => /上级补助/.test(n) && /预算/.test(n),
    key: () => "revenue.budget[higherLevelSubsidy]",
  },
  {
    kind: "money",
    test: (_c, n) => /其他预算收入|其他收入预算/.test(n),
    key: () => "revenue.budget[otherRevenue]",
  },
  { kind: "money", test: (_c, n) => /预算收入合计/.test(n), key: () => "revenue.budget.total" },
  {
    kind: "money",
    test: (_c, n) => /使用[^，。；]*财政拨款/.test(n),
    key: () => "revenue.used[fiscalAppropriation]",
  },
  {
    kind: "money",
    test: (_c, n) => /使用[^，。；]*利息/.test(n),
    key: () => "revenue.used[interestIncome]",
  },
  {
    kind: "money",
    test: (_c, n) => /使用[^，。；]*其他收入/.test(n),
    key: () => "revenue.used[otherRevenue]",
  },
  {
    kind: "money",
    test: (_c, n) => /使用[^，。；]*上级补助/.test(n),
    key: () => "revenue.used[higherLevelSubsidy]",
  },
  // 预算规模
  {
    kind: "money",
    test: (_c, n) => /预算支出比预算收入(多|少)/.test(n),
    key: (c) =>
      /来源[^。；]*(上年|以前年度)[^。；]*结转/.test(c.sentence)
        ? ["budgetSummary.difference.total", "revenue.used[priorYearCarryover]"]
        : "budgetSummary.difference.total",
  },
  {
    kind: "money",
    test: (c, n) => /基本支出预算/.test(n) && /预算收入/.test(c.paragraphBefore),
    key: () => "budgetSummary.budgetRevenue[basic]",
  },
  {
    kind: "money",
    test: (c, n) => /项目支出预算$/.test(n.trim()) && /预算收入/.test(c.paragraphBefore),
    key: () => "budgetSummary.budgetRevenue[project]",
  },
  // “部门预算支出X万元，其中基本支出Y万元，项目支出Z万元”: the 其中 parts share the sentence's
  // subject (预算支出 or 预算收入), not the actual expenditure the bare words would name.
  {
    kind: "money",
    test: (c, n) =>
      /^(其中)?[：:]?\s*(\d[、.．]\s*)?(基本支出|项目支出)为?$/.test(n.trim()) &&
      /其中/.test(c.before) &&
      /^budgetSummary\.budget(Expenditure|Revenue)/.test(lastLinked(c)),
    key: (c, n) =>
      `${lastLinked(c).startsWith("budgetSummary.budgetRevenue") ? "budgetSummary.budgetRevenue" : "budgetSummary.budgetExpenditure"}[${/基本/.test(n) ? "basic" : "project"}]`,
  },
  {
    kind: "money",
    test: (_c, n) => /预算收入为?$/.test(n.trim()),
    key: () => "budgetSummary.budgetRevenue.total",
  },
  {
    kind: "money",
    test: (_c, n) => /预算支出为?$/.test(n.trim()),
    key: () => "budgetSummary.budgetExpenditure.total",
  },
  // 人员经费、公用经费
  {
    kind: "money",
    test: (_c, n) => /人员经费/.test(n),
    key: (c, n) =>
      /支出/.test(n) || !budgetTopic(c)
        ? "expenditure.personnel.actual"
        : "expenditure.personnel.budget",
  },
  {
    kind: "rate",
    test: (_c, n) => /公用经费控制率/.test(n),
    key: () => "operatingExpenses.controlRate",
  },
  {
    kind: "money",
    test: (_c, n) => /公用经费/.test(n) && /实际支出|决算/.test(n),
    key: () => "operatingExpenses.actual",
  },
  {
    kind: "money",
    test: (_c, n) => /公用经费支出/.test(n),
    key: () => "expenditure.operating.actual",
  },
  {
    kind: "money",
    test: (c, n) => /公用经费/.test(n) && (/安排|预算/.test(n) || budgetTopic(c)),
    key: () => "operatingExpenses.budget",
  },
  {
    kind: "money",
    test: (_c, n) => /折旧/.test(n),
    key: () => "basicExpenditure.actual[depreciation]",
  },
  {
    kind: "money",
    test: (c, n) =>
      /^(实际支出|决算数?|实际数)为?$/.test(n.trim()) &&
      lastLinked(c).startsWith("operatingExpenses."),
    key: () => "operatingExpenses.actual",
  },
  // 项目资金
  {
    kind: "money",
    test: (c, n) => /项目/.test(c.sentence) && /可用指标(合计)?为?$/.test(n.trim()),
    key: () => "projects.budget.total",
  },
  {
    kind: "money",
    test: (c, n) => /项目/.test(c.sentence) && /实际使用(合计)?为?$/.test(n.trim()),
    key: () => "projects.actual.total",
  },
  {
    kind: "money",
    test: (c, n) => /^差额为?$/.test(n.trim()) && lastLinked(c).startsWith("projects."),
    key: () => "projects.difference.total",
  },
  {
    kind: "rate",
    test: (c, n) => /项目/.test(`${c.subsection}${n}`) && /(资金)?使用比例|资金使用率/.test(n),
    key: () => "projects.usageRate.total",
  },
  {
    kind: "money",
    test: (_c, n) => /项目/.test(n) && /拨入资金|到位资金/.test(n),
    key: () => "allocation.received[project]",
  },
  { kind: "money", test: (_c, n) => /总投入/.test(n), key: () => "projects.budget.total" },
  {
    kind: "money",
    test: (c, n) => /项目/.test(c.subsection) && /项目支出预算$/.test(n.trim()),
    key: () => "projects.budget.total",
  },
  {
    kind: "money",
    test: (c, n) => /项目/.test(c.subsection) && /(项目)?实际支出为?$|决算数为?$/.test(n.trim()),
    key: () => "projects.actual.total",
  },
  // 支出与结转
  {
    kind: "money",
    test: (_c, n) => /整体支出(使用)?|支出合计|总支出/.test(n),
    key: () => "expenditure.actual.total",
  },
  {
    kind: "money",
    test: (_c, n) => /基本支出(支出)?为?$/.test(n.trim()) && !/预算/.test(n),
    key: () => "expenditure.basic.actual",
  },
  {
    kind: "money",
    test: (_c, n) => /项目支出为?$/.test(n.trim()) && !/预算/.test(n),
    key: () => "expenditure.project.actual",
  },
  {
    kind: "money",
    test: (_c, n) => /其他支出为?$/.test(n.trim()),
    key: () => "expenditure.actual[other]",
  },
  { kind: "money", test: (_c, n) => /结转结余为?$/.test(n.trim()), key: () => "carryover.amount" },
  {
    kind: "money",
    test: (_c, n) => /拨款收入为?$|到位(金额|资金)?(合计)?为?$/.test(n.trim()),
    key: () => "allocation.received.total",
  },
  {
    kind: "money",
    test: (_c, n) => /实际支出为?$/.test(n.trim()),
    key: () => "expenditure.actual.total",
  },
  {
    kind: "rate",
    test: (_c, n) => /预算完成率|预算执行率/.test(n),
    key: () => "budgetExecution.completionRate",
  },
  // 满意度
  {
    kind: "count",
    test: (c, n) => /问卷/.test(n) && c.figure.unit === "份",
    key: () => "satisfaction.questionnaires",
  },
  {
    kind: "count",
    test: (c, n) => c.figure.unit === "分" && /问卷|满意度/.test(n) && /分值|得分|满意度/.test(n),
    key: () => "satisfaction.score",
  },
];

/** “[item]” when the words name a 三公 item, “.total” otherwise. */
function itemOrTotal(near: string, _c: LinkContext): string {
  const item = threePublicItem(near.replace(/三公经费/g, ""));
  return item ? `[${item}]` : ".total";
}

/**
 * The quantity a prose figure states, by the words right before it (`near`, since the previous
 * figure) and its sentence: e.g. “三公经费”…决算数8.43万元 → threePublicExpenses.actual.total;
 * “决算数比预算数减少73.57万元” → threePublicExpenses.budgetDifference.total with wording
 * "decrease". Returns null when no rule names it (the figure is kept as unlinked).
 * @example linkFigure(ctx("2020年度“三公经费”预算数82.00万元，决算数8.43万元", 1))?.keys // ["threePublicExpenses.actual.total"]
 */
export function linkFigure(c: LinkContext): Link | null {
  const kind = kindOf(c.figure);
  const near = c.figure.near.replace(/^[，,；;：:、。\s]+/, "");
  for (const rule of RULES) {
    if (rule.kind !== "any" && rule.kind !== kind) continue;
    if (!rule.test(c, near)) continue;
    const key = rule.key(c, near);
    if (key === null) return null;
    const link: Link = { keys: Array.isArray(key) ? key : [key] };
    if (rule.directional) {
      const wording = wordingOf(near);
      if (wording) link.wording = wording;
    }
    return link;
  }
  return null;
}

/**
 * Link every figure of one sentence in order (each rule sees the keys linked before it, for
 * “其中：全额编制…” lists).
 * @example linkSentence("2020年度“三公经费”预算数82.00万元，决算数8.43万元，控制率10.28%。", { section: "二、…" }, 2020)
 *   .map(l => l?.keys[0]) // ["threePublicExpenses.budget.total", "threePublicExpenses.actual.total", "threePublicExpenses.controlRate.total"]
 */
export function linkSentence(
  sentence: string,
  place: { section: string; subsection?: string; paragraphBefore?: string },
  fiscalYear: number | null,
): (Link | null)[] {
  const found = proseFigures(sentence);
  const linked: (string | null)[] = [];
  return found.map((figure, index) => {
    const before = sentence.slice(0, figure.start);
    const link = linkFigure({
      figure,
      siblings: found,
      index,
      sentence,
      before,
      paragraphBefore: `${place.paragraphBefore ?? ""}${before}`,
      section: place.section,
      subsection: place.subsection ?? "",
      fiscalYear,
      linkedInSentence: linked,
    });
    linked.push(link?.keys[0] ?? null);
    return link;
  });
}
