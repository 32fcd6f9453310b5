import type { Block, HeaderCell, SectionBlock, TableBlock } from "./types.ts";

/**
 * Visit every block of a report depth-first, in reading order, with its enclosing sections.
 * @example walkBlocks(model.blocks, (b) => { if (b.kind === "table") tables.push(b); })
 */
export function walkBlocks(
  blocks: readonly Block[],
  visit: (block: Block, parents: readonly SectionBlock[]) => void,
  parents: readonly SectionBlock[] = [],
): void {
  for (const block of blocks) {
    visit(block, parents);
    if (block.kind === "section") walkBlocks(block.blocks, visit, [...parents, block]);
  }
}

/**
 * All tables of a report, in reading order.
 * @example allTables(model.blocks).map((t) => t.id) // ["budget-summary", "expenditure-comparison", …]
 */
export function allTables(blocks: readonly Block[]): TableBlock[] {
  const tables: TableBlock[] = [];
  walkBlocks(blocks, (b) => {
    if (b.kind === "table") tables.push(b);
  });
  return tables;
}

/**
 * True when the report has a paragraph jixiao composed (role generated): renderers then print,
 * once under the title, the legend saying how such paragraphs look.
 * @example hasGenerated(buildReportModel(evaluate(taojiang)).blocks) === true // "按基础数据计算：…"
 */
export function hasGenerated(blocks: readonly Block[]): boolean {
  let found = false;
  walkBlocks(blocks, (b) => {
    if (b.kind === "paragraph" && b.role === "generated") found = true;
  });
  return found;
}

/**
 * Find a section by id anywhere in the report.
 * @example findSection(model.blocks, "expenditure-three-public")?.numbering === "1.2、"
 */
export function findSection(blocks: readonly Block[], id: string): SectionBlock | undefined {
  let found: SectionBlock | undefined;
  walkBlocks(blocks, (b) => {
    if (!found && b.kind === "section" && b.id === id) found = b;
  });
  return found;
}

/**
 * Lay merged header rows out on a grid: for each header row, the header cell covering each leaf
 * column (the same object where a cell spans several columns or rows). Used by renderers that
 * cannot merge (Markdown) and by checks that every column is covered.
 * @throws Error when the header rows do not cover exactly `columnCount` columns.
 * @example headerGrid(projectsHeader, 6)[1][0].text === "序号" // seed 2.2: 序号 spans both header rows
 */
export function headerGrid(header: readonly HeaderCell[][], columnCount: number): HeaderCell[][] {
  const grid: (HeaderCell | undefined)[][] = header.map(() => new Array(columnCount));
  header.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < columnCount && grid[r]?.[c] !== undefined) c++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const target = grid[r + dr];
          if (!target || c + dc >= columnCount) {
            throw new Error(`表头超出${columnCount}列 / header cell "${cell.text}" overflows`);
          }
          target[c + dc] = cell;
        }
      }
      c += colSpan;
    }
  });
  return grid.map((row, r) =>
    Array.from({ length: columnCount }, (_, c) => {
      const cell = row[c];
      if (!cell)
        throw new Error(
          `表头第${r + 1}行第${c + 1}列为空 / header row ${r + 1} column ${c + 1} is empty`,
        );
      return cell;
    }),
  );
}

/**
 * A group header over a leaf, in one label: a group that only states a unit ("金额（元）") gives
 * the leaf with that unit ("可用指标（元）", "差额（可用-实际，元）"); another group is joined with "·" ("2020年·预算数").
 * @example flattenHeader("金额（元）", "可用指标") === "可用指标（元）" // seed 2.2
 */
export function flattenHeader(group: string, leaf: string): string {
  const unit = /^[^（）]+（([^（）]+)）$/.exec(group)?.[1];
  if (!unit) return `${group}·${leaf}`;
  return leaf.endsWith("）") ? `${leaf.slice(0, -1)}，${unit}）` : `${leaf}（${unit}）`;
}

/**
 * One label per leaf column from the distinct header texts above it (a cell spanning two rows
 * counts once), flattened with {@link flattenHeader}: the seed's 项目支出 header "金额（元）"
 * over "可用指标" gives "可用指标（元）".
 * @example leafLabels(projectsTable)[2] === "可用指标（元）"
 */
export function leafLabels(table: Pick<TableBlock, "header" | "columns">): string[] {
  const grid = headerGrid(table.header, table.columns.length);
  return table.columns.map((_, c) => {
    const seen: HeaderCell[] = [];
    for (const row of grid) {
      const cell = row[c];
      if (cell && !seen.includes(cell)) seen.push(cell);
    }
    const texts = seen.map((h) => h.text);
    const leaf = texts.pop() ?? "";
    return texts.reduceRight((label, group) => flattenHeader(group, label), leaf);
  });
}
