import type { Block, Inline, ParagraphBlock, SectionBlock, TableBlock } from "./types.ts";
import { leafLabels } from "./walk.ts";

/** Runs of two or more spaces (ASCII, no-break, ideographic) inside a paragraph. */
const SPACE_RUN = /[ \t\u00a0\u3000]{2,}/g;

/** A unit line left at the end of a paragraph that introduces a table ("…如下：      单位:元"). */
const TRAILING_UNIT = /[ \t\u00a0\u3000]*[（(]?(?:金额)?单位[:：]\s*(万元|元)[）)]?\s*$/;

function mapText(p: ParagraphBlock, f: (text: string, i: number) => string): ParagraphBlock {
  const content: Inline[] = p.content
    .map((run, i) => ({ ...run, text: f(run.text, i) }))
    .filter((run) => run.text !== "");
  return { ...p, content };
}

/**
 * Collapse runs of spaces inside a paragraph to one space and trim its ends: the seed's 1.1
 * paragraph pads ~90 spaces before "单位:元" to push it to the right margin of a printed page.
 * @example collapseSpaces("如下：      单位:元") === "如下： 单位:元"
 */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, " ").trim();
}

/**
 * The unit a table states, "元" or "万元": its unit line ("单位：元") or, without one, a header
 * that carries it ("金额（元）"); null when it states none.
 * @example tableUnit(basicExpenditureTable) === "元" // seed 1.1 单位：元
 */
export function tableUnit(table: TableBlock): string | null {
  const fromLine = table.unit ? /单位[:：]\s*(万元|元)/.exec(table.unit)?.[1] : undefined;
  if (fromLine) return fromLine;
  const texts = [...table.header.flat().map((h) => h.text), ...leafLabels(table)];
  for (const t of texts) {
    const m = /[（(](万元|元)[）)，,]?/.exec(t) ?? /[（(][^（）()]*[，,](万元|元)[）)]/.exec(t);
    if (m?.[1]) return m[1];
  }
  return null;
}

/**
 * Drop a leading copy of the heading's numbering from the section's first paragraph, when the
 * paragraph repeats the heading: "1.3、公用经费支出是指…" under "1.3、公用经费" becomes
 * "公用经费支出是指…"; "1.3、公用经费：…" loses the title too. The numbering matches in either
 * separator (、 . ．).
 * @example stripHeadingCopy("1.3、公用经费支出是指…", "1.3、", "公用经费") === "公用经费支出是指…" // seed 二、1.3
 */
export function stripHeadingCopy(text: string, numbering: string, title: string): string {
  const digits = numbering.replace(/[、.．\s]+$/, "");
  if (digits === "" || !/^[0-9.]+$/.test(digits)) return text;
  const escaped = digits.replace(/\./g, "[.．]");
  const m = new RegExp(`^\\s*${escaped}\\s*[、.．]\\s*`).exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  if (!rest.startsWith(title)) return text;
  const afterTitle = rest.slice(title.length);
  const punct = /^\s*[：:。，,]\s*/.exec(afterTitle);
  return punct ? afterTitle.slice(punct[0].length) : rest;
}

function tidyList(blocks: readonly Block[], heading?: SectionBlock): Block[] {
  return blocks.map((b, i) => {
    if (b.kind === "section") return { ...b, blocks: tidyList(b.blocks, b) };
    if (b.kind !== "paragraph" || b.role !== "narrative") return b;
    let p = mapText(b, collapseSpaces);
    if (heading && i === 0) {
      p = mapText(p, (t, k) =>
        k === 0 ? stripHeadingCopy(t, heading.numbering, heading.title) : t,
      );
    }
    const next = blocks[i + 1];
    if (next?.kind === "table") {
      const unit = tableUnit(next);
      const last = p.content.length - 1;
      p = mapText(p, (t, k) => {
        if (k !== last) return t;
        const m = TRAILING_UNIT.exec(t);
        return m && m[1] === unit ? t.slice(0, m.index).trimEnd() : t;
      });
    }
    return p;
  });
}

/**
 * Tidy the department's paragraphs for print, without changing a word of substance: collapse
 * runs of spaces, drop a leading copy of the section's numbering ({@link stripHeadingCopy}), and
 * drop a unit line left at the end of a paragraph ("单位:元") when the table right after it
 * states the same unit (a different unit stays, for the reader and the checks to see).
 * @example tidyParagraphs(blocks) // seed 1.1: "…基本支出明细如下：" then the table's 单位：元
 */
export function tidyParagraphs(blocks: readonly Block[]): Block[] {
  return tidyList(blocks);
}
