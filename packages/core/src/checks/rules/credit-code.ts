import { creditCodeProblem } from "../../schema/credit-code.ts";
import type { Dataset } from "../../schema/dataset.ts";
import type { Rule } from "../rule.ts";
import { textPieces } from "../texts.ts";
import type { Finding } from "../types.ts";

const LABELLED = /统一社会信用代码[为是：:\s]*([0-9A-Za-z]{10,22})/g;
const BARE = /(?<![0-9A-Za-z])([1-9A-GY][1-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Za-z])/g;

/**
 * identifier.credit-code: every 统一社会信用代码 — the department's own and any in the text
 * (labelled “统一社会信用代码：…”, or an 18-character code of the GB 32100-2015 form) — must
 * have the right length, alphabet and check character (C18 = 31 − Σ Ci·Wi mod 31); a code in the
 * text that differs from the department's own is a warning.
 * @example "11430922MB1636254P" passes; "11430922MB1636254Q" → error, 校验位应为“P”
 */
export const identifierCreditCode: Rule = {
  id: "identifier.credit-code",
  severity: "error",
  title: "统一社会信用代码校验",
  titleEn: "Unified social credit code check character (GB 32100-2015)",
  description: "统一社会信用代码应为18位，校验位应符合GB 32100-2015。",
  check: (dataset: Dataset) => {
    const rule = identifierCreditCode;
    const own = dataset.department.unifiedSocialCreditCode;
    const out: Finding[] = [];
    const base = { ruleId: rule.id, title: rule.title, titleEn: rule.titleEn };
    const ownProblem = creditCodeProblem(own);
    if (ownProblem) {
      out.push({
        ...base,
        severity: "error",
        locations: [
          { section: "一、部门概况", path: "department.unifiedSocialCreditCode", quote: own },
        ],
        stated: own,
        message: `部门统一社会信用代码“${own}”无效：${ownProblem.split(" / ")[0]}。`,
      });
    }
    const seen = new Set<string>();
    for (const piece of textPieces(dataset)) {
      const codes = new Set<string>();
      for (const m of piece.text.matchAll(LABELLED)) if (m[1]) codes.add(m[1]);
      for (const m of piece.text.matchAll(BARE)) if (m[1]) codes.add(m[1]);
      for (const code of codes) {
        if (seen.has(`${piece.path}|${code}`)) continue;
        seen.add(`${piece.path}|${code}`);
        const location = { section: piece.section, path: piece.path, quote: code };
        const problem = creditCodeProblem(code);
        if (problem) {
          out.push({
            ...base,
            severity: "error",
            locations: [location],
            stated: code,
            message: `${piece.section}中的统一社会信用代码“${code}”无效：${problem.split(" / ")[0]}。`,
          });
        } else if (code !== own) {
          out.push({
            ...base,
            severity: "warning",
            locations: [location],
            stated: code,
            expected: own,
            message: `${piece.section}中的统一社会信用代码“${code}”与部门的统一社会信用代码“${own}”不同。`,
          });
        }
      }
    }
    return out;
  },
};
