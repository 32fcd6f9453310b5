import { describe, expect, it } from "vitest";
import type { SummaryRow } from "./render-dataset.ts";
import { formatSummaryTable, summaryCsv, summaryJson } from "./summary.ts";

const taojiang: SummaryRow = {
  source: "data/taojiang.json",
  department: "桃江县自然资源局",
  fiscalYear: 2020,
  score: "52.13",
  grade: null,
  provisional: true,
  findings: { error: 31, warning: 12, info: 3 },
  files: [
    "/out/桃江县自然资源局-2020-绩效评价报告.docx",
    "/out/桃江县自然资源局-2020-绩效评价报告.xlsx",
  ],
};
const graded: SummaryRow = {
  ...taojiang,
  source: 'b,"q".json',
  department: "安化县教育局",
  score: "91.50",
  grade: "优秀",
  provisional: false,
  findings: { error: 0, warning: 0, info: 0 },
  files: [],
};

describe("batch summary", () => {
  it("prints department, year, score (暂定 while provisional), grade (待评) and findings by severity", () => {
    const lines = formatSummaryTable([taojiang, graded]).split("\n");
    expect(lines[0]).toMatch(
      /^部门 \/ department\s+年度 \/ year\s+得分 \/ score\s+等级 \/ grade\s+错误 \/ errors\s+警告 \/ warnings\s+提示 \/ info$/,
    );
    expect(lines[2]).toMatch(/^桃江县自然资源局\s+2020\s+52\.13（暂定）\s+待评\s+31\s+12\s+3$/);
    expect(lines[3]).toMatch(/^安化县教育局\s+2020\s+91\.50\s+优秀\s+0\s+0\s+0$/);
  });

  it("writes RFC 4180 CSV with a BOM, quoting commas and quotes, and the failures last", () => {
    const csv = summaryCsv({
      rows: [taojiang, graded],
      failures: [
        {
          source: "bad.json",
          problem: "bad.json: 数据集无效 / invalid dataset\n  projects[0].budget: “12万”不是金额",
        },
      ],
      elapsedMs: 1,
    });
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe(
      "data/taojiang.json,桃江县自然资源局,2020,52.13,true,,31,12,3,/out/桃江县自然资源局-2020-绩效评价报告.docx;/out/桃江县自然资源局-2020-绩效评价报告.xlsx,ok,",
    );
    expect(lines[2]).toBe('"b,""q"".json",安化县教育局,2020,91.50,false,优秀,0,0,0,,ok,');
    expect(csv).toContain(
      ',failed,"bad.json: 数据集无效 / invalid dataset\n  projects[0].budget: “12万”不是金额"\r\n',
    );
  });

  it("writes summary.json with counts, scores as strings", () => {
    const json = JSON.parse(summaryJson({ rows: [taojiang], failures: [], elapsedMs: 5 }));
    expect(json.counts).toEqual({ reports: 1, failures: 0 });
    expect(json.reports[0].score).toBe("52.13");
    expect(json.reports[0].findings).toEqual({ error: 31, warning: 12, info: 3 });
  });
});
