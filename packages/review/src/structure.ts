import type { DocModel, DocTable } from "./document.ts";
import { allTables } from "./document.ts";

/** Where a block stands: the part of the report (一、…) and the latest sub-heading in it. */
export interface Place {
  /** The part's heading as printed ("二、部门整体支出管理及使用情况分析"); "前言" before the first. */
  section: string;
  /** The latest sub-heading of the part ("1.2、三公经费情况"), when there is one. */
  subsection?: string;
}

/** A paragraph of the body with its place and its sentences. */
export interface PlacedParagraph extends Place {
  kind: "paragraph";
  text: string;
  /** 0-based position among all blocks (paragraphs and tables) in reading order. */
  order: number;
}

/** A table with its place and the paragraph just before it (its caption, often). */
export interface PlacedTable extends Place {
  kind: "table";
  table: DocTable;
  /** The paragraph right before the table, if any. */
  before?: string;
  /** The paragraph right after the table, if any (a 注 line). */
  after?: string;
  order: number;
}

/** A heading found in the body. */
export interface PlacedHeading extends Place {
  kind: "heading";
  level: number;
  text: string;
  order: number;
}

/** The report read as parts: its title lines, then headings, paragraphs and tables in order. */
export interface Outline {
  title: string[];
  items: (PlacedParagraph | PlacedTable | PlacedHeading)[];
}

const L1 = /^[一二三四五六七八九十]{1,2}、/;
const L2 = /^[（(][一二三四五六七八九十]{1,2}[）)]/;
const L3 = /^(?:[（(]\d{1,2}[）)]|\d{1,2}[、．.](?!\d)|\d{1,2}(?:[.．]\d{1,2})+[、．.]?)/;
const SHORT = 32;

/**
 * The heading level of a line of text by its numbering, or null for running text: “一、” is a
 * part (1), “（一）”/“(一)” a section (2), “（1）”, “1、”, “1.1、” a sub-section (3). Only short
 * lines (at most 32 characters) are headings; a numbered line that runs on into a paragraph is text.
 * @example headingLevelOf("一、部门概况") === 1; headingLevelOf("1.2、三公经费情况") === 3
 * @example headingLevelOf("1、依法履行全民所有土地……职责。宣传、贯彻……") === null
 */
export function headingLevelOf(text: string): number | null {
  const t = text.trim();
  if (t.length > SHORT) return null;
  if (L1.test(t)) return 1;
  if (L2.test(t)) return 2;
  if (L3.test(t)) return 3;
  return null;
}

/** For a long paragraph that opens with dotted numbering ("1.3、公用经费支出是指…"), its opening. */
function runInHeading(text: string): string | null {
  const m = /^(\d{1,2}(?:[.．]\d{1,2})+[、．.]?)([^，,。：:]{0,10})/.exec(text.trim());
  return m ? `${m[1]}${m[2]}` : null;
}

/**
 * Lay the document out as a report: the title lines (the short lines before the first running
 * paragraph), then every heading, paragraph and table with the part (一、…) and sub-heading it
 * stands under. Word heading styles count as headings; a numbered short line does too.
 * @example outline(readText(seed)).items.find(i => i.kind === "table")?.section === "一、部门概况"
 */
export function outline(model: DocModel): Outline {
  const title: string[] = [];
  const items: Outline["items"] = [];
  let section = "前言";
  let subsection: string | undefined;
  let started = false;
  const blocks = model.blocks;
  blocks.forEach((block, order) => {
    if (block.kind === "table") {
      started = true;
      const prev = blocks[order - 1];
      const next = blocks[order + 1];
      const item: PlacedTable = { kind: "table", table: block, section, order };
      if (subsection) item.subsection = subsection;
      if (prev?.kind === "paragraph") item.before = prev.text;
      if (next?.kind === "paragraph") item.after = next.text;
      items.push(item);
      return;
    }
    const text = block.text.trim();
    const styled = block.headingLevel;
    const level = styled !== undefined && styled > 0 ? Math.min(styled, 3) : headingLevelOf(text);
    if (
      !started &&
      level === null &&
      (styled === 0 || (text.length <= 40 && !/[。，]/.test(text)))
    ) {
      title.push(text);
      return;
    }
    started = true;
    if (/^附送|^附件[:：]/.test(text)) {
      section = "附件";
      subsection = undefined;
    }
    if (level !== null) {
      if (level === 1) {
        section = text;
        subsection = undefined;
      } else subsection = text;
      const heading: PlacedHeading = { kind: "heading", level, text, section, order };
      if (subsection) heading.subsection = subsection;
      items.push(heading);
      return;
    }
    const runIn = runInHeading(text);
    if (runIn) subsection = runIn;
    const paragraph: PlacedParagraph = { kind: "paragraph", text, section, order };
    if (subsection) paragraph.subsection = subsection;
    items.push(paragraph);
  });
  return { title, items };
}

/**
 * The sentences of a paragraph, each ending at 。；！？ (the mark kept).
 * @example sentences("决算数8.43万元。控制率10.28%。") // ["决算数8.43万元。", "控制率10.28%。"]
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[。；;！？!?])/).filter((s) => s.trim() !== "");
}

/** Every table of the outline, nested tables included (each with its holder's place). */
export function placedTables(o: Outline): PlacedTable[] {
  const out: PlacedTable[] = [];
  for (const item of o.items) {
    if (item.kind !== "table") continue;
    for (const table of allTables({ format: "docx", blocks: [item.table] })) {
      out.push(
        table === item.table ? item : { ...item, table, before: undefined, after: undefined },
      );
    }
  }
  return out;
}
