import type { Dataset } from "../../schema/dataset.ts";
import type { Rule } from "../rule.ts";
import { SEVERITY_ORDER } from "../rule.ts";
import { textPieces } from "../texts.ts";
import type { Finding, FindingLocation, Severity } from "../types.ts";

/** One 发文字号 found in text, split into its parts (GB/T 9704-2012 7.2.4). */
export interface DocumentNumber {
  /** As written, from the issuer's code to 号. */
  text: string;
  /** 机关代字 as found before the year; "" when missing. */
  issuer: string;
  open: string;
  year: string;
  close: string;
  /** A 年 written after the year's bracket (桃自然资字[2019]年57号). */
  strayYear: boolean;
  serial: string;
}

/** A problem with a 发文字号, with its severity. */
export interface DocumentNumberProblem {
  severity: Severity;
  message: string;
}

const CANDIDATE = /([〔[【［(（])\s*((?:19|20)\d{2})\s*([〕\]】］)）])\s*(年)?\s*(\d{1,5})\s*号/g;
const LEAD = /^.*(?:按照|根据|依据|执行|印发|转发|及|和|与)/;
const NOT_ISSUER = /^[年月日]|经费|资金|项目|专项|补助|支出|费用/;

/**
 * Find the 发文字号 in a text: 机关代字 + 年份 in brackets + 序号 + 号. The issuer is the run of
 * Chinese characters just before the bracket, with leading prose (根据, 按照 …) dropped; a run
 * that reads as a name (starting with 年, or containing 经费/资金/项目 …) is not an issuer.
 * @example findDocumentNumbers("（湘财资环指[2020]23号）")[0] // { issuer: "湘财资环指", open: "[", year: "2020", … }
 */
export function findDocumentNumbers(text: string): DocumentNumber[] {
  const out: DocumentNumber[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const before = text.slice(0, m.index);
    const run = /[\u4e00-\u9fff]+$/.exec(before)?.[0] ?? "";
    const trimmed = run.replace(LEAD, "");
    const issuer = NOT_ISSUER.test(run) || NOT_ISSUER.test(trimmed) ? "" : trimmed;
    out.push({
      text: `${issuer}${m[0]}`,
      issuer,
      open: m[1] ?? "",
      year: m[2] ?? "",
      close: m[3] ?? "",
      strayYear: m[4] !== undefined,
      serial: m[5] ?? "",
    });
  }
  return out;
}

/**
 * What is wrong with a 发文字号 under GB/T 9704-2012 (7.2.4 发文字号: 机关代字、年份、发文顺序号;
 * 年份用六角括号〔〕; 顺序号不加"第"字，不编虚位): a missing issuer or a 年 after the year is an
 * error (malformed); square brackets [] 【】 ［］ or parentheses （） instead of 〔〕, and a
 * serial with leading zeros, are warnings. Empty when well formed.
 * @example documentNumberProblems(findDocumentNumbers("桃自然资字[2019]年57号")[0]) // 2 problems
 */
export function documentNumberProblems(doc: DocumentNumber): DocumentNumberProblem[] {
  const problems: DocumentNumberProblem[] = [];
  if (!doc.issuer) problems.push({ severity: "error", message: "缺少机关代字" });
  if (doc.strayYear)
    problems.push({
      severity: "error",
      message: `年份括号后多出“年”字（应为〔${doc.year}〕${doc.serial}号）`,
    });
  if (doc.open !== "〔" || doc.close !== "〕") {
    const kind = /[(（]/.test(doc.open) ? "圆括号" : "方括号";
    problems.push({
      severity: "warning",
      message: `年份用了${kind}“${doc.open}${doc.close}”，应使用六角括号“〔〕”`,
    });
  }
  if (/^0\d/.test(doc.serial))
    problems.push({ severity: "warning", message: "序号编了虚位（前导0）" });
  return problems;
}

function canonical(doc: DocumentNumber): string {
  return `${doc.issuer}〔${doc.year}〕${Number(doc.serial)}号`;
}

/**
 * identifier.document-number: the form of every 发文字号 in the dataset — project 文号 and names,
 * evaluation basis documents, organisation bases, and narrative text. One finding per distinct
 * written form, listing every place it occurs, at the worst severity of its problems.
 * @example "2020年地质灾害应急经费[2020]年134号" → error: 缺少机关代字; 年份括号后多出“年”字; 方括号
 */
export const identifierDocumentNumber: Rule = {
  id: "identifier.document-number",
  severity: "error",
  title: "发文字号格式",
  titleEn: "Form of document numbers (GB/T 9704-2012)",
  description: "发文字号应由机关代字、六角括号〔〕括入的年份和序号组成，如湘财资环指〔2020〕23号。",
  check: (dataset: Dataset) => {
    const groups = new Map<
      string,
      { doc: DocumentNumber; problems: DocumentNumberProblem[]; locations: FindingLocation[] }
    >();
    for (const piece of textPieces(dataset)) {
      for (const doc of findDocumentNumbers(piece.text)) {
        const problems = documentNumberProblems(doc);
        if (problems.length === 0) continue;
        const key = `${doc.text}`;
        const group = groups.get(key) ?? { doc, problems, locations: [] };
        group.locations.push({ section: piece.section, path: piece.path, quote: doc.text });
        groups.set(key, group);
      }
    }
    return [...groups.values()].map(({ doc, problems, locations }): Finding => {
      const severity = problems.reduce<Severity>(
        (worst, p) => (SEVERITY_ORDER[p.severity] < SEVERITY_ORDER[worst] ? p.severity : worst),
        "info",
      );
      const fixed = doc.issuer
        ? canonical(doc)
        : `（机关代字）〔${doc.year}〕${Number(doc.serial)}号`;
      return {
        ruleId: identifierDocumentNumber.id,
        severity,
        title: identifierDocumentNumber.title,
        titleEn: identifierDocumentNumber.titleEn,
        locations,
        stated: doc.text,
        expected: fixed,
        values: { 所写: doc.text, 规范写法: fixed, 出现次数: String(locations.length) },
        message: `发文字号“${doc.text}”不合GB/T 9704-2012：${problems.map((p) => p.message).join("；")}，应写作“${fixed}”。`,
      };
    });
  },
};
