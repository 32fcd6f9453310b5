/**
 * Golden tests on the real input: the Taojiang 2020 dataset (examples/), evaluated with the real
 * computeIndicators, rendered to Markdown and HTML. Every expected figure below is copied from
 * the seed report (../../../../../shared/seed/taojiang-natural-resources-2020-evaluation-report.txt);
 * the comment on each group names the seed table. The report computes them from data — the
 * dataset's stated figures are never printed in a table.
 *
 * The whole Markdown is also kept as a file snapshot (__snapshots__/…md.snap; not .md, so the formatter leaves it byte-exact): any change to the
 * report text shows up as a diff to review; accept it with `npx vitest run --project report -u`.
 */
import { evaluate, parseDataset } from "@jixiao/core";
import { builtinFramework } from "@jixiao/core/frameworks";
import { describe, expect, it } from "vitest";
import { taojiang2020 } from "../../../../examples/index.ts";
import { buildReportModel } from "../model/build.ts";
import { cellText } from "../model/cells.ts";
import { scoreSheetAnnex } from "../model/score-sheet-annex.ts";
import { allTables } from "../model/walk.ts";
import { renderHtml } from "../render/html/render-html.ts";
import { renderMarkdown } from "../render/markdown/render-markdown.ts";

const evaluation = evaluate(parseDataset(taojiang2020, "taojiang-natural-resources-2020"));
const model = buildReportModel(evaluation);
const md = renderMarkdown(model);
const html = renderHtml(model);

/** The Markdown of one table: from its bold title to the end of its rows. */
function mdTable(title: string): string {
  const start = md.indexOf(`**${title}**`);
  if (start < 0) throw new Error(`table “${title}” not in the Markdown`);
  const rest = md.slice(start);
  const end = rest.search(/\|\n\n(?!\|)/);
  return rest.slice(0, end + 1);
}

/** The HTML of one table block by id. */
function htmlTable(id: string): string {
  const start = html.indexOf(`<div class="table-block" id="${id}">`);
  if (start < 0) throw new Error(`table ${id} not in the HTML`);
  return html.slice(start, html.indexOf("</table>", start));
}

/** The seed's tables: title in our report, table id, and rows exactly as the seed prints them. */
const SEED_TABLES: { title: string; id: string; rows: string[] }[] = [
  {
    // 一（二） 预算支出 / 预算收入 / 支出-收入 (the seed prints it without separators)
    title: "2020年度预算支出与预算收入对比表",
    id: "budget-summary",
    rows: [
      "| 1 | 基本支出 | 31,735,764.67 | 33,839,013.69 | -2,103,249.02 |",
      "| 2 | 项目支出 | 650,501,700.00 | 646,168,986.31 | 4,332,713.69 |",
      "| **合计** | | 682,237,464.67 | 680,008,000.00 | 2,229,464.67 |",
    ],
  },
  {
    // 二、预算支出与实际支出对比表（一）
    title: "预算支出与实际支出对比表（一）",
    id: "expenditure-comparison",
    rows: [
      "| 1 | 工资福利费用 | 25,507,764.16 | 25,507,764.16 | 0.00 | |",
      "| 2 | 商品和服务费用 | 4,819,029.50 | 4,819,029.50 | 0.00 | |",
      "| 3 | 对个人和家庭补助费用 | 805,953.00 | 805,953.00 | 0.00 | |",
      "| 4 | 固定资产折旧费 | 603,018.01 | 603,018.01 | 0.00 | |",
      "| 5 | 项目支出 | 650,501,700.00 | 650,501,700.00 | 0.00 | |",
      // rows 6–7 blank on both sides: the seed prints 0.00; ours 0.00※ (every filled row complete)
      "| 6 | 其他 | | | 0.00※ | |",
      "| 7 | 资本性作支出 | | | 0.00※ | |",
      "| **合计** | | 682,237,464.67 | 682,237,464.67 | 0.00 | |",
    ],
  },
  {
    // 二、预算拨款与实际支出对比表（二）: 合计 差额 1,029,077.76 is the 结转结余
    title: "预算拨款与实际支出对比表（二）",
    id: "allocation-comparison",
    rows: [
      "| 1 | 工资福利费用 | 25,507,764.16 | 25,507,764.16 | 0.00 | |",
      "| 5 | 项目支出 | 646,168,986.31 | 650,501,700.00 | -4,332,713.69 | |",
      // 实际使用 blank: the seed's 差额 takes it as nothing (1,305.86; 5,360,485.59); ours marks ※
      "| 6 | 利息 | 1,305.86 | | 1,305.86※ | |",
      "| 7 | 其他 | 5,360,485.59 | | 5,360,485.59※ | |",
      "| **合计** | | 683,266,542.43 | 682,237,464.67 | 1,029,077.76 | |",
    ],
  },
  {
    // 二、1.1 基本支出明细
    title: "2020年度基本支出明细表",
    id: "basic-expenditure",
    rows: [
      "| 1 | 工资福利支出 | 25,507,764.16 | 25,507,764.16 | 0.00 |",
      "| 2 | 对个人和家庭的补助 | 805,953.00 | 805,953.00 | 0.00 |",
      "| 3 | 商品和服务支出 | 4,819,029.50 | 4,819,029.50 | 0.00 |",
      // 预算金额 blank: the seed's 结转结余 −603,018.01 takes it as nothing; ours marks ※
      "| 4 | 固定资产折旧费 | | 603,018.01 | -603,018.01※ |",
      "| **合计** | | 31,132,746.66 | 31,735,764.67 | -603,018.01 |",
    ],
  },
  {
    // 二、1.2.1 “三公经费”预算、决算执行情况: 控制率 10.28
    title: "2020年度“三公经费”预算、决算执行情况",
    id: "three-public-budget",
    rows: [
      "| 公务接待费 | 820,000.00 | 62,769.85 | -757,230.15 |",
      "| 公务用车运行维护费 | 0.00 | 21,514.87 | 21,514.87 |",
      "| **合计** | 820,000.00 | 84,284.72 | -735,715.28 | 10.28% |",
    ],
  },
  {
    // 二、1.2.2 与上年比较: 变动比例 -71.58%, -93.79%, -85.15%
    title: "与上年比较，“三公经费”控制情况",
    id: "three-public-year",
    rows: [
      "| 公务接待费 | 220,870.00 | 62,769.85 | -158,100.15 | -71.58% |",
      "| 公务用车运行维护费 | 346,673.34 | 21,514.87 | -325,158.47 | -93.79% |",
      "| **合计** | 567,543.34 | 84,284.72 | -483,258.62 | -85.15% |",
    ],
  },
  {
    // 二、2.2 项目支出 合计
    title: "2020年度项目资金实际使用情况表",
    id: "projects",
    rows: ["| **合计** | | 650,501,700.00 | 650,501,700.00 | 0.00 | 100.00% |"],
  },
  {
    // 四（二）（1）: 全年计划完成征收非税收入33,359.00万元，实际完成79381万元，完成计划的237.96%
    title: "2020年度非税收入及收入目标完成情况表",
    id: "revenue-targets",
    rows: ["| 1 | 非税收入 | | 33,359.00 | 79,381.00 | 237.96% |"],
  },
];

/** The seed's 20 项目支出 rows (二、2.2): 序号 and 可用指标 = 实际使用, 元. */
const SEED_PROJECTS: [number, string][] = [
  [1, "593,785,100.00"],
  [2, "500,000.00"],
  [3, "30,000.00"],
  [4, "3,150,000.00"],
  [5, "100,000.00"],
  [6, "10,000.00"],
  [7, "600,000.00"],
  [8, "1,200,000.00"],
  [9, "1,800,000.00"],
  [10, "19,131,700.00"],
  [11, "10,000,000.00"],
  [12, "2,018,000.00"],
  [13, "400,000.00"],
  [14, "690,000.00"],
  [15, "2,520,000.00"],
  [16, "2,000,000.00"],
  [17, "111,200.00"],
  [18, "246,800.00"],
  [19, "12,168,900.00"],
  [20, "40,000.00"],
];

describe("golden: Taojiang 2020 report", () => {
  it("has the seed's title, and the seed's sections 一 to 七", () => {
    expect(md.startsWith("# 桃江县自然资源局2020年度部门整体支出绩效评价报告\n")).toBe(true);
    for (const heading of [
      "## 一、部门概况",
      "## 二、部门整体支出管理及使用情况分析",
      "## 三、项目组织实施情况",
      "## 四、部门整体支出绩效情况",
      "## 五、绩效评价工作开展情况",
      "## 六、目前面临的困境和需要解决的问题",
      "## 七、改进措施和有关建议",
      "## 数据一致性核查（jixiao 根据基础数据生成）",
      "## 附件1　2020年度部门整体支出绩效评价基础数据表",
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
  });

  for (const table of SEED_TABLES) {
    it(`regenerates ${table.title} with the seed's amounts (Markdown and HTML)`, () => {
      const block = mdTable(table.title);
      for (const row of table.rows) expect(block).toContain(row);
      const inHtml = htmlTable(table.id);
      for (const row of table.rows) {
        for (const figure of row.match(/-?[\d,]+\.\d{2}(?:%|※)?/g) ?? []) {
          expect(inHtml).toContain(`<td class="num">${figure}</td>`);
        }
      }
    });
  }

  it("lists all 20 project rows with the seed's amounts, 差额 0.00 and 使用比例 100.00%", () => {
    const block = mdTable("2020年度项目资金实际使用情况表");
    for (const [seq, amount] of SEED_PROJECTS) {
      const line = block.split("\n").find((l) => l.startsWith(`| ${seq} | `));
      expect(line, `project ${seq}`).toBeDefined();
      expect(line?.endsWith(`| ${amount} | ${amount} | 0.00 | 100.00% |`)).toBe(true);
    }
    expect(block).toContain("| 7 | 2020年地灾防治项目资金 湘财资环指[2020]23号 |");
    const projects = allTables(model.blocks).find((t) => t.id === "projects");
    expect(projects?.rows.filter((r) => !r.total)).toHaveLength(20);
    expect(htmlTable("projects").match(/<tr>/g)).toHaveLength(2 + 20); // 2 header rows + 20 body rows
  });

  it("writes the computed indicator sentences from data (issue #2: 10.28%, -85.15%, 1,029,077.76, 237.96%)", () => {
    expect(md).toContain("“三公经费”控制率为10.28%");
    expect(md).toContain("“三公经费”变动率为-85.15%");
    expect(md).toContain("结转结余为1,029,077.76元");
    expect(md).toContain(
      "非税收入计划任务为33,359.00万元，实际完成为79,381.00万元，完成率为237.96%",
    );
    // 四、1 预算配置: 288 在职 ÷ 282 编制 = 102.13%, where the department's text says 100%
    expect(md).toContain("在职人员控制率（在职人员数 ÷ 编制数 × 100%）为102.13%");
  });

  it("keeps the department's narrative as written", () => {
    expect(md).toContain("统一社会信用代码：11430922MB1636254P");
    expect(md).toContain("### （五）年初预算编制不够全面、细化，预算偏差大。");
    expect(html).toContain('<p class="signature align-right">2021年5月20日</p>');
  });

  it("ends 七 with the one-line recommendation 6 and the seed's 附送 list, then the 落款", () => {
    // seed 七、6 is a heading with no paragraph: it stands alone, not marked empty
    const six = "### 6、加强预算收入与预算支出核算，合理编制预算";
    const after = md.slice(md.indexOf(six));
    expect(after.slice(0, after.indexOf("## 数据一致性核查"))).not.toContain("基础数据未提供");
    // seed 附送：  1、2020年度部门整体支出绩效评价基础数据表；2、…；3、目录及相关佐证资料。
    expect(after).toMatch(
      /\n\n---\n\n\*\*附送：\*\*\n\n1、2020年度部门整体支出绩效评价基础数据表；\n\n2、[^\n]+\n\n3、目录及相关佐证资料。\n\n桃江县自然资源局\n\n2021年5月20日\n/,
    );
  });

  it("lists the key indicators with units and formulas that do not repeat the name (seed 四)", () => {
    // 结转结余 683,266,542.43 − 682,237,464.67 = 1,029,077.76元; 满意度 95.2分 (seed 五、2.4.2 D)
    expect(md).toContain("| 到位金额合计 − 实际支出合计 | 1,029,077.76元 |");
    expect(md).toContain("| 社会公众或服务对象满意度 | 问卷调查统计分值 | 95.2分 |");
    expect(md).toContain("| 预算完成率 | 实际支出合计 ÷ 到位金额合计 × 100%");
    expect(md).not.toContain("预算完成率 = 预算完成率");
  });

  it("shows 计划值 and 完成率 only for indicators with a plan; the others compactly by category (seed 四（二）)", () => {
    const planned = allTables(model.blocks).find((t) => t.id === "performance-indicators");
    const actual = allTables(model.blocks).find((t) => t.id === "performance-indicators-actual");
    const withPlan = evaluation.dataset.performanceIndicators.filter((p) => p.planned != null);
    expect(planned?.rows).toHaveLength(withPlan.length);
    // seed 四（二）（2）: 周转指标 计划 80 公顷, 实际 90.7 公顷 → 113.38%
    expect(md).toContain(
      "| 产出数量 | 2019年度一期、二期增减挂钩项目确认周转指标 | 公顷 | 80 | 90.7 | 113.38% |",
    );
    const rows = (actual?.rows ?? []).map((r) => r.cells.map(cellText));
    expect(rows[0]).toEqual(["产出数量"]); // category row spanning the table
    expect(rows).toContainEqual(["　办结出让土地分配方案", "22", "宗"]);
    const listed = rows.filter((r) => r.length === 3).length;
    expect(listed + withPlan.length).toBe(evaluation.dataset.performanceIndicators.length);
  });

  it("appends the 基础数据表 annex from data", () => {
    const annex = md.slice(md.indexOf("## 附件1"));
    for (const title of [
      "部门基本信息",
      "预算单位",
      "人员情况",
      "收入情况",
      "支出情况",
      "“三公经费”",
      "公用经费",
      "项目支出",
      "收入目标",
      "产出及效益指标",
      "满意度调查",
    ]) {
      expect(annex).toMatch(new RegExp(`\\*\\*表\\d+　${title}`));
    }
    expect(annex).toContain("| 年初核定编制数（2020年1月1日） | 282 |");
    expect(annex).toContain("| 年末在职人数（2020年12月31日） | 288 |");
    // seed 1.2.1/1.2.2: 预算 820,000.00, 决算 84,284.72, 2019年决算 567,543.34
    expect(annex).toContain("| **合计** | 820,000.00 | 84,284.72 | 567,543.34 |");
    // seed 五、2.4.2 D: 发放问卷20份，统计分值为95.2分
    expect(annex).toContain("| 20 | 95.2 | 100 |");
    expect(html).toContain('<section id="annex-basic-data" class="level-1 annex page-break">');
  });

  it("lists every finding of the evaluation in 数据一致性核查", () => {
    const section = md.slice(md.indexOf("## 数据一致性核查"), md.indexOf("## 附件1"));
    if (evaluation.findings.length === 0) {
      expect(section).toContain("未发现不一致");
    } else {
      const findings = allTables(model.blocks).find((t) => t.id === "findings");
      expect(findings?.rows).toHaveLength(evaluation.findings.length);
      const messages = (findings?.rows ?? []).map((r) => (r.cells[6] ? cellText(r.cells[6]) : ""));
      // core's default table names read as the report names them (the revenue lines: 附件1 表5)
      const names: Record<string, string> = {
        "收入数据（按来源）": "附件1 表5　收入情况",
        基本支出明细: "2020年度基本支出明细表",
      };
      const renamed = (m: string) =>
        m.replace(/“([^“”]+)”/g, (w, t: string) => (names[t] ? `“${names[t]}”` : w));
      expect(messages.sort()).toEqual(evaluation.findings.map((f) => renamed(f.message)).sort());
      expect(section).not.toContain("收入数据（按来源）");
      expect(section).not.toMatch(/（[a-z]+\.[a-z-]+）/); // no English rule ids in the body
      expect(section).toContain(`共发现${evaluation.findings.length}项问题`);
    }
  });

  it("matches the reviewed Markdown snapshot", async () => {
    await expect(md).toMatchFileSnapshot("./__snapshots__/taojiang-natural-resources-2020.md.snap");
  });

  it("adds the 评分表 annex with one score format, named 评价要点 and the self-stated score for comparison", () => {
    const hunan = builtinFramework("hunan-county-2020");
    if (!hunan) throw new Error("missing built-in framework");
    const scored = renderMarkdown(
      buildReportModel(evaluation, { scoreAnnex: scoreSheetAnnex(hunan) }),
    );
    const annex = scored.slice(scored.indexOf("## 附件2"));
    // seed 五、（四）: 分值 99.50分，等级“优秀” — the department's own figure, shown for comparison only
    expect(annex).toContain(
      "注：部门自评分（报告所述，仅供对照）：99.5分，见“自评分99.5分，等级‘优秀’”；报告未附评分表，不作为得分依据。",
    );
    expect(annex).toMatch(/\| \*\*暂定总分\d+\.\d{2}（15项待评，未定等级）\*\* \|/);
    expect(annex).not.toMatch(/（p\d|hunan-county/);
    // scores at the framework's 2 places: 1.1.2 full 5 points
    expect(annex).toContain("| 1.1.2 | 　　“三公经费”变动率 | 5.00 | -85.15% | 5.00 |");
  });
});
