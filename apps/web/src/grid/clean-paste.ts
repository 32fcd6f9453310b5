/**
 * Clipboard blocks from Excel and WPS, as pure functions: split the tab-separated text into
 * cells, and clean a number typed or copied the Chinese way before it is read.
 */

/**
 * Split a block copied from Excel or WPS into rows of cells. Cells are separated by tabs and
 * rows by line breaks (\r\n, \n or \r). A cell in double quotes may hold tabs, line breaks and
 * doubled quotes (Excel's quoting of multi-line cells). The empty last line Excel appends is
 * dropped; a single copied cell gives [["…"]].
 * @example parseClipboardTable("1\t土地整理\r\n2\t耕地保护\r\n") // [["1","土地整理"],["2","耕地保护"]]
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i] as string;
    if (atCellStart && ch === '"') {
      const end = closingQuote(text, i + 1);
      if (end !== -1) {
        cell = text.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
      i += 1;
    } else if (ch === "\r" || ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (!atCellStart || cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Index of the quote closing a quoted cell that opened before `from`, followed by a separator or the end; −1 if none. */
function closingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2;
        continue;
      }
      const next = text[i + 1];
      return next === undefined || next === "\t" || next === "\r" || next === "\n" ? i : -1;
    }
    i += 1;
  }
  return -1;
}

const FULL_WIDTH_PUNCTUATION: Record<string, string> = {
  "．": ".",
  "。": ".",
  "－": "-",
  "—": "-",
  "＋": "+",
  "（": "(",
  "）": ")",
  "％": "%",
};

/**
 * Clean the text of a number as it comes from Chinese spreadsheets and input methods, so that
 * only digits, one point and a sign remain:
 * - full-width digits ０–９ and ．。－＋（）％ become ASCII;
 * - thousands separators are dropped: "," "，" "、" "'" and spaces (including U+3000 and the
 *   no-break space);
 * - a currency mark or unit around it is dropped: ¥ ￥ 元;
 * - an accountant's negative in parentheses "(1,234.00)" becomes "-1234.00".
 * Anything else (letters, a second point, 万) is left in place, so the schema can say what is
 * wrong with the cell instead of the value being silently changed.
 * @example cleanNumberText("１，２３４．５６") === "1234.56"
 * @example cleanNumberText("82、000.00 元") === "82000.00"
 */
export function cleanNumberText(text: string): string {
  let t = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．。－—＋（）％]/g, (c) => FULL_WIDTH_PUNCTUATION[c] ?? c)
    .replace(/[,，、'\s\u3000\u00a0]/g, "")
    .replace(/^[¥￥]|元$/g, "");
  const negative = /^\((.*)\)$/.exec(t);
  if (negative?.[1] !== undefined) t = `-${negative[1]}`;
  return t;
}

/**
 * Blank is missing, never 0 (DESIGN.md §7): empty, whitespace, "-", "—" or "－" mean "not given".
 * @example isBlankText(" — ") === true; isBlankText("0") === false
 */
export function isBlankText(text: string): boolean {
  return /^[\s\u3000]*(-|—|－)?[\s\u3000]*$/.test(text);
}
