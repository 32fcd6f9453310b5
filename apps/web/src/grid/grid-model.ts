import { dec, sum } from "@jixiao/core";
import { formatWanYuan, formatYuan } from "@jixiao/core/units";
import type { Field, KeyValueSheet, TableSheet } from "@jixiao/report/xlsx/sheet-specs";
import { type AmountUnit, isNumeric, parseCellInput } from "./cell-value.ts";
import { getAt, type Path, parsePath, setAt } from "./paths.ts";

/**
 * One editable grid of the workspace, built from a 基础数据表 sheet spec (@jixiao/report) and the
 * dataset draft: a table sheet gives one row per array element, a key-value sheet one row per
 * field (项目 | 内容 | 单位). Every value cell knows its absolute path in the draft, so edits,
 * schema issues and findings all meet at the same path.
 */
export interface GridModel {
  /** Unique in the workspace: the sheet name, or "sheet:path" for a routed table. */
  id: string;
  title: string;
  description: string;
  kind: "table" | "keyValue";
  /** The array the rows live in (table grids); rows are added and removed there. */
  arrayPath: Path | null;
  columns: GridColumn[];
  rows: GridRow[];
  /** Amount columns summed in a 合计 row (table sheets the workbook totals). */
  totals: boolean;
  spec: TableSheet | KeyValueSheet;
}

export interface GridColumn {
  id: string;
  header: string;
  /** 元, 人, 个 … (amount columns show the chosen 元/万元). */
  unit?: string;
  numeric: boolean;
  width: number;
  /** The field of every value cell in this column (table grids). */
  field?: Field;
}

export type GridCell =
  | { kind: "value"; path: Path; field: Field; value: unknown }
  | { kind: "label"; text: string };

export interface GridRow {
  key: string;
  /** Path of the row's object (table grids), for row-level issues and findings. */
  path: Path | null;
  cells: GridCell[];
}

/** Width in px of a column from the workbook's character width. */
function px(width: number | undefined): number {
  return Math.max(72, Math.round((width ?? 14) * 9));
}

/**
 * The grids of one sheet: a table sheet with a route (人员分类) gives one grid per route option.
 * @example tableGrids(projectsSpec, draft)[0].rows[0].cells[1] // { kind: "value", path: ["projects", 0, "name"], … }
 */
export function sheetGrids(spec: TableSheet | KeyValueSheet, draft: unknown): GridModel[] {
  if (spec.kind === "keyValue") return [keyValueGrid(spec, draft)];
  if (spec.route)
    return spec.route.options.map((option) =>
      tableGrid(spec, draft, parsePath(option.value), `${spec.name}:${option.value}`, option.name),
    );
  return [tableGrid(spec, draft, parsePath(spec.path), spec.name, spec.name)];
}

function tableGrid(
  spec: TableSheet,
  draft: unknown,
  arrayPath: Path,
  id: string,
  title: string,
): GridModel {
  const array = getAt(draft, arrayPath);
  const items = Array.isArray(array) ? array : [];
  return {
    id,
    title,
    description: spec.description,
    kind: "table",
    arrayPath,
    spec,
    totals: spec.totals === true,
    columns: spec.fields.map((field) => ({
      id: field.key,
      header: field.label,
      ...(field.unit === undefined ? {} : { unit: field.unit }),
      numeric: isNumeric(field.type),
      width: px(field.width),
      field,
    })),
    rows: items.map((item, index) => ({
      key: `${index}`,
      path: [...arrayPath, index],
      cells: spec.fields.map((field) => ({
        kind: "value" as const,
        path: [...arrayPath, index, ...parsePath(field.key)],
        field,
        value: getAt(item, parsePath(field.key)),
      })),
    })),
  };
}

function keyValueGrid(spec: KeyValueSheet, draft: unknown): GridModel {
  return {
    id: spec.name,
    title: spec.name,
    description: spec.description,
    kind: "keyValue",
    arrayPath: null,
    spec,
    totals: false,
    columns: [
      { id: "label", header: "项目", numeric: false, width: 180 },
      { id: "value", header: "内容", numeric: false, width: 260 },
      { id: "unit", header: "单位", numeric: false, width: 72 },
    ],
    rows: spec.fields.map((field) => {
      const path = parsePath(field.key);
      return {
        key: field.key,
        path: null,
        cells: [
          { kind: "label" as const, text: field.label },
          { kind: "value" as const, path, field, value: getAt(draft, path) },
          { kind: "label" as const, text: field.unit ?? "" },
        ],
      };
    }),
  };
}

/** The blank a new cell of this type holds: "" for required text, [] for a list, else null (missing). */
function blankValue(field: Field): unknown {
  if (field.type.t === "text" && field.type.required) return "";
  if (field.type.t === "list") return [];
  return null;
}

/** The optional group ("givenIn", "operatingExpenses") a field key belongs to, if any. */
function groupOf(key: string, groups: readonly string[]): string | undefined {
  return groups.find((g) => key.startsWith(`${g}.`));
}

function isBlankValue(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * The draft with one cell set. A field inside an optional group (公用经费, 满意度, 原文单位 …) keeps
 * the group whole: the group is created with every field blank when its first field is filled,
 * and becomes null again (not given) when its last field is cleared.
 * @example setCell(draft, grid, ["threePublicExpenses", 0, "actual"], "70000.00")
 */
export function setCell(draft: unknown, grid: GridModel, path: Path, value: unknown): unknown {
  const spec = grid.spec;
  const base = grid.arrayPath ? path.slice(0, grid.arrayPath.length + 1) : [];
  const key = path
    .slice(base.length)
    .map((p) => String(p))
    .join(".");
  const group = groupOf(key, spec.optionalGroups ?? []);
  if (group === undefined) return setAt(draft, path, value);
  const groupPath = [...base, ...parsePath(group)];
  const members = spec.fields.filter((f) => f.key.startsWith(`${group}.`));
  const current = getAt(draft, groupPath);
  const next: Record<string, unknown> = {
    ...(current !== null && typeof current === "object" ? current : {}),
  };
  for (const field of members) {
    const name = field.key.slice(group.length + 1);
    if (!(name in next)) next[name] = blankValue(field);
  }
  next[key.slice(group.length + 1)] = value;
  const allBlank = members.every((f) => isBlankValue(next[f.key.slice(group.length + 1)]));
  return setAt(draft, groupPath, allBlank ? null : next);
}

/**
 * A new, blank row for a table grid: every field blank (missing), optional groups null, a 序号
 * one past the largest, and a fresh 标识 for sheets whose rows are referred to by id.
 * @example newRow(projectsGrid).seq === 21 // after the seed's 20 projects
 */
export function newRow(grid: GridModel): Record<string, unknown> {
  const spec = grid.spec;
  const groups = spec.optionalGroups ?? [];
  let row: Record<string, unknown> = {};
  for (const g of groups) row = setAt(row, parsePath(g), null);
  for (const field of spec.fields) {
    if (groupOf(field.key, groups) !== undefined) continue;
    row = setAt(row, parsePath(field.key), blankValue(field));
  }
  const values = (key: string) =>
    grid.rows.map((r) => {
      const cell = r.cells.find((c) => c.kind === "value" && c.field.key === key);
      return cell?.kind === "value" ? cell.value : undefined;
    });
  if (spec.fields.some((f) => f.key === "seq")) {
    const seqs = values("seq").filter((v): v is number => typeof v === "number");
    row.seq = seqs.length === 0 ? 1 : Math.max(...seqs) + 1;
  }
  if (spec.fields.some((f) => f.key === "id" && f.type.t === "id")) {
    const taken = new Set(values("id"));
    const prefix = grid.arrayPath?.[0] === "revenueTargets" ? "rt" : "pi";
    let n = grid.rows.length + 1;
    while (taken.has(`${prefix}-${n}`)) n += 1;
    row.id = `${prefix}-${n}`;
  }
  return row;
}

/** The draft with a blank row appended to a table grid (or inserted at `at`). */
export function addRow(draft: unknown, grid: GridModel, at?: number): unknown {
  if (!grid.arrayPath) return draft;
  const array = getAt(draft, grid.arrayPath);
  const items = Array.isArray(array) ? array.slice() : [];
  items.splice(at ?? items.length, 0, newRow(grid));
  return setAt(draft, grid.arrayPath, items);
}

/** The draft without row `index` of a table grid. */
export function removeRow(draft: unknown, grid: GridModel, index: number): unknown {
  if (!grid.arrayPath) return draft;
  const array = getAt(draft, grid.arrayPath);
  if (!Array.isArray(array)) return draft;
  return setAt(
    draft,
    grid.arrayPath,
    array.filter((_, i) => i !== index),
  );
}

/**
 * The draft with a block of pasted text written from cell (row, col) rightwards and downwards;
 * rows are appended to a table grid as needed, cells beyond the last column are ignored. Each
 * text is read as its column's type (parseCellInput). Label cells (项目, 单位) are skipped.
 * @returns the new draft and how many cells were written.
 */
export function pasteBlock(
  draft: unknown,
  grid: GridModel,
  at: { row: number; col: number },
  block: readonly (readonly string[])[],
  unit: AmountUnit,
): { draft: unknown; written: number } {
  let next = draft;
  let model = grid;
  let written = 0;
  if (model.kind === "table") {
    const needed = at.row + block.length - model.rows.length;
    for (let i = 0; i < needed; i += 1) {
      next = addRow(next, model);
      model = rebuild(model, next);
    }
  }
  block.forEach((texts, i) => {
    const row = model.rows[at.row + i];
    if (!row) return;
    const targets = row.cells.slice(at.col).filter((c) => c.kind === "value");
    texts.forEach((text, j) => {
      const cell = model.kind === "keyValue" ? (j === 0 ? targets[0] : undefined) : targets[j];
      if (cell?.kind !== "value") return;
      next = setCell(next, model, cell.path, parseCellInput(cell.field.type, text, unit));
      written += 1;
    });
  });
  return { draft: next, written };
}

/** The same grid over another draft. */
export function rebuild(grid: GridModel, draft: unknown): GridModel {
  const grids = sheetGrids(grid.spec, draft);
  return grids.find((g) => g.id === grid.id) ?? grid;
}

/**
 * The 合计 row of a table grid: each amount column summed exactly (decimal.js) over its readable
 * cells and shown in 元 or 万元 (core's units); blank cells count as missing, cells the schema
 * refuses make the total "—" with `invalid` set.
 * @example gridTotals(threePublicGrid, "元").actual // { text: "84,284.72", invalid: false } — seed 1.2.1 合计
 */
export function gridTotals(
  grid: GridModel,
  unit: AmountUnit,
): Record<string, { text: string; invalid: boolean }> {
  const totals: Record<string, { text: string; invalid: boolean }> = {};
  if (!grid.totals) return totals;
  grid.columns.forEach((column, c) => {
    if (column.field?.type.t !== "amount") return;
    const values = grid.rows
      .map((r) => r.cells[c])
      .map((cell) => (cell?.kind === "value" ? cell.value : null));
    const given = values.filter((v) => v !== null && v !== undefined && v !== "");
    const invalid = given.some((v) => typeof v !== "string" || !/^\d+(\.\d{1,2})?$/.test(v));
    if (invalid) {
      totals[column.id] = { text: "—", invalid: true };
      return;
    }
    const total = sum(given.map((v) => dec(v as string)));
    totals[column.id] = {
      text: given.length === 0 ? "" : unit === "万元" ? formatWanYuan(total, 4) : formatYuan(total),
      invalid: false,
    };
  });
  return totals;
}
