import type { Dataset } from "../schema/dataset.ts";

/** One piece of text in a dataset, with its JSON path and the report part it belongs to. */
export interface TextPiece {
  path: string;
  section: string;
  text: string;
}

/** The part of the report the 项目支出 table (2.2) stands in. */
const PROJECTS = "二、部门整体支出管理及使用情况分析";

/** The report part each narrative field stands in (for finding locations). */
const NARRATIVE_SECTIONS: Record<string, string> = {
  preamble: "前言",
  departmentOverview: "一、部门概况",
  organisationSetup: "一、部门概况",
  staffing: "一、部门概况",
  organisationChanges: "一、部门概况",
  performanceGoals: "一、部门概况",
  budgetScope: "一、部门概况",
  expenditureOverview: "二、部门整体支出管理及使用情况分析",
  basicExpenditure: "二、部门整体支出管理及使用情况分析",
  threePublicExpenses: "二、部门整体支出管理及使用情况分析",
  threePublicManagement: "二、部门整体支出管理及使用情况分析",
  operatingExpenses: "二、部门整体支出管理及使用情况分析",
  budgetManagement: "二、部门整体支出管理及使用情况分析",
  projectFunds: "二、部门整体支出管理及使用情况分析",
  projectUsage: "二、部门整体支出管理及使用情况分析",
  projectManagement: "二、部门整体支出管理及使用情况分析",
  projectImplementation: "三、项目组织实施情况",
  projectSupervision: "三、项目组织实施情况",
  performanceSummary: "四、部门整体支出绩效情况",
  budgetAllocation: "四、部门整体支出绩效情况",
  budgetExecution: "四、部门整体支出绩效情况",
  budgetAdministration: "四、部门整体支出绩效情况",
  achievements: "四、部门整体支出绩效情况",
  problemsIntro: "六、目前面临的困境和需要解决的问题",
  problems: "六、目前面临的困境和需要解决的问题",
  recommendations: "七、改进措施和有关建议",
  annexes: "附件",
  signature: "落款",
};

/**
 * Every piece of free text in a dataset, with its path: the department profile, organisation
 * bases and notes, project names, 文号 and notes, revenue-target notes, the evaluation basis
 * documents and process, and every narrative paragraph (headings included). Checks that read
 * text (文号, 统一社会信用代码, funding claims) scan these.
 * @example textPieces(d).find(p => p.path === "narrative.preamble[0]")?.section === "前言"
 */
export function textPieces(dataset: Dataset): readonly TextPiece[] {
  // Collected afresh on each call (two rules per run; it only points at the strings): a cache
  // keyed by the dataset object would read stale text after an edit in place.
  return collectPieces(dataset);
}

function collectPieces(dataset: Dataset): TextPiece[] {
  const out: TextPiece[] = [];
  const add = (path: string, section: string, text: string | null | undefined) => {
    if (text?.trim()) out.push({ path, section, text });
  };
  const dept = dataset.department;
  add("department.address", "一、部门概况", dept.address);
  add("department.mission", "一、部门概况", dept.mission);
  dept.functions.forEach((t, i) => {
    add(`department.functions[${i}]`, "一、部门概况", t);
  });
  dataset.organisation.forEach((stage, i) => {
    stage.basis.forEach((t, j) => {
      add(`organisation[${i}].basis[${j}]`, "一、部门概况", t);
    });
    add(`organisation[${i}].note`, "一、部门概况", stage.note);
  });
  dataset.projects.forEach((p, i) => {
    add(`projects[${i}].name`, PROJECTS, p.name);
    add(`projects[${i}].documentNumber`, PROJECTS, p.documentNumber);
    add(`projects[${i}].note`, PROJECTS, p.note);
  });
  dataset.revenueTargets.forEach((t, i) => {
    add(`revenueTargets[${i}].note`, "四、部门整体支出绩效情况", t.note);
  });
  const ep = dataset.evaluationProcess;
  ep.basisDocuments.forEach((doc, i) => {
    add(`evaluationProcess.basisDocuments[${i}].title`, "五、绩效评价工作开展情况", doc.title);
    add(
      `evaluationProcess.basisDocuments[${i}].documentNumber`,
      "五、绩效评价工作开展情况",
      doc.documentNumber,
    );
  });
  for (const field of ["purpose", "team", "method", "contents", "conclusion"] as const) {
    ep[field].forEach((t, i) => {
      add(`evaluationProcess.${field}[${i}]`, "五、绩效评价工作开展情况", t);
    });
  }
  for (const [field, value] of Object.entries(dataset.narrative)) {
    const section = NARRATIVE_SECTIONS[field] ?? field;
    if (!Array.isArray(value)) continue;
    value.forEach((entry: unknown, i) => {
      if (typeof entry === "string") add(`narrative.${field}[${i}]`, section, entry);
      else if (entry && typeof entry === "object" && "heading" in entry) {
        const h = entry as { heading: string; paragraphs: string[] };
        add(`narrative.${field}[${i}].heading`, section, h.heading);
        h.paragraphs.forEach((t, j) => {
          add(`narrative.${field}[${i}].paragraphs[${j}]`, section, t);
        });
      }
    });
  }
  for (const [table, note] of Object.entries(dataset.narrative.tableNotes)) {
    add(`narrative.tableNotes.${table}`, table, note);
  }
  return out;
}
