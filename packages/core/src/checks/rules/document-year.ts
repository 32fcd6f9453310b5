import type { Dataset } from "../../schema/dataset.ts";
import type { Rule } from "../rule.ts";
import type { Finding } from "../types.ts";
import { findDocumentNumbers } from "./document-number.ts";

/**
 * identifier.document-year: a project whose name opens with a year (“2020年地灾防治项目资金”)
 * while the 发文字号 it cites is of another year (湘财资环指[2019]68号). Info: funds are often
 * 提前下达 in the previous year, so the reader is asked to confirm the year the money belongs to.
 * @example seed 2.2 row 8 → info
 */
export const identifierDocumentYear: Rule = {
  id: "identifier.document-year",
  severity: "info",
  title: "项目年度与文号年份",
  titleEn: "Project year against the year of its document number",
  description: "项目名称中的年度与所列文号的年份不同的，提请核实资金所属年度。",
  check: (dataset: Dataset) =>
    dataset.projects.flatMap((project, i): Finding[] => {
      const year = /^(\d{4})年/.exec(project.name.trim())?.[1];
      if (!year) return [];
      const docs = findDocumentNumbers(`${project.documentNumber ?? ""} ${project.name}`);
      const other = docs.find((d) => d.year !== year);
      if (!other) return [];
      return [
        {
          ruleId: identifierDocumentYear.id,
          severity: identifierDocumentYear.severity,
          title: identifierDocumentYear.title,
          titleEn: identifierDocumentYear.titleEn,
          locations: [
            { section: "项目支出", row: project.name, path: `projects[${i}]`, quote: other.text },
          ],
          stated: other.year,
          expected: year,
          values: { 项目年度: `${year}年`, 文号: other.text, 文号年份: `${other.year}年` },
          message: `项目${project.seq}“${project.name}”名称中的年度为${year}年，而所列文号${other.text}为${other.year}年文件，请核实资金所属年度（如系提前下达资金应予注明）。`,
        },
      ];
    }),
};
