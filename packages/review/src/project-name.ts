/** A 项目支出 row's name cell split into the project name, its 文号 and anything after the 文号. */
export interface ProjectName {
  name: string;
  documentNumber: string | null;
  note: string | null;
}

const DOC = /[〔[【［(（]\s*(?:19|20)\d{2}\s*[〕\]】］)）]\s*年?\s*\d{1,5}\s*号/g;

/**
 * Split a project name as printed into name, 文号 and note. The 文号 is the last “[年份]序号号”
 * group; its 机关代字 is the run of characters between the last space before it and the bracket
 * (none when the name runs straight into the bracket, as in “应急经费[2020]年134号”). Text after
 * the 文号 (“（预算指标号）”) becomes the note.
 * @example splitProjectName("2020年地灾防治项目资金 湘财资环指[2020]23号")
 *   // { name: "2020年地灾防治项目资金", documentNumber: "湘财资环指[2020]23号", note: null }
 * @example splitProjectName("2020年地质灾害应急经费[2020]年134号").documentNumber === "[2020]年134号"
 */
export function splitProjectName(raw: string): ProjectName {
  const text = raw.trim();
  const matches = [...text.matchAll(DOC)];
  const last = matches[matches.length - 1];
  if (!last || last.index === undefined) return { name: text, documentNumber: null, note: null };
  const bracket = last.index;
  const end = bracket + last[0].length;
  const space = text.slice(0, bracket).search(/\s\S*$/);
  const issuer = space === -1 ? "" : text.slice(space + 1, bracket);
  const start = space !== -1 && /^[\u4e00-\u9fff]+$/.test(issuer) ? space + 1 : bracket;
  const name = text.slice(0, start).trim();
  const rest = text.slice(end).trim();
  return {
    name: name || text,
    documentNumber: text.slice(start, end),
    note: rest ? `文号后印有“${rest}”` : null,
  };
}
