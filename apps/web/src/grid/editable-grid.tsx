import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import type { Severity } from "@jixiao/core";
import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { Button, Typography } from "antd";
import {
  type ClipboardEvent,
  type KeyboardEvent,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { type AmountUnit, editText, formatCellValue, parseCellInput } from "./cell-value.ts";
import { parseClipboardTable } from "./clean-paste.ts";
import {
  addRow,
  type GridCell,
  type GridModel,
  type GridRow,
  gridTotals,
  pasteBlock,
  rebuild,
  removeRow,
  setCell,
} from "./grid-model.ts";
import { pathText } from "./paths.ts";

/** A request to select a cell (from a finding or issue in the side panel); `nonce` repeats a jump. */
export interface FocusRequest {
  gridId: string;
  row: number;
  col: number;
  nonce: number;
}

export interface EditableGridProps {
  grid: GridModel;
  /** Schema issues by JSON path (core's zod messages, Chinese part). */
  issues: ReadonlyMap<string, readonly string[]>;
  /** Findings by JSON path: the most severe one marks the cell. */
  marks: ReadonlyMap<string, { severity: Severity; title: string }>;
  unit: AmountUnit;
  readOnly: boolean;
  focus: FocusRequest | null;
  /** Apply an edit to the current draft (one undo step). */
  onEdit: (apply: (draft: unknown) => unknown) => void;
}

interface Position {
  row: number;
  col: number;
}

/** Columns of a row that hold values (label cells of a key-value grid are skipped). */
function valueCols(row: GridRow | undefined): number[] {
  return (row?.cells ?? []).flatMap((c, i) => (c.kind === "value" ? [i] : []));
}

/**
 * A spreadsheet-like grid over one 基础数据表 sheet (@tanstack/react-table): click or arrow to a
 * cell, type to replace it, Enter/F2 or double-click to edit, Enter/Tab to commit and move,
 * Esc to cancel, Delete to clear. A block copied from Excel or WPS pastes from the selected cell
 * (rows are added as needed). Amounts are right-aligned with thousands separators in 元 or 万元;
 * a 合计 row sums the amount columns; every cell the schema refuses is marked and explained in
 * place; cells named by a 勾稽校验 finding are flagged by severity.
 */
export function EditableGrid(props: EditableGridProps) {
  const { grid, issues, marks, unit, readOnly, focus, onEdit } = props;
  const [selected, setSelected] = useState<Position | null>(null);
  const [editing, setEditingState] = useState<(Position & { text: string }) | null>(null);
  // The editor closes once: Enter commits and unmounts the input, whose blur must not commit again.
  const editingRef = useRef<(Position & { text: string }) | null>(null);
  const setEditing = (next: (Position & { text: string }) | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const wrapper = useRef<HTMLDivElement>(null);
  // Keys, IME input and paste go to a hidden text box beside the selected cell, so Chinese input
  // methods and the clipboard work as in a spreadsheet.
  const keys = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const focusKeys = () => keys.current?.focus({ preventScroll: true });
  const totals = useMemo(() => gridTotals(grid, unit), [grid, unit]);
  const isTable = grid.kind === "table";

  // Each jump is handled once: later edits rebuild the grid but must not move the selection back.
  const handledJump = useRef(0);
  useEffect(() => {
    if (!focus || focus.gridId !== grid.id || focus.nonce === handledJump.current) return;
    handledJump.current = focus.nonce;
    setSelected({ row: focus.row, col: firstValueCol(grid, focus.row, focus.col) });
    setEditing(null);
    const cell = wrapper.current?.querySelector(`[data-pos="${focus.row}:${focus.col}"]`);
    cell?.scrollIntoView({ block: "center", inline: "nearest" });
    keys.current?.focus({ preventScroll: true });
  }, [focus, grid]);

  const cellAt = (p: Position): GridCell | undefined => grid.rows[p.row]?.cells[p.col];

  function commitText(p: Position, text: string) {
    const cell = cellAt(p);
    if (cell?.kind !== "value") return;
    const value = parseCellInput(cell.field.type, text, unit);
    if (JSON.stringify(value) === JSON.stringify(cell.value ?? null)) return;
    onEdit((draft) => setCell(draft, rebuild(grid, draft), cell.path, value));
  }

  function move(p: Position, dRow: number, dCol: number): Position {
    const row = Math.min(Math.max(p.row + dRow, 0), Math.max(grid.rows.length - 1, 0));
    const cols = valueCols(grid.rows[row]);
    if (cols.length === 0) return p;
    const at = cols.indexOf(p.col);
    const next = at === -1 ? 0 : Math.min(Math.max(at + dCol, 0), cols.length - 1);
    return { row, col: cols[next] ?? p.col };
  }

  function startEdit(p: Position, text?: string) {
    const cell = cellAt(p);
    if (readOnly || cell?.kind !== "value") return;
    setEditing({ ...p, text: text ?? editText(cell.field.type, cell.value, unit) });
  }

  function finishEdit(commit: boolean, then?: Position) {
    const open = editingRef.current;
    if (!open) return;
    if (commit) commitText(open, open.text);
    setEditing(null);
    if (then) setSelected(then);
    requestAnimationFrame(focusKeys);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (editing || !selected) return;
    const key = event.key;
    const go = (dRow: number, dCol: number) => {
      event.preventDefault();
      setSelected(move(selected, dRow, dCol));
    };
    if (key === "ArrowDown") return go(1, 0);
    if (key === "ArrowUp") return go(-1, 0);
    if (key === "ArrowRight") return go(0, 1);
    if (key === "ArrowLeft") return go(0, -1);
    if (key === "Tab") return go(0, event.shiftKey ? -1 : 1);
    if (key === "Enter" || key === "F2") {
      event.preventDefault();
      return startEdit(selected);
    }
    if ((key === "Delete" || key === "Backspace") && !readOnly) {
      event.preventDefault();
      return commitText(selected, "");
    }
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const text = event.clipboardData.getData("text/plain");
    if (readOnly || !selected || text === "") return;
    if (editing && !/[\t\n\r]/.test(text)) return;
    event.preventDefault();
    setEditing(null);
    const block = parseClipboardTable(text);
    const at = selected;
    onEdit((draft) => pasteBlock(draft, rebuild(grid, draft), at, block, unit).draft);
  }

  const columns = useMemo<ColumnDef<GridRow>[]>(
    () =>
      grid.columns.map((column, c) => ({
        id: column.id,
        header: () => (
          <span>
            {column.header}
            {column.field?.type.t === "amount"
              ? `（${unit}）`
              : column.unit
                ? `（${column.unit}）`
                : ""}
          </span>
        ),
        accessorFn: (row: GridRow) => row.cells[c],
        size: column.width,
      })),
    [grid.columns, unit],
  );
  const table = useReactTable({ data: grid.rows, columns, getCoreRowModel: getCoreRowModel() });

  return (
    <section className="grid-section" aria-label={grid.title}>
      <div className="grid-title">
        <Typography.Text strong>{grid.title}</Typography.Text>
        <Typography.Text type="secondary" className="grid-description">
          {grid.description}
        </Typography.Text>
      </div>
      <div ref={wrapper} className="grid-wrapper" data-grid={grid.id}>
        <textarea
          ref={keys}
          className="grid-keys"
          aria-label={`${grid.title}：选中单元格后直接输入，或粘贴从 Excel/WPS 复制的区域`}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onInput={(event) => {
            if (composing.current) return;
            const text = event.currentTarget.value;
            event.currentTarget.value = "";
            if (text !== "" && selected) startEdit(selected, text);
          }}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={(event) => {
            composing.current = false;
            event.currentTarget.value = "";
            if (event.data && selected) startEdit(selected, event.data);
          }}
        />
        <table className="edit-grid">
          <colgroup>
            {isTable && <col style={{ width: 56 }} />}
            {grid.columns.map((c) => (
              <col key={c.id} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {isTable && <th className="row-head">#</th>}
                {group.headers.map((header, c) => (
                  <th key={header.id} className={grid.columns[c]?.numeric ? "num" : undefined}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row, r) => {
              const rowIssues = row.original.path
                ? issues.get(pathText(row.original.path))
                : undefined;
              return (
                <tr key={row.id}>
                  {isTable && (
                    <td className="row-head" title={rowIssues?.join("；")}>
                      <span className={rowIssues ? "row-number invalid" : "row-number"}>
                        {r + 1}
                      </span>
                      {!readOnly && (
                        <Button
                          size="small"
                          type="text"
                          className="row-delete"
                          aria-label={`删除第${r + 1}行`}
                          icon={<DeleteOutlined />}
                          onClick={() =>
                            onEdit((draft) => removeRow(draft, rebuild(grid, draft), r))
                          }
                        />
                      )}
                    </td>
                  )}
                  {row.getVisibleCells().map((cell, c) => {
                    const data = cell.getValue() as GridCell | undefined;
                    const pos = { row: r, col: c };
                    const isSelected = selected?.row === r && selected.col === c;
                    const isEditing = editing?.row === r && editing.col === c;
                    const column = grid.columns[c];
                    if (!data || data.kind === "label")
                      return (
                        <td key={cell.id} className="label-cell">
                          {data?.text}
                        </td>
                      );
                    const key = pathText(data.path);
                    const cellIssues = issues.get(key);
                    const mark = marks.get(key);
                    const numeric =
                      data.field.type.t === "amount" ||
                      data.field.type.t === "quantity" ||
                      data.field.type.t === "count";
                    const classes = [
                      "value-cell",
                      numeric ? "num" : "",
                      isSelected ? "selected" : "",
                      cellIssues ? "invalid" : "",
                      mark ? `mark-${mark.severity}` : "",
                      column?.field === undefined && grid.kind === "keyValue" ? "kv" : "",
                    ].join(" ");
                    return (
                      <td
                        key={cell.id}
                        className={classes}
                        data-pos={`${r}:${c}`}
                        data-path={key}
                        title={mark ? `勾稽校验：${mark.title}` : undefined}
                        onMouseDown={(event) => {
                          if (isEditing) return;
                          event.preventDefault();
                          if (editing) finishEdit(true);
                          setSelected(pos);
                          focusKeys();
                        }}
                        onDoubleClick={() => startEdit(pos)}
                      >
                        {isEditing && editing ? (
                          <CellEditor
                            cell={data}
                            text={editing.text}
                            numeric={numeric}
                            onChange={(text) => setEditing({ ...editing, text })}
                            onDone={(commit, dRow, dCol) =>
                              finishEdit(commit, commit ? move(pos, dRow, dCol) : pos)
                            }
                            onCommitValue={(text) => {
                              commitText(pos, text);
                              setEditing(null);
                              requestAnimationFrame(focusKeys);
                            }}
                          />
                        ) : (
                          <span className="cell-text">
                            {formatCellValue(data.field.type, data.value, unit)}
                          </span>
                        )}
                        {cellIssues && !isEditing && (
                          <span className="cell-issue" role="note">
                            {cellIssues.join("；")}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          {grid.totals && (
            <tfoot>
              <tr>
                <td className="row-head">合计</td>
                {grid.columns.map((column) => {
                  const total = totals[column.id];
                  return (
                    <td
                      key={column.id}
                      className={total ? `num total${total.invalid ? " invalid" : ""}` : "total"}
                      data-total={column.id}
                      title={total?.invalid ? "本列有无效金额，合计暂不计算" : undefined}
                    >
                      {total?.text ?? ""}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {isTable && !readOnly && (
        <Button
          size="small"
          icon={<PlusOutlined />}
          className="add-row"
          onClick={() => onEdit((draft) => addRow(draft, rebuild(grid, draft)))}
        >
          添加行
        </Button>
      )}
    </section>
  );
}

/** The first value column of a row at or after `col` (key-value grids edit column 1). */
function firstValueCol(grid: GridModel, row: number, col: number): number {
  const cols = valueCols(grid.rows[row]);
  return cols.find((c) => c >= col) ?? cols[0] ?? col;
}

interface CellEditorProps {
  cell: Extract<GridCell, { kind: "value" }>;
  text: string;
  numeric: boolean;
  onChange: (text: string) => void;
  onDone: (commit: boolean, dRow: number, dCol: number) => void;
  onCommitValue: (text: string) => void;
}

/** The in-cell editor: a text box, or a drop-down for 选项 and 是/否 cells. */
function CellEditor({ cell, text, numeric, onChange, onDone, onCommitValue }: CellEditorProps) {
  const type = cell.field.type;
  if (type.t === "option" || type.t === "bool") {
    const options =
      type.t === "bool"
        ? [
            { value: "是", name: "是" },
            { value: "否", name: "否" },
          ]
        : type.options.map((o) => ({ value: o.name, name: o.name }));
    return (
      <select
        className="cell-input"
        // biome-ignore lint/a11y/noAutofocus: the editor opens where the user is typing
        autoFocus
        value={text}
        onChange={(e) => onCommitValue(e.target.value)}
        onBlur={() => onDone(false, 0, 0)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone(false, 0, 0);
        }}
      >
        <option value="">（空）</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.name}
          </option>
        ))}
        {text !== "" && !options.some((o) => o.value === text) && (
          <option value={text}>{text}</option>
        )}
      </select>
    );
  }
  return (
    <input
      className={numeric ? "cell-input num" : "cell-input"}
      // biome-ignore lint/a11y/noAutofocus: the editor opens where the user is typing
      autoFocus
      value={text}
      aria-label={cell.field.label}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => onDone(true, 0, 0)}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          onDone(true, 1, 0);
        } else if (e.key === "Tab") {
          e.preventDefault();
          onDone(true, 0, e.shiftKey ? -1 : 1);
        } else if (e.key === "Escape") {
          e.preventDefault();
          onDone(false, 0, 0);
        }
      }}
    />
  );
}
