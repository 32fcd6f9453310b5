import { evaluate, parseDataset } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../model/build.ts";
import { smallDatasetInput, smallEvaluation } from "../../test-fixtures/small-evaluation.ts";
import { escapeHtml } from "./escape.ts";
import { HTML_GENERATED_LEGEND, keepNumbersWhole, renderHtml } from "./render-html.ts";

describe("renderHtml", () => {
  const model = buildReportModel(smallEvaluation());
  const html = renderHtml(model);

  it("is one self-contained document: inline CSS, no external assets or scripts", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>样例县自然资源局2020年度部门整体支出绩效评价报告</title>");
    expect(html).not.toMatch(/<link\b|<script\b|\bsrc=|https?:\/\/|@import|url\(/i);
  });

  it("prints on A4 with 公文 margins, 仿宋 body, 黑体 headings, repeated header rows and whole rows", () => {
    expect(html).toContain("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
    expect(html).toMatch(
      /body \{[^}]*font-family: "仿宋", FangSong[^}]*SimSun[^}]*"Noto Serif CJK SC"[^}]*serif;/,
    );
    expect(html).toMatch(/h1, h2, h3, h4, h5, h6 \{[^}]*"黑体", SimHei, "Noto Sans CJK SC"/);
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toContain("tr { break-inside: avoid; page-break-inside: avoid; }");
    expect(html).toContain('<section id="annex-basic-data" class="level-1 annex page-break">');
  });

  it("never breaks inside a number or the title's words (seed title breaks after 部门整体支出)", () => {
    expect(keepNumbersWhole("20.50（暂定）")).toBe(
      '<span class="nw">20.50</span><span class="nw">（暂定）</span>',
    );
    expect(keepNumbersWhole("31,735,764.67元")).toBe('<span class="nw">31,735,764.67</span>元');
    expect(keepNumbersWhole("无法计算（分母为0）")).toBe("无法计算（分母为0）");
    expect(html).toContain(
      '<h1 class="title"><span class="title-line">样例县自然资源局2020年度部门整体支出</span><span class="title-line">绩效评价报告</span></h1>',
    );
    expect(html).toContain(
      "td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }",
    );
    expect(html).toContain("td .nw { white-space: nowrap; }");
  });

  it("sets jixiao's generated sentences apart (楷体, grey, left rule) with a legend once", () => {
    expect(html).toMatch(
      /p\.generated \{[^}]*"楷体"[^}]*color: #555; border-left: 2pt solid #aaa;/,
    );
    expect(html).toContain('<p class="generated">按基础数据计算：');
    expect(html.split(HTML_GENERATED_LEGEND)).toHaveLength(2);
  });

  it("renders merged headers with rowspan/colspan in thead, widths in colgroup, totals marked", () => {
    const projects = html.slice(html.indexOf('<div class="table-block" id="projects">'));
    expect(projects).toContain(
      '<thead><tr><th scope="col" rowspan="2">序号</th><th scope="col" rowspan="2">预算项目</th><th scope="col" colspan="3">金额（元）</th><th scope="col" rowspan="2">使用比例（实际/预算）</th></tr><tr><th scope="col">可用指标</th>',
    );
    expect(projects).toMatch(/<colgroup>(<col style="width:\d+\.\d{2}%">){6}<\/colgroup>/);
    expect(projects).toContain(
      '<tr class="total"><td class="center" colspan="2">合计</td><td class="num">594,425,100.00</td>',
    );
  });

  it("gives every body row of every table exactly as many columns as its colgroup", () => {
    const tables = html.split("<table>").slice(1);
    expect(tables.length).toBeGreaterThan(10);
    for (const t of tables) {
      const columns = (t.match(/<col style=/g) ?? []).length;
      const body = t.slice(t.indexOf("<tbody>"), t.indexOf("</tbody>"));
      for (const row of body.split("</tr>").filter((r) => r.includes("<td"))) {
        const spans = [...row.matchAll(/<td[^>]*?(?: colspan="(\d+)")?>/g)].map((m) =>
          Number(m[1] ?? 1),
        );
        expect(spans.reduce((a, b) => a + b, 0)).toBe(columns);
      }
    }
  });

  it("right-aligns numbers and shows null reasons and blanks as the model says", () => {
    expect(html).toContain('<td class="num">10.28%</td>');
    expect(html).toContain('<td class="right">无法计算（分母为0）</td>');
    expect(html).toContain('<td class="right">不适用</td>');
    expect(html).toContain('<span class="table-unit">单位：元</span>');
  });

  it("escapes every text, so markup in the data prints as text", () => {
    const input = {
      ...smallDatasetInput,
      narrative: { ...smallDatasetInput.narrative, preamble: ['<script>alert("x")</script> & 甲'] },
      projects: [{ seq: 1, name: "<img onerror=x>", budget: "1.00", actual: "1.00" }],
    };
    const out = renderHtml(buildReportModel(evaluate(parseDataset(input))));
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 甲");
  });

  it("embeds a chart drawing from the hook, and falls back to the data table without one", () => {
    const drawn = renderHtml(model, {
      renderChart: (chart) =>
        chart.id === "chart-three-public-year" ? `<svg data-chart="${chart.id}"></svg>` : null,
    });
    expect(drawn).toContain(
      '<figure class="chart" id="chart-three-public-year"><svg data-chart="chart-three-public-year"></svg><figcaption>“三公经费”2019年与2020年决算数对比</figcaption></figure>',
    );
    expect(drawn).toContain('id="chart-budget-vs-actual-data"'); // no drawing → data table
    expect(html).toContain('id="chart-three-public-year-data"');
  });

  it("renders the same figures as the model's cells (one model, many outputs)", () => {
    for (const figure of [
      "820,000.00",
      "84,284.72",
      "-735,715.28",
      "-85.15%",
      "237.96%",
      "102.13%",
    ]) {
      expect(html).toContain(figure);
    }
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});
