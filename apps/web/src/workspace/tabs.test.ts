import { evaluate } from "@jixiao/core";
import { parseDataset } from "@jixiao/core/schema";
import { taojiang2020 } from "@jixiao/examples";
import { describe, expect, it } from "vitest";
import { describePath, locateFirst, locatePath, tabGrids, WORKSPACE_TABS } from "./tabs.ts";

const draft = taojiang2020;

describe("workspace tabs", () => {
  it("follow the 基础数据表 in order", () => {
    expect(WORKSPACE_TABS.map((t) => t.label)).toEqual([
      "部门概况",
      "人员",
      "收入",
      "支出",
      "三公经费",
      "公用经费",
      "项目",
      "收入任务",
      "产出与效益",
      "满意度",
    ]);
  });

  it("show the Taojiang 2020 projects and 三公经费 rows", () => {
    const tab = (id: string) => {
      const found = WORKSPACE_TABS.find((t) => t.id === id);
      if (!found) throw new Error(`no tab ${id}`);
      return found;
    };
    const projects = tabGrids(tab("projects"), draft)[0];
    expect(projects?.rows).toHaveLength(20);
    const three = tabGrids(tab("threePublic"), draft)[0];
    expect(three?.rows.map((r) => r.cells[1]?.kind === "value" && r.cells[1].value)).toEqual([
      "公务接待费",
      "公务用车运行维护费",
      "公务用车购置",
      "因公出国（境）费用",
    ]);
  });
});

describe("locatePath", () => {
  it("finds the cell of a path, a row, or a column over rows", () => {
    expect(locatePath("threePublicExpenses[1].budget", draft)).toEqual({
      tabId: "threePublic",
      gridId: "三公经费",
      row: 1,
      col: 2,
    });
    expect(locatePath("projects[7]", draft)).toEqual({
      tabId: "projects",
      gridId: "项目支出",
      row: 7,
      col: 0,
    });
    expect(locatePath("expenditure[*].actual", draft)).toMatchObject({ gridId: "支出", row: 0 });
    expect(locatePath("staffing.atYearEnd.authorizedHeadcount", draft)).toEqual({
      tabId: "staffing",
      gridId: "人员",
      row: 3,
      col: 1,
    });
    expect(locatePath("narrative.projectFunds[0]", draft)).toBeNull();
  });

  it("takes every Taojiang finding that names a table cell to that cell", () => {
    const evaluation = evaluate(parseDataset(draft));
    const noBudget = evaluation.findings.find(
      (f) => f.ruleId === "budget.no-budget-line" && f.locations[0]?.path?.startsWith("three"),
    );
    const paths = noBudget?.locations.flatMap((l) => (l.path ? [l.path] : [])) ?? [];
    expect(locateFirst(paths, draft)).toEqual({
      tabId: "threePublic",
      gridId: "三公经费",
      row: 1,
      col: 2,
    });
  });
});

describe("describePath", () => {
  it("names a path by tab, table, row and column", () => {
    expect(describePath("threePublicExpenses[0].actual", draft)).toBe(
      "三公经费 › 三公经费 第1行 决算数",
    );
    expect(describePath("projects[7]", draft)).toBe("项目 › 项目支出 第8行");
    expect(describePath("staffing.atYearEnd.activeStaff", draft)).toBe(
      "人员 › 人员 年末实际在职人数",
    );
    expect(describePath("narrative.preamble[0]", draft)).toBe("narrative.preamble[0]");
  });
});
