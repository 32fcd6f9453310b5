import { describe, expect, it } from "vitest";
import { makeDataset } from "./testing/fixture.ts";
import { textPieces } from "./texts.ts";

describe("textPieces", () => {
  it("collects narrative, project and basis-document text with paths and report parts", () => {
    const dataset = makeDataset({
      projects: [
        {
          seq: 4,
          name: "地质灾害治理、人居环境建设等",
          documentNumber: "桃自然资字[2019]年57号",
          budget: "3150000",
          actual: "3150000",
        },
      ],
      evaluationProcess: {
        basisDocuments: [
          { title: "湖南省预算支出绩效评价管理办法", documentNumber: "湘财绩〔2020〕7号" },
        ],
      },
      narrative: {
        preamble: ["为进一步规范财政资金管理……"],
        problems: [{ heading: "（五）年初预算编制不够全面", paragraphs: ["基本支出年初预算不足"] }],
      },
    });
    const byPath = new Map(textPieces(dataset).map((p) => [p.path, p]));
    expect(byPath.get("projects[0].documentNumber")?.text).toBe("桃自然资字[2019]年57号");
    expect(byPath.get("projects[0].documentNumber")?.section).toBe(
      "二、部门整体支出管理及使用情况分析",
    );
    expect(byPath.get("evaluationProcess.basisDocuments[0].documentNumber")?.text).toBe(
      "湘财绩〔2020〕7号",
    );
    expect(byPath.get("narrative.preamble[0]")?.section).toBe("前言");
    expect(byPath.get("narrative.problems[0].heading")?.section).toBe(
      "六、目前面临的困境和需要解决的问题",
    );
    expect(byPath.get("narrative.problems[0].paragraphs[0]")?.text).toBe("基本支出年初预算不足");
  });
  it("reads a dataset's text as it is now, after an edit in place", () => {
    const dataset = makeDataset({
      projects: [
        {
          seq: 1,
          name: "测绘项目",
          documentNumber: "湘财资环指〔2020〕23号",
          budget: "1",
          actual: "1",
        },
      ],
    });
    expect(textPieces(dataset).find((p) => p.path === "projects[0].documentNumber")?.text).toBe(
      "湘财资环指〔2020〕23号",
    );
    const project = dataset.projects[0];
    if (project) project.documentNumber = "桃自然资字[2019]年57号";
    expect(textPieces(dataset).find((p) => p.path === "projects[0].documentNumber")?.text).toBe(
      "桃自然资字[2019]年57号",
    );
  });
});
