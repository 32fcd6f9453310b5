import { safeParseDataset } from "@jixiao/core/schema";
import { minimalDatasetInput, SEED_THREE_PUBLIC } from "@jixiao/core/testing";
import { SHEET_SPECS, type SheetSpec } from "@jixiao/report/xlsx/sheet-specs";
import { describe, expect, it } from "vitest";
import {
  addRow,
  type GridModel,
  gridTotals,
  pasteBlock,
  removeRow,
  setCell,
  sheetGrids,
} from "./grid-model.ts";
import { getAt } from "./paths.ts";

function spec(name: string): Exclude<SheetSpec, { kind: "paths" }> {
  const found = SHEET_SPECS.find((s) => s.name === name);
  if (!found || found.kind === "paths") throw new Error(`no sheet ${name}`);
  return found;
}

const draft = minimalDatasetInput({ threePublicExpenses: [...SEED_THREE_PUBLIC] });
const grid = (name: string, d: unknown = draft): GridModel => {
  const g = sheetGrids(spec(name), d)[0];
  if (!g) throw new Error("no grid");
  return g;
};

describe("sheetGrids", () => {
  it("maps a table sheet to one row per element, each cell with its draft path", () => {
    const g = grid("三公经费");
    expect(g.rows).toHaveLength(SEED_THREE_PUBLIC.length);
    expect(g.columns.map((c) => c.header)).toEqual([
      "项目",
      "名称",
      "预算数",
      "决算数",
      "上年决算数",
    ]);
    const cell = g.rows[0]?.cells[3];
    expect(cell).toMatchObject({ kind: "value", path: ["threePublicExpenses", 0, "actual"] });
    expect(cell?.kind === "value" && cell.value).toBe(SEED_THREE_PUBLIC[0]?.actual);
  });

  it("maps a key-value sheet to 项目 | 内容 | 单位 rows and a routed sheet to one grid per route", () => {
    const staff = grid("人员");
    expect(staff.rows[1]?.cells[0]).toEqual({ kind: "label", text: "年初核定编制数" });
    expect(staff.rows[1]?.cells[1]).toMatchObject({
      path: ["staffing", "atBudget", "authorizedHeadcount"],
    });
    expect(sheetGrids(spec("人员分类"), draft).map((g) => g.title)).toEqual([
      "年初编制",
      "年末编制",
      "年末在职",
    ]);
  });

  it("sums amount columns exactly in the 合计 row (seed 1.2.1: 84,284.72 元 决算数)", () => {
    const totals = gridTotals(grid("三公经费"), "元");
    expect(totals.actual).toEqual({ text: "84,284.72", invalid: false });
    expect(totals.budget).toEqual({ text: "820,000.00", invalid: false });
    expect(gridTotals(grid("三公经费"), "万元").actual?.text).toBe("8.4285");
  });

  it("shows — for a total over a cell the schema refuses", () => {
    const bad = setCell(draft, grid("三公经费"), ["threePublicExpenses", 1, "actual"], "abc");
    expect(gridTotals(grid("三公经费", bad), "元").actual).toEqual({ text: "—", invalid: true });
  });
});

describe("editing", () => {
  it("creates an optional group whole and drops it again when cleared (公用经费)", () => {
    const g = grid("公用经费及其他");
    const filled = setCell(draft, g, ["operatingExpenses", "budget"], "1000.00");
    expect(getAt(filled, ["operatingExpenses"])).toEqual({ budget: "1000.00", actual: null });
    const cleared = setCell(
      filled,
      grid("公用经费及其他", filled),
      ["operatingExpenses", "budget"],
      null,
    );
    expect(getAt(cleared, ["operatingExpenses"])).toBeNull();
  });

  it("adds a blank row with the next 序号, and removes a row", () => {
    const withProject = addRow(draft, grid("项目支出"));
    const projects = getAt(withProject, ["projects"]) as Record<string, unknown>[];
    const added = projects.at(-1);
    expect(added).toMatchObject({ name: "", budget: null, actual: null, isKey: null });
    expect(added?.seq).toBe(projects.length);
    const removed = removeRow(withProject, grid("项目支出", withProject), projects.length - 1);
    expect(getAt(removed, ["projects"])).toEqual(projects.slice(0, -1));
  });

  it("pastes a block from Excel, adding rows, and the result validates with core's schema", () => {
    const g = grid("项目支出");
    const start = g.rows.length;
    const { draft: pasted, written } = pasteBlock(
      draft,
      g,
      { row: start, col: 1 },
      [
        ["耕地保护补偿", "湘财资环指〔2020〕23号", "１２０，０００．００", "118、500.50"],
        ["地质灾害防治", "", "80,000", "80 000.00"],
        ["不动产登记", "益财建〔2020〕9号", "50000", "－"],
      ],
      "元",
    );
    expect(written).toBe(12);
    const projects = getAt(pasted, ["projects"]) as Record<string, unknown>[];
    expect(
      projects.slice(start).map((p) => [p.name, p.documentNumber, p.budget, p.actual]),
    ).toEqual([
      ["耕地保护补偿", "湘财资环指〔2020〕23号", "120000.00", "118500.50"],
      ["地质灾害防治", null, "80000", "80000.00"],
      ["不动产登记", "益财建〔2020〕9号", "50000", null],
    ]);
    const parsed = safeParseDataset(pasted);
    expect(parsed.ok ? parsed.dataset.projects.length : parsed.issues).toBe(start + 3);
    expect(projects.slice(start).map((p) => p.seq)).toEqual([start + 1, start + 2, start + 3]);
  });
});
