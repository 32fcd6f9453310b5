import { type Dataset, type Decimal, dec, sum } from "@jixiao/core";
import { cachedNumber, countCell, decimalCell, optionCell, textCell } from "./cell-write.ts";
import { pathLabel } from "./path-labels.ts";
import { describedPatterns } from "./path-patterns.ts";
import { flattenStrings, getPath, NULL_VALUE } from "./paths.ts";
import {
  type ComputedColumn,
  type Field,
  type KeyValueSheet,
  type PathSheet,
  SHEET,
  SHEET_SPECS,
  type SheetSpec,
  type TableSheet,
} from "./sheet-specs.ts";
import type { CellWrite, SheetBuilder, Validation, WorkbookBuilder } from "./workbook.ts";

/** The first cell of a table's 合计 row; import skips rows that start with it. */
export const TOTAL_LABEL = "合计（自动计算）";
/** Rows of a table that carry data validation (header excluded). */
export const VALIDATED_ROWS = 1000;

/**
 * Column letters: 1 → "A", 27 → "AA".
 * @example columnLetter(1) === "A"; columnLetter(27) === "AA"
 */
export function columnLetter(n: number): string {
  let s = "";
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/**
 * A header as written: label with its unit, e.g. "预算数（元）".
 * @example headerText("预算数", "元") === "预算数（元）"
 */
export function headerText(label: string, unit?: string): string {
  return unit ? `${label}（${unit}）` : label;
}

/**
 * The input columns of a table sheet, in order (the route column first when present).
 * @example tableInputHeaders(三公经费 spec) // ["项目", "名称", "预算数（元）", "决算数（元）", "上年决算数（元）"]
 */
export function tableInputHeaders(spec: TableSheet): string[] {
  return [
    ...(spec.route ? [spec.route.label] : []),
    ...spec.fields.map((f) => headerText(f.label, f.unit)),
  ];
}

function computedHeader(c: ComputedColumn): string {
  return `${headerText(c.label, c.kind === "difference" ? "元" : "%")}（自动计算）`;
}

function validationOf(field: Field): { v: Validation; message: string } | null {
  const t = field.type;
  switch (t.t) {
    case "amount":
      return {
        v: { kind: "amount" },
        message:
          "请填写以元为单位的金额：不小于0，最多两位小数 / an amount in 元, ≥ 0, ≤ 2 decimals",
      };
    case "count":
      return { v: { kind: "count" }, message: "请填写非负整数 / a whole number ≥ 0" };
    case "quantity":
      return {
        v: { kind: "decimal", signed: t.signed },
        message: "请填写数值 / a number",
      };
    case "option":
      return {
        v: { kind: "list", items: t.options.map((o) => o.name) },
        message: `请从列表中选择：${t.options.map((o) => o.name).join("、")} / choose from the list`,
      };
    case "bool":
      return { v: { kind: "list", items: ["是", "否"] }, message: "请选择“是”或“否” / 是 or 否" };
    default:
      return null;
  }
}

/**
 * The cell for one field value.
 * @example fieldCell(amount field, "820000.00") → { kind: "number", value: 820000, format: "#,##0.00" }
 */
export function fieldCell(field: Field, value: unknown): CellWrite {
  const t = field.type;
  switch (t.t) {
    case "amount":
    case "quantity":
      return decimalCell(value as string | null | undefined);
    case "count":
      return countCell(value as number | null | undefined);
    case "option":
      return optionCell(value, t.options);
    case "bool":
      return value === null || value === undefined
        ? null
        : { kind: "text", text: value ? "是" : "否" };
    case "list": {
      const items = (value as string[] | undefined) ?? [];
      return items.length === 0 ? null : { kind: "text", text: items.join("\n"), wrap: true };
    }
    default:
      return textCell(value as string | null | undefined, (field.width ?? 0) >= 30);
  }
}

const decOrNull = (v: unknown): Decimal | null => (typeof v === "string" ? dec(v) : null);

/**
 * The exact value of a computed column for one row: 差额 = a − b (元); 比率 = a ÷ b;
 * 变动率 = (a − b) ÷ b. Blank input or a zero denominator → null (the cell stays empty).
 * @example computedValue(控制率, dec("84284.72"), dec("820000")) // 0.10278… → 10.28% (seed 1.2.1)
 */
export function computedValue(
  c: ComputedColumn,
  a: Decimal | null,
  b: Decimal | null,
): Decimal | null {
  if (a === null || b === null) return null;
  if (c.kind === "difference") return a.minus(b);
  if (b.isZero()) return null;
  return c.kind === "rate" ? a.div(b) : a.minus(b).div(b);
}

function computedCell(
  c: ComputedColumn,
  colA: string,
  colB: string,
  row: number,
  value: Decimal | null,
): CellWrite {
  const a = `${colA}${row}`;
  const b = `${colB}${row}`;
  const formula =
    c.kind === "difference"
      ? `IF(OR(${a}="",${b}=""),"",${a}-${b})`
      : c.kind === "rate"
        ? `IF(OR(${a}="",${b}="",${b}=0),"",${a}/${b})`
        : `IF(OR(${a}="",${b}="",${b}=0),"",(${a}-${b})/${b})`;
  return {
    kind: "formula",
    formula,
    result: cachedNumber(value),
    format: c.kind === "difference" ? "#,##0.00" : "0.00%",
  };
}

function tableRows(spec: TableSheet, dataset: Dataset | null): { route?: string; row: unknown }[] {
  if (!dataset) return [];
  if (spec.route)
    return spec.route.options.flatMap((o) =>
      ((getPath(dataset, o.value) as unknown[] | undefined) ?? []).map((row) => ({
        route: o.name,
        row,
      })),
    );
  return ((getPath(dataset, spec.path) as unknown[] | undefined) ?? []).map((row) => ({ row }));
}

function writeTable(sheet: SheetBuilder, spec: TableSheet, dataset: Dataset | null): void {
  const offset = spec.route ? 1 : 0;
  const computed = spec.computed ?? [];
  const letterOf = (key: string) =>
    columnLetter(offset + 1 + spec.fields.findIndex((f) => f.key === key));
  sheet.setColumnWidths([
    ...(spec.route ? [12] : []),
    ...spec.fields.map((f) => f.width ?? 16),
    ...computed.map(() => 18),
  ]);
  sheet.setRow(
    1,
    [...tableInputHeaders(spec), ...computed.map(computedHeader)].map((text) => ({
      kind: "text" as const,
      text,
    })),
    { header: true },
  );
  sheet.freeze(1);
  const rows = tableRows(spec, dataset);
  rows.forEach(({ route, row }, i) => {
    const r = i + 2;
    const cells: CellWrite[] = [];
    if (spec.route) cells.push({ kind: "text", text: route ?? "" });
    for (const f of spec.fields) cells.push(fieldCell(f, getPath(row, f.key)));
    for (const c of computed) {
      const v = computedValue(c, decOrNull(getPath(row, c.a)), decOrNull(getPath(row, c.b)));
      cells.push(computedCell(c, letterOf(c.a), letterOf(c.b), r, v));
    }
    sheet.setRow(r, cells);
  });
  if (spec.totals && rows.length > 0) {
    const r = rows.length + 2;
    const totals = new Map<string, Decimal>();
    const cells: CellWrite[] = [];
    if (spec.route) cells.push({ kind: "text", text: TOTAL_LABEL, bold: true });
    spec.fields.forEach((f, i) => {
      if (i === 0 && !spec.route) {
        cells.push({ kind: "text", text: TOTAL_LABEL, bold: true });
        return;
      }
      if (f.type.t !== "amount") {
        cells.push(null);
        return;
      }
      const total = sum(
        rows
          .map(({ row }) => decOrNull(getPath(row, f.key)))
          .filter((d): d is Decimal => d !== null),
      );
      totals.set(f.key, total);
      const col = columnLetter(offset + 1 + i);
      cells.push({
        kind: "formula",
        formula: `SUM(${col}2:${col}${r - 1})`,
        result: cachedNumber(total),
        format: "#,##0.00",
        bold: true,
      });
    });
    for (const c of computed) {
      const v = computedValue(c, totals.get(c.a) ?? null, totals.get(c.b) ?? null);
      cells.push(computedCell(c, letterOf(c.a), letterOf(c.b), r, v));
    }
    sheet.setRow(r, cells);
  }
  const last = Math.max(VALIDATED_ROWS, rows.length + 1);
  if (spec.route)
    sheet.validate(
      `A2:A${last}`,
      { kind: "list", items: spec.route.options.map((o) => o.name) },
      "请从列表中选择 / choose from the list",
    );
  spec.fields.forEach((f, i) => {
    const val = validationOf(f);
    const col = columnLetter(offset + 1 + i);
    if (val) sheet.validate(`${col}2:${col}${last}`, val.v, val.message);
  });
}

function writeKeyValue(sheet: SheetBuilder, spec: KeyValueSheet, dataset: Dataset | null): void {
  sheet.setColumnWidths([26, 48, 8, 40]);
  sheet.setRow(
    1,
    ["项目", "内容", "单位", "字段（勿改）"].map((text) => ({ kind: "text" as const, text })),
    { header: true },
  );
  sheet.freeze(1);
  spec.fields.forEach((f, i) => {
    const r = i + 2;
    const value = dataset ? getPath(dataset, f.key) : f.preset;
    sheet.setRow(r, [
      { kind: "text", text: f.label },
      fieldCell(f, value),
      f.unit ? { kind: "text", text: f.unit } : null,
      { kind: "text", text: f.key },
    ]);
    const val = validationOf(f);
    if (val) sheet.validate(`B${r}`, val.v, val.message);
  });
}

function writePaths(sheet: SheetBuilder, spec: PathSheet, dataset: Dataset | null): void {
  sheet.setColumnWidths([44, 30, 90]);
  sheet.setRow(
    1,
    ["路径（勿改格式）", "说明", "内容"].map((text) => ({ kind: "text" as const, text })),
    { header: true },
  );
  sheet.freeze(1);
  if (!dataset) return;
  const pairs = spec.prefixes.flatMap((p) => flattenStrings(dataset, p));
  pairs.forEach(([path, value], i) => {
    sheet.setRow(i + 2, [
      { kind: "text", text: path },
      { kind: "text", text: pathLabel(path) },
      value === null
        ? { kind: "text", text: NULL_VALUE }
        : typeof value === "number"
          ? { kind: "number", value }
          : typeof value === "boolean"
            ? { kind: "text", text: value ? "TRUE" : "FALSE" }
            : value === ""
              ? null
              : { kind: "text", text: value, wrap: true },
    ]);
  });
}

/**
 * Write one 基础数据表 sheet (empty when `dataset` is null: the template).
 * @example writeSpecSheet(wb, SHEET_SPECS[0], taojiang) // 部门信息
 */
export function writeSpecSheet(
  wb: WorkbookBuilder,
  spec: SheetSpec,
  dataset: Dataset | null,
): void {
  const sheet = wb.addSheet(spec.name);
  if (spec.kind === "table") writeTable(sheet, spec, dataset);
  else if (spec.kind === "keyValue") writeKeyValue(sheet, spec, dataset);
  else writePaths(sheet, spec, dataset);
}

const GUIDE_RULES = [
  "金额一律以元为单位，不小于0，最多两位小数；可带千分位（1,234.56），可用全角数字；不要写“万元”或“12万”。",
  "空白表示“未提供”，不是0；“-”也视为空白。确为0的金额请填0。",
  "带“（自动计算）”的列和“合计（自动计算）”行由公式计算，导入时忽略。",
  "下拉列表中的中文名称对应数据中的固定代码（如“全额拨款”→ full）。",
  "“字段（勿改）”列和“路径”列供导入定位，请勿修改其格式；路径表中一行一段文字，内容为 [] 表示空列表、（空）表示未提供，数字单元格（如年度）读作数字，文字单元格读作文字。",
  "导入时逐格核对，任何一格有误都会列出“工作表!单元格: 原因”，全部无误才生成数据集。",
];

/**
 * Write the 说明 sheet: what each sheet holds and the input rules.
 * @example writeGuide(wb, "桃江县自然资源局2020年度部门整体支出绩效评价 基础数据表")
 */
export function writeGuide(wb: WorkbookBuilder, title: string): void {
  const sheet = wb.addSheet(SHEET.guide);
  sheet.setColumnWidths([18, 100]);
  sheet.setRow(1, [{ kind: "text", text: title, bold: true }, null]);
  let r = 3;
  sheet.setRow(r++, [{ kind: "text", text: "填写规则", bold: true }, null]);
  GUIDE_RULES.forEach((rule, i) => {
    sheet.setRow(r++, [
      { kind: "text", text: `${i + 1}` },
      { kind: "text", text: rule, wrap: true },
    ]);
  });
  r++;
  sheet.setRow(r++, [
    { kind: "text", text: "工作表", bold: true },
    { kind: "text", text: "内容", bold: true },
  ]);
  for (const spec of SHEET_SPECS)
    sheet.setRow(r++, [
      { kind: "text", text: spec.name },
      { kind: "text", text: spec.description, wrap: true },
    ]);
  r++;
  sheet.setRow(r++, [
    { kind: "text", text: "路径表可用路径", bold: true },
    {
      kind: "text",
      text: "每个列表的第一项写 [0]，其后依次 [1]、[2] …；每段文字一行。",
      wrap: true,
    },
  ]);
  for (const spec of SHEET_SPECS) {
    if (spec.kind !== "paths") continue;
    for (const prefix of spec.prefixes)
      for (const [path, label] of describedPatterns(prefix))
        sheet.setRow(r++, [
          { kind: "text", text: spec.name },
          { kind: "text", text: `${path}　${label}` },
        ]);
  }
}

/**
 * Write the whole 基础数据表 into `wb`: the 说明 sheet, then one sheet per data block. With
 * `dataset` null the sheets are empty (the template); otherwise every field of the dataset is
 * written, so that importing the result gives the same dataset back.
 * @example writeBasicDataSheets(createWorkbook(), taojiang) // 说明, 部门信息 … 已述数字
 */
export function writeBasicDataSheets(wb: WorkbookBuilder, dataset: Dataset | null): void {
  const title = dataset
    ? `${dataset.department.name}${dataset.department.fiscalYear}年度部门整体支出绩效评价 基础数据表`
    : "部门整体支出绩效评价 基础数据表（空白模板）";
  writeGuide(wb, title);
  for (const spec of SHEET_SPECS) writeSpecSheet(wb, spec, dataset);
}
