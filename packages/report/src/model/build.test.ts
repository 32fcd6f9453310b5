import { describe, expect, it } from "vitest";
import { sampleFindings, smallEvaluation } from "../test-fixtures/small-evaluation.ts";
import { section } from "./blocks.ts";
import { buildReportModel, EMPTY_SECTION_NOTE } from "./build.ts";
import { cellText } from "./cells.ts";
import { FINDINGS_ORIGIN } from "./sections/findings.ts";
import type { Block, SectionBlock, TableBlock } from "./types.ts";
import { allTables, findSection, walkBlocks } from "./walk.ts";

function tableById(blocks: readonly Block[], id: string): TableBlock {
  const t = allTables(blocks).find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}
const rowTexts = (t: TableBlock) => t.rows.map((r) => r.cells.map(cellText));
function sectionOf(blocks: readonly Block[], id: string): SectionBlock {
  const s = findSection(blocks, id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
}
function paragraphsText(s: SectionBlock): string {
  const out: string[] = [];
  walkBlocks(s.blocks, (b) => {
    if (b.kind === "paragraph") out.push(b.content.map((r) => r.text).join(""));
  });
  return out.join("\n");
}

describe("buildReportModel — structure", () => {
  const model = buildReportModel(smallEvaluation());

  it("carries the document metadata DOCX/XLSX need", () => {
    expect(model.meta).toMatchObject({
      title: "样例县自然资源局2020年度部门整体支出绩效评价报告",
      department: "样例县自然资源局",
      fiscalYear: 2020,
      date: "2021-05-20",
      language: "zh-CN",
    });
  });

  it("follows the seed's order 一 … 七, then 数据一致性核查 and 附件1, with numbering as data", () => {
    const top = model.blocks.filter((b): b is SectionBlock => b.kind === "section");
    expect(top.map((s) => `${s.numbering}${s.title}`)).toEqual([
      "一、部门概况",
      "二、部门整体支出管理及使用情况分析",
      "三、项目组织实施情况",
      "四、部门整体支出绩效情况",
      "五、绩效评价工作开展情况",
      "六、目前面临的困境和需要解决的问题",
      "七、改进措施和有关建议",
      "数据一致性核查（jixiao 根据基础数据生成）",
      "附件12020年度部门整体支出绩效评价基础数据表",
    ]);
    expect(sectionOf(model.blocks, "expenditure-three-public-budget").numbering).toBe("1.2.1．");
    expect(sectionOf(model.blocks, "overview-staffing").numbering).toBe("（2）");
    expect(sectionOf(model.blocks, "annex-basic-data")).toMatchObject({
      annex: true,
      pageBreakBefore: true,
    });
  });

  it("renumbers the department's headings consistently (六、 uses （一）, 七、 uses 1、)", () => {
    expect(sectionOf(model.blocks, "problems-1")).toMatchObject({
      numbering: "（一）",
      title: "耕地“占补平衡”矛盾较为尖锐",
    });
    expect(sectionOf(model.blocks, "recommendations-1")).toMatchObject({
      numbering: "1、",
      title: "严格执行预算。",
    });
  });

  it("says so in a section the data leaves empty, rather than dropping it", () => {
    expect(paragraphsText(sectionOf(model.blocks, "overview-goals"))).toBe(EMPTY_SECTION_NOTE);
  });

  it("starts with the preamble and closes the body with the 落款 (department, date)", () => {
    expect(model.blocks[0]).toMatchObject({ kind: "paragraph", role: "narrative" });
    const signature = model.blocks.filter((b) => b.kind === "paragraph" && b.role === "signature");
    expect(signature.map((b) => (b.kind === "paragraph" ? b.content[0]?.text : ""))).toEqual([
      "样例县自然资源局",
      "2021年5月20日",
    ]);
  });
});

describe("buildReportModel — tables computed from data", () => {
  const model = buildReportModel(smallEvaluation());

  it("三公经费 budget table: 合计 and 控制率 from indicators; an item with no budget shows its null reason", () => {
    const t = tableById(model.blocks, "three-public-budget");
    // seed 1.2.1: 820,000.00 / 84,284.72 / -735,715.28 / 10.28
    expect(rowTexts(t).at(-1)).toEqual([
      "合计",
      "820,000.00",
      "84,284.72",
      "-735,715.28",
      "10.28%",
    ]);
    expect(t.rows.at(-1)?.total).toBe(true);
    // 公务接待费 62,769.85 ÷ 820,000.00 = 7.6549…% → 7.65%
    expect(rowTexts(t)[0]).toEqual([
      "公务接待费",
      "820,000.00",
      "62,769.85",
      "-757,230.15",
      "7.65%",
    ]);
    // 公务用车运行维护费: 21,514.87 spent with a budget of 0 → undefined, not Infinity or 0
    expect(rowTexts(t)[1]?.[4]).toBe("无法计算（分母为0）");
    // 因公出国（境）费用: 0 ÷ 0 → 不适用
    expect(rowTexts(t)[2]?.[4]).toBe("不适用");
  });

  it("三公经费 year table: 变动比例 per item and in total (seed 1.2.2: -71.58%, -93.79%, -85.15%)", () => {
    const t = tableById(model.blocks, "three-public-year");
    expect(t.columns[1]?.label).toBe("2019年决算数");
    expect(rowTexts(t).map((r) => r[4])).toEqual(["-71.58%", "-93.79%", "不适用", "-85.15%"]);
    expect(rowTexts(t).at(-1)?.[3]).toBe("-483,258.62");
  });

  it("基本支出明细: 合计 from data, the blank budget stays blank, and the department's 注 under it", () => {
    const t = tableById(model.blocks, "basic-expenditure");
    expect(rowTexts(t)[1]?.[2]).toBe(""); // 固定资产折旧费 has no budget: blank, never 0
    // 25,507,764.16 − (25,507,764.16 + 603,018.01) = -603,018.01 (seed 1.1 合计 结转结余)
    // the 合计 label spans 序号 and 项目名称 (one cell, colSpan 2)
    expect(rowTexts(t).at(-1)).toEqual(["合计", "25,507,764.16", "26,110,782.17", "-603,018.01"]);
    expect(t.rows.at(-1)?.cells[0]?.colSpan).toBe(2);
    expect(t.notes).toEqual([
      "注：差异原因为折旧费没有纳入预算金额中。",
      // the row's 结转结余 with the blank budget read as 0, as the seed foots it: −603,018.01※
      "※ 该行有一项空白，差额按空白项为0列示（与原表口径一致，空白项未经核实）。",
    ]);
    expect(rowTexts(t)[1]?.[4]).toBe("-603,018.01※"); // seed 1.1 row 4
  });

  it("项目支出: rows from data with 文号, a two-row merged header, per-row 差额 and 使用比例", () => {
    const t = tableById(model.blocks, "projects");
    expect(t.header).toHaveLength(2);
    expect(t.header[0]?.[2]).toEqual({ text: "金额（元）", colSpan: 3 });
    expect(rowTexts(t)[1]?.[1]).toBe("2020年地灾防治项目资金 湘财资环指[2020]23号");
    // row 20 made up: 40,000.00 available, 30,000.00 used → 10,000.00 and 75.00%
    expect(rowTexts(t)[2]?.slice(2)).toEqual(["40,000.00", "30,000.00", "10,000.00", "75.00%"]);
    expect(t.columns.map((c) => c.align)).toEqual([
      "center",
      "left",
      "right",
      "right",
      "right",
      "right",
    ]);
  });

  it("收入目标: held in 元, shown in 万元; 非税收入 completion 237.96% (seed 四（二）（1）)", () => {
    const t = tableById(model.blocks, "revenue-targets");
    expect(t.unit).toBe("单位：万元");
    expect(rowTexts(t)).toEqual([
      ["1", "非税收入", "", "33,359.00", "79,381.00", "237.96%"],
      ["1.1", "土地出让总价款", "", "30,000.00", "61,500.00", "205.00%"],
    ]);
  });

  it("writes computed sentences from indicators (seed 1.2.1 “三公经费”控制率10.28%; 四、1 在职人员控制率)", () => {
    const threePublic = paragraphsText(sectionOf(model.blocks, "expenditure-three-public-budget"));
    expect(threePublic).toContain("“三公经费”控制率为10.28%");
    expect(threePublic).toContain("预算数为82.00万元");
    // 288 ÷ 282 × 100% = 102.1276…% → 102.13%, while the department's own sentence says 100%
    const allocation = paragraphsText(sectionOf(model.blocks, "performance-allocation"));
    expect(allocation).toContain("在职人员控制率为100%。");
    expect(allocation).toContain("在职人员控制率（在职人员数 ÷ 编制数 × 100%）为102.13%");
  });

  it("gives the charts the data of budget/actual, 三公 by year and revenue targets", () => {
    const charts: string[] = [];
    walkBlocks(model.blocks, (b) => {
      if (b.kind === "chart") charts.push(b.id);
    });
    expect(charts).toEqual([
      "chart-budget-vs-actual",
      "chart-three-public-year",
      "chart-revenue-targets",
    ]);
    expect(
      buildReportModel(smallEvaluation(), { includeCharts: false }).blocks.some(hasChart),
    ).toBe(false);
  });
});

function hasChart(b: Block): boolean {
  return b.kind === "chart" || (b.kind === "section" && b.blocks.some(hasChart));
}

describe("buildReportModel — findings and annexes", () => {
  it("lists findings by severity (错误 before 提示) with stated and recomputed values", () => {
    const model = buildReportModel(smallEvaluation(sampleFindings));
    const t = tableById(model.blocks, "findings");
    expect(rowTexts(t)).toEqual([
      [
        "1",
        "错误",
        // the rule in Chinese only (its id rate.truncated stays in the data)
        "比率截尾而非四舍五入：截尾而非四舍五入",
        "四、部门整体支出绩效情况 › 预算执行",
        "99.84%",
        "99.85%",
        "预算完成率应为99.85%，报告写作99.84%，系截尾而非四舍五入。",
      ],
      [
        "2",
        "提示",
        "文中金额无对应数据",
        "二、部门整体支出管理及使用情况分析 › “其他支出0.00元”",
        "0.00元",
        "",
        "文中金额0.00元在基础数据中无对应项。",
      ],
    ]);
    expect(paragraphsText(sectionOf(model.blocks, "findings"))).toContain(
      "共发现2项问题，其中错误1项、警告0项、提示1项",
    );
  });

  it("says so when there are no findings, and leaves the section out when turned off", () => {
    const none = buildReportModel(smallEvaluation());
    expect(paragraphsText(sectionOf(none.blocks, "findings"))).toBe(
      `${FINDINGS_ORIGIN}\n经对基础数据及报告所述数字逐项勾稽核查，未发现不一致。`,
    );
    expect(sectionOf(none.blocks, "findings").title).toBe(
      "数据一致性核查（jixiao 根据基础数据生成）",
    );
    const off = buildReportModel(smallEvaluation(sampleFindings), { includeFindings: false });
    expect(findSection(off.blocks, "findings")).toBeUndefined();
    expect(allTables(off.blocks).some((t) => t.id === "findings")).toBe(false);
  });

  it("builds the 基础数据表 annex from data, totals from indicators", () => {
    const annex = sectionOf(buildReportModel(smallEvaluation()).blocks, "annex-basic-data");
    const titles = allTables(annex.blocks).map((t) => t.title);
    expect(titles[0]).toBe("表1　部门基本信息");
    expect(titles.map((t) => t.replace(/^表\d+　/, ""))).toEqual([
      "部门基本信息",
      "预算单位（截至2020年1月1日）",
      "机构设置",
      "人员情况",
      "收入情况",
      "支出情况",
      "“三公经费”",
      "公用经费",
      "项目支出",
      "收入目标",
      "产出及效益指标",
      "满意度调查",
    ]);
    const staffing = tableById(annex.blocks, "basic-staffing");
    expect(rowTexts(staffing)[0]).toEqual(["年初核定编制数（2020年1月1日）", "282"]);
    const three = tableById(annex.blocks, "basic-three-public");
    expect(rowTexts(three).at(-1)).toEqual(["合计", "820,000.00", "84,284.72", "567,543.34"]);
  });

  it("renders no 评分表 annex without a builder, and the builder's section as 附件2 with one", () => {
    expect(findSection(buildReportModel(smallEvaluation()).blocks, "annex-score")).toBeUndefined();
    const model = buildReportModel(smallEvaluation(), {
      scoreAnnex: (evaluation) =>
        section(
          "annex-score",
          1,
          "",
          `${evaluation.department.fiscalYear}年度部门整体支出绩效评价评分表`,
          [],
        ),
    });
    const annex = model.blocks.at(-1);
    expect(annex).toMatchObject({
      kind: "section",
      id: "annex-score",
      numbering: "附件2",
      annex: true,
    });
    expect(
      buildReportModel(smallEvaluation(), { scoreAnnex: () => null }).blocks.at(-1),
    ).toMatchObject({
      id: "annex-basic-data",
    });
  });
});
