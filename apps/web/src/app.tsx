import { type Evaluation, evaluate } from "@jixiao/core";
import { type Dataset, type InputIssue, safeParseDataset } from "@jixiao/core/schema";
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from "@tanstack/react-table";
import { type ChangeEvent, useEffect, useMemo, useState } from "react";
import { parseDatasetFile } from "./dataset-file.ts";
import { compareRowValues, type IndicatorRow, indicatorRow } from "./rows.ts";

const column = createColumnHelper<IndicatorRow>();

const columns = [
  column.accessor("key", { header: "代码" }),
  column.accessor("name", { header: "名称" }),
  column.accessor((row) => row.exact ?? undefined, {
    id: "value",
    header: "值",
    cell: (cell) => cell.row.original.value,
    // Exact values, never the rounded text; rows without a value stay last in both directions.
    sortingFn: (a, b) => compareRowValues(a.original, b.original),
    sortUndefined: "last",
  }),
  column.accessor("unit", { header: "单位" }),
  column.accessor("formula", { header: "公式", enableSorting: false }),
];

function sortMark(sorted: false | "asc" | "desc"): string {
  return sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : "";
}

function ariaSort(sorted: false | "asc" | "desc"): "ascending" | "descending" | "none" {
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
}

/** Where the dataset on screen came from and what evaluating it gave. */
interface Loaded {
  source: string;
  evaluation: Evaluation;
}

function evaluateDataset(dataset: Dataset, source: string): Loaded {
  return { source, evaluation: evaluate(dataset) };
}

/**
 * The embedded Taojiang 2020 example, validated and evaluated in the browser. Loaded as its own
 * chunk, so the page shell does not wait for the 230 kB dataset.
 */
async function loadExample(): Promise<{ loaded: Loaded | null; issues: InputIssue[] }> {
  const { taojiang2020 } = await import("@jixiao/examples");
  const parsed = safeParseDataset(taojiang2020);
  return parsed.ok
    ? {
        loaded: evaluateDataset(parsed.dataset, "内置示例 taojiang-natural-resources-2020"),
        issues: [],
      }
    : { loaded: null, issues: parsed.issues };
}

/**
 * The jixiao web app: evaluates a dataset in the browser with @jixiao/core and shows every
 * indicator in a sortable table (代码/名称/值/单位/公式). Another dataset JSON can be loaded from
 * a file; it is validated by the core zod schema and its problems are listed with their paths.
 */
export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [issues, setIssues] = useState<InputIssue[]>([]);
  const [fileName, setFileName] = useState<string | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);

  useEffect(() => {
    let current = true;
    void loadExample().then((example) => {
      // A file the user chose while the example was loading wins.
      if (!current) return;
      setLoaded((shown) => shown ?? example.loaded);
      setIssues((shown) => (shown.length > 0 ? shown : example.issues));
    });
    return () => {
      current = false;
    };
  }, []);

  const rows = useMemo(() => loaded?.evaluation.indicators.map(indicatorRow) ?? [], [loaded]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    const parsed = parseDatasetFile(await file.text());
    if (parsed.ok) {
      setLoaded(evaluateDataset(parsed.dataset, file.name));
      setIssues([]);
    } else setIssues(parsed.issues);
  }

  const department = loaded?.evaluation.department;
  return (
    <main>
      <h1>
        {department
          ? `${department.name} ${department.fiscalYear}年度 部门整体支出绩效评价`
          : "jixiao 绩效"}
      </h1>
      <p className="muted">
        {loaded
          ? `数据来源：${loaded.source} · 绩效指标 ${rows.length} 项 · 勾稽校验发现 ${loaded.evaluation.findings.length} 项`
          : "正在载入内置示例… / loading the embedded example…"}
      </p>
      <label>
        载入数据集 JSON / load a dataset:{" "}
        <input type="file" accept=".json,application/json" onChange={onFile} />
      </label>
      {issues.length > 0 && (
        <div className="issues" role="alert">
          <p>
            {fileName ?? "数据集"} 无效，共 {issues.length} 处问题 / invalid dataset:
          </p>
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                <code>{issue.path || "(根 / root)"}</code>：{issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <table>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} aria-sort={ariaSort(header.column.getIsSorted())}>
                  {header.column.getCanSort() ? (
                    <button type="button" onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {sortMark(header.column.getIsSorted())}
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  className={
                    cell.column.id === "value"
                      ? "value"
                      : cell.column.id === "key"
                        ? "code"
                        : undefined
                  }
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
