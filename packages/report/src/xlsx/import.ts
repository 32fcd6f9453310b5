import {
  type Dataset,
  Dataset as DatasetSchema,
  formatPath,
  PARSE_OPTIONS,
} from "@jixiao/core/schema";
import {
  type CellProblem,
  isBlankCell,
  type Parsed,
  readAmount,
  readBool,
  readCount,
  readDate,
  readOption,
  readQuantity,
  readText,
} from "./cell-parse.ts";
import { EMPTY_LIST, getPath, NULL_VALUE, parsePath, setPath } from "./paths.ts";
import {
  type Field,
  type KeyValueSheet,
  type PathSheet,
  SHEET_SPECS,
  type TableSheet,
} from "./sheet-specs.ts";
import { type CellRead, readWorkbook, type SheetReader } from "./workbook.ts";
import { TOTAL_LABEL, tableInputHeaders } from "./write-sheets.ts";

/** One problem found while importing: where (sheet and cell) and why, in Chinese and English. */
export interface ImportProblem {
  sheet: string;
  /** A1 address; null when the problem concerns the whole sheet. */
  cell: string | null;
  /** The dataset path the cell feeds, when known, e.g. "projects[3].budget". */
  path: string | null;
  /** "支出!C7: '12万' 不是以元为单位的金额 / is not an amount in 元". */
  message: string;
}

export type ImportResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: ImportProblem[] };

/** Thrown by callers that want an exception; carries every problem. */
export class BasicDataImportError extends Error {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem[], source?: string) {
    super(
      `${source ? `${source}: ` : ""}基础数据表有 ${problems.length} 处错误，未生成数据集 / the workbook has ${problems.length} problem(s); nothing was written:\n${problems.map((p) => `  ${p.message}`).join("\n")}`,
    );
    this.name = "BasicDataImportError";
    this.problems = problems;
  }
}

/** The reason given for a blank cell the dataset requires. */
const BLANK_REQUIRED = "必填项为空 / required cell is empty";

interface Location {
  sheet: string;
  cell: string | null;
  blank: boolean;
}

class Collector {
  readonly root: Record<string, unknown> = {};
  readonly where = new Map<string, Location>();
  readonly problems: ImportProblem[] = [];
  /** Dataset paths already reported by the cell pass: zod issues at or under them are dropped. */
  readonly reported = new Set<string>();

  problem(sheet: string, cell: string | null, path: string | null, p: CellProblem): void {
    const at = cell ? `${sheet}!${cell}` : sheet;
    this.problems.push({ sheet, cell, path, message: `${at}: ${p.zh} / ${p.en}` });
    if (path !== null) this.reported.add(path);
  }

  /** Mark paths as reported without a problem of their own (a sheet whose data was not read). */
  cover(paths: readonly string[]): void {
    for (const p of paths) this.reported.add(p);
  }

  /**
   * True when `path` is, or lies under, a path the cell pass already reported; or, for a
   * `missing` object, when it holds one (the object is absent because its cells were not read).
   */
  covers(path: string, missing: boolean): boolean {
    const under = (a: string, b: string) => a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
    for (const p of this.reported)
      if (path === p || p === "" || under(path, p) || (missing && under(p, path))) return true;
    return false;
  }

  locate(path: string, loc: Location): void {
    this.where.set(path, loc);
  }

  /** The recorded location of the longest prefix of `path`. */
  find(path: readonly PropertyKey[]): { loc: Location | null; exact: boolean } {
    for (let n = path.length; n >= 0; n--) {
      const loc = this.where.get(formatPath(path.slice(0, n)));
      if (loc) return { loc, exact: n === path.length };
    }
    return { loc: null, exact: false };
  }
}

function readField(cell: CellRead, field: Field): Parsed<unknown> {
  const t = field.type;
  switch (t.t) {
    case "text":
      return readText(cell, t.required ? "" : null);
    case "amount":
      return readAmount(cell);
    case "quantity":
      return readQuantity(cell, t.signed);
    case "count":
      return readCount(cell);
    case "date":
      return readDate(cell);
    case "id": {
      const r = readText(cell, null);
      return r.ok && typeof r.value === "string" ? { ok: true, value: r.value.trim() } : r;
    }
    case "option":
      return readOption(cell, t.options);
    case "bool":
      return readBool(cell);
    case "list": {
      const r = readText(cell, null);
      if (!r.ok) return r;
      return { ok: true, value: r.value === null ? [] : r.value.split(/\r?\n/) };
    }
  }
}

/** Keys of optional (nullish) groups whose every field is blank: the group is left out. */
function omittedKeys(
  fields: readonly Field[],
  blank: (f: Field) => boolean,
  groups: readonly string[],
): Set<string> {
  const omitted = new Set<string>();
  for (const p of groups) {
    const members = fields.filter((f) => f.key.startsWith(`${p}.`));
    if (members.every(blank)) for (const m of members) omitted.add(m.key);
  }
  return omitted;
}

function mergeProblem(cell: CellRead, column: number): CellProblem | null {
  if (!cell.mergedFrom) return null;
  const masterCol = /^([A-Z]+)/.exec(cell.mergedFrom)?.[1];
  const thisCol = /^([A-Z]+)/.exec(cell.address)?.[1];
  if (masterCol === thisCol) return null;
  void column;
  return {
    zh: `合并单元格跨越多列（起于${cell.mergedFrom}），无法判断归属`,
    en: `is merged across columns (from ${cell.mergedFrom}); which field it belongs to is ambiguous`,
  };
}

function textOf(cell: CellRead): string {
  return typeof cell.value === "string"
    ? cell.value.trim()
    : cell.value === null
      ? ""
      : String(cell.value);
}

/** The dataset arrays a table sheet fills (one per 口径 when rows are routed). */
function tablePaths(spec: TableSheet): string[] {
  return spec.route ? spec.route.options.map((o) => o.value) : [spec.path];
}

/** Every dataset path a sheet fills. */
function sheetPaths(spec: (typeof SHEET_SPECS)[number]): string[] {
  if (spec.kind === "table") return tablePaths(spec);
  if (spec.kind === "keyValue") return spec.fields.map((f) => f.key);
  return [...spec.prefixes];
}

function importTable(c: Collector, sheet: SheetReader, spec: TableSheet): void {
  const headers = tableInputHeaders(spec);
  let headerOk = true;
  headers.forEach((h, i) => {
    const cell = sheet.cell(1, i + 1);
    if (textOf(cell) !== h) {
      headerOk = false;
      c.problem(spec.name, cell.address, null, {
        zh: `表头应为“${h}”，实为“${textOf(cell)}”（请勿增删或移动列）`,
        en: `header should be '${h}' (do not insert, delete or move columns)`,
      });
    }
  });
  if (!headerOk) {
    c.cover(tablePaths(spec));
    return;
  }
  const offset = spec.route ? 1 : 0;
  // An empty table is an empty list (some lists, such as budgetUnits.groups, are required).
  for (const p of tablePaths(spec)) if (getPath(c.root, p) === undefined) setPath(c.root, p, []);
  const counters = new Map<string, number>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const first = sheet.cell(r, 1);
    if (textOf(first) === TOTAL_LABEL) continue;
    const cells = spec.fields.map((_, i) => sheet.cell(r, offset + i + 1));
    const routeCell = spec.route ? first : null;
    if (cells.every(isBlankCell) && (!routeCell || isBlankCell(routeCell))) continue;
    let arrayPath = spec.path;
    if (spec.route && routeCell) {
      const route = readOption(routeCell, spec.route.options);
      if (!route.ok || route.value === null) {
        c.problem(
          spec.name,
          routeCell.address,
          null,
          route.ok ? { zh: "必填项为空", en: "a required cell is empty" } : route.problem,
        );
        continue;
      }
      arrayPath = route.value;
    }
    const index = counters.get(arrayPath) ?? 0;
    counters.set(arrayPath, index + 1);
    const rowPath = `${arrayPath}[${index}]`;
    c.locate(rowPath, { sheet: spec.name, cell: first.address, blank: false });
    const blankOf = new Map(spec.fields.map((f, i) => [f, isBlankCell(cells[i] as CellRead)]));
    const omitted = omittedKeys(
      spec.fields,
      (f) => blankOf.get(f) ?? true,
      spec.optionalGroups ?? [],
    );
    const row: Record<string, unknown> = {};
    for (const [i, f] of spec.fields.entries()) {
      const cell = cells[i] as CellRead;
      const path = `${rowPath}.${f.key}`;
      c.locate(path, { sheet: spec.name, cell: cell.address, blank: blankOf.get(f) ?? true });
      const merged = mergeProblem(cell, offset + i + 1);
      if (merged) {
        c.problem(spec.name, cell.address, path, merged);
        continue;
      }
      if (omitted.has(f.key)) continue;
      const v = readField(cell, f);
      if (!v.ok) {
        c.problem(spec.name, cell.address, path, v.problem);
        continue;
      }
      setPath(row, f.key, v.value);
    }
    setPath(c.root, rowPath, row);
  }
}

function importKeyValue(c: Collector, sheet: SheetReader, spec: KeyValueSheet): void {
  const byKey = new Map(spec.fields.map((f) => [f.key, f]));
  const cells = new Map<Field, CellRead>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const keyCell = sheet.cell(r, 4);
    const key = textOf(keyCell);
    if (key === "") continue;
    const field = byKey.get(key);
    if (!field) {
      c.problem(spec.name, keyCell.address, null, {
        zh: `未知字段“${key}”`,
        en: `unknown field '${key}'`,
      });
      continue;
    }
    if (cells.has(field)) {
      c.problem(spec.name, keyCell.address, key, {
        zh: `字段“${key}”重复`,
        en: `field '${key}' appears twice`,
      });
      continue;
    }
    cells.set(field, sheet.cell(r, 2));
  }
  const blank = (f: Field) => {
    const cell = cells.get(f);
    return !cell || isBlankCell(cell);
  };
  const omitted = omittedKeys(spec.fields, blank, spec.optionalGroups);
  for (const f of spec.fields) {
    const cell = cells.get(f);
    if (!cell) continue;
    c.locate(f.key, { sheet: spec.name, cell: cell.address, blank: blank(f) });
    if (omitted.has(f.key)) continue;
    const v = readField(cell, f);
    if (!v.ok) c.problem(spec.name, cell.address, f.key, v.problem);
    else setPath(c.root, f.key, v.value);
  }
}

function checkDense(c: Collector, value: unknown, path: string, sheet: string): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value))
        c.problem(sheet, null, `${path}[${i}]`, {
          zh: `缺少路径 ${path}[${i}]（序号须从0连续编号）`,
          en: `path ${path}[${i}] is missing (indexes must run from 0 without gaps)`,
        });
      else checkDense(c, value[i], `${path}[${i}]`, sheet);
    }
  } else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) checkDense(c, v, `${path}.${k}`, sheet);
}

function importPaths(c: Collector, sheet: SheetReader, spec: PathSheet): void {
  const seen = new Set<string>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const pathCell = sheet.cell(r, 1);
    const path = textOf(pathCell);
    if (path === "") continue;
    const segs = parsePath(path);
    const owned =
      segs !== null &&
      spec.prefixes.some((p) => {
        const ps = parsePath(p) ?? [];
        return ps.every((s, i) => segs[i] === s);
      });
    if (!owned) {
      c.problem(spec.name, pathCell.address, null, {
        zh: `路径“${path}”格式不对或不属于本表（应以 ${spec.prefixes.join(" 或 ")} 开头）`,
        en: `path '${path}' is malformed or belongs elsewhere (must start with ${spec.prefixes.join(" or ")})`,
      });
      continue;
    }
    if (seen.has(path)) {
      c.problem(spec.name, pathCell.address, path, {
        zh: `路径“${path}”重复`,
        en: `path '${path}' appears twice`,
      });
      continue;
    }
    seen.add(path);
    const cell = sheet.cell(r, 3);
    c.locate(path, { sheet: spec.name, cell: cell.address, blank: isBlankCell(cell) });
    // A number cell is a JSON number (e.g. a fiscal year), a boolean cell a boolean, text text.
    if (typeof cell.value === "number" || typeof cell.value === "boolean") {
      setPath(c.root, path, cell.value);
      continue;
    }
    const v = readText(cell, "");
    if (!v.ok) {
      c.problem(spec.name, cell.address, path, v.problem);
      continue;
    }
    setPath(c.root, path, v.value === EMPTY_LIST ? [] : v.value === NULL_VALUE ? null : v.value);
  }
  for (const p of spec.prefixes) checkDense(c, getPath(c.root, p), p, spec.name);
}

/**
 * Read a filled 基础数据表 workbook back into a Dataset.
 *
 * Every cell is checked; every wrong cell is reported by sheet, cell address and reason
 * (Chinese / English), and nothing is returned unless all cells are valid. The object assembled
 * from the good cells (bad cells left out) is always validated with the core zod `Dataset` too,
 * each zod issue's path mapped back to the cell it came from, and issues at or under a path the
 * cell pass already reported dropped: one run lists every problem (an impossible date, an empty
 * required cell) alongside the wrongly typed cells. A blank required cell reads
 * "必填项为空 / required cell is empty". Accepted where unambiguous: merged cells within one column, numbers stored
 * as text, thousands separators, full-width digits (０-９，．), surrounding spaces; a number cell
 * becomes an exact decimal string (see `numberToDecimalString`). Blank means missing (null).
 * @example const r = await importBasicData(bytes); if (!r.ok) r.problems[0].message // "支出!C7: '12万' 不是以元为单位的金额 / is not an amount in 元"
 */
export async function importBasicData(bytes: Uint8Array): Promise<ImportResult> {
  let wb: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    wb = await readWorkbook(bytes);
  } catch (e) {
    return {
      ok: false,
      problems: [
        { sheet: "", cell: null, path: null, message: e instanceof Error ? e.message : String(e) },
      ],
    };
  }
  const c = new Collector();
  for (const spec of SHEET_SPECS) {
    const loc = { sheet: spec.name, cell: null, blank: false };
    if (spec.kind === "table") {
      if (spec.route) for (const o of spec.route.options) c.locate(o.value, loc);
      else c.locate(spec.path, loc);
    } else if (spec.kind === "keyValue") {
      for (const f of spec.fields) {
        c.locate(f.key, loc);
        const top = f.key.split(".")[0] as string;
        if (!c.where.has(top)) c.locate(top, loc);
      }
    } else for (const p of spec.prefixes) c.locate(p, loc);
  }
  for (const spec of SHEET_SPECS) {
    const sheet = wb.sheet(spec.name);
    if (!sheet) {
      c.problem(spec.name, null, null, { zh: "缺少工作表", en: "the sheet is missing" });
      c.cover(sheetPaths(spec));
      continue;
    }
    if (spec.kind === "table") importTable(c, sheet, spec);
    else if (spec.kind === "keyValue") importKeyValue(c, sheet, spec);
    else importPaths(c, sheet, spec);
  }
  // The zod pass always runs, on the object assembled without the bad cells, so one run lists
  // every problem: its issues at paths the cell pass already reported are dropped.
  const parsed = DatasetSchema.safeParse(c.root, PARSE_OPTIONS);
  if (parsed.success && c.problems.length === 0) return { ok: true, dataset: parsed.data };
  const issues = parsed.success ? [] : parsed.error.issues;
  const problems = issues
    .filter((issue) => {
      const missing = issue.code === "invalid_type" && issue.input === undefined;
      return !c.covers(formatPath(issue.path), missing);
    })
    .map((issue) => issueProblem(c, issue));
  return { ok: false, problems: [...c.problems, ...problems] };
}

/** One zod issue of `Dataset` (zod is core's dependency, so its type is taken from the schema). */
type DatasetIssue = NonNullable<
  ReturnType<typeof DatasetSchema.safeParse>["error"]
>["issues"][number];

/** A zod issue of the assembled dataset as a problem at the cell its path came from. */
function issueProblem(c: Collector, issue: DatasetIssue): ImportProblem {
  const path = formatPath(issue.path);
  const { loc, exact } = c.find(issue.path);
  const sheet = loc?.sheet ?? "";
  const cell = loc?.cell ?? null;
  // Any issue at a blank cell means the dataset needs a value there (an optional blank is null
  // and passes), so it reads as a required empty cell, not as zod's "expected a number".
  const reason =
    exact && loc?.blank
      ? BLANK_REQUIRED
      : issue.code === "invalid_type" && issue.input === undefined
        ? "缺少必填字段 / required field is missing"
        : issue.message;
  const at = cell ? `${sheet}!${cell}` : sheet || "(工作簿)";
  return { sheet, cell, path, message: `${at}: ${reason}（${path}）` };
}
