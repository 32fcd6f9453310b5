import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../render/markdown/render-markdown.ts";
import { smallEvaluation } from "../test-fixtures/small-evaluation.ts";
import { buildReportModel } from "./build.ts";
import { fileSizeText } from "./sections/annex-evidence.ts";
import type { ReportEvidence } from "./types.ts";

/** Two files as the store's evidence.list returns them (EvidenceFile has these fields and more). */
const evidence: ReportEvidence[] = [
  {
    fileName: "2020年度三公经费台账.pdf",
    ext: "pdf",
    mime: "application/pdf",
    size: 1536,
    sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    indicatorKey: "threePublicExpenses.controlRate.total",
  },
  {
    fileName: "满意度调查问卷汇总.xlsx",
    ext: "xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    size: 2_411_724,
    sha256: "60303AE22B998861BCE3B28F33EEC1BE758A213C86C93C076DBE9F558C11C752",
    indicatorKey: null,
  },
];

describe("附件3 目录及相关佐证资料 (uploaded evidence)", () => {
  it("renders the evidence as a table in Markdown, after the other annexes", () => {
    const md = renderMarkdown(buildReportModel(smallEvaluation(), { evidence }));
    expect(md).toContain("\n## 附件3　目录及相关佐证资料\n");
    const lines = md.split("\n");
    const head = lines.findIndex((l) => l.startsWith("| 序号 | 文件名 |"));
    expect(head).toBeGreaterThan(lines.indexOf("## 附件3　目录及相关佐证资料"));
    expect(lines[head]).toBe("| 序号 | 文件名 | 类型 | 大小 | 关联指标 | SHA-256 前 12 位 |");
    expect(lines[head + 2]).toBe(
      "| 1 | 2020年度三公经费台账.pdf | PDF | 1.5 KB | threePublicExpenses.controlRate.total | 9f86d081884c |",
    );
    expect(lines[head + 3]).toBe(
      "| 2 | 满意度调查问卷汇总.xlsx | XLSX | 2.3 MB | 部门整体 | 60303ae22b99 |",
    );
    expect(md).toContain("佐证资料共2份");
  });

  it("leaves the report as it was without evidence (absent or empty)", () => {
    const plain = renderMarkdown(buildReportModel(smallEvaluation()));
    expect(plain).not.toContain("附件3");
    expect(renderMarkdown(buildReportModel(smallEvaluation(), { evidence: [] }))).toBe(plain);
  });

  it("refuses a malformed digest, naming the field and value", () => {
    const bad = [{ ...evidence[0], sha256: "xyz" } as ReportEvidence];
    expect(() => buildReportModel(smallEvaluation(), { evidence: bad })).toThrow(
      "evidence[0].sha256“xyz”不是64位十六进制摘要 / evidence[0].sha256 'xyz' is not a 64-digit hex digest",
    );
  });

  it("prints sizes in B, KB and MB, rounded half up on integers", () => {
    expect(fileSizeText(0)).toBe("0 B");
    expect(fileSizeText(1023)).toBe("1023 B");
    expect(fileSizeText(1024)).toBe("1.0 KB");
    expect(fileSizeText(1075)).toBe("1.0 KB"); // 1.0498…
    expect(fileSizeText(1076)).toBe("1.1 KB"); // 1.0507…
    expect(fileSizeText(1_048_576)).toBe("1.0 MB");
  });
});
