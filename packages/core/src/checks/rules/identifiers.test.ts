import { describe, expect, it } from "vitest";
import { findings, makeDataset } from "../testing/fixture.ts";
import { identifierCreditCode } from "./credit-code.ts";
import {
  documentNumberProblems,
  findDocumentNumbers,
  identifierDocumentNumber,
} from "./document-number.ts";

describe("identifier.credit-code", () => {
  it("stays silent on the valid code 11430922MB1636254P in the profile and the text (seed 一、（一）)", () => {
    const ds = makeDataset({
      narrative: { departmentOverview: ["统一社会信用代码：11430922MB1636254P，职责和宗旨：……"] },
    });
    expect(findings(ds, identifierCreditCode)).toEqual([]);
  });

  it("fires on a code in the text whose check character is wrong", () => {
    const ds = makeDataset({
      narrative: { departmentOverview: ["统一社会信用代码：11430922MB1636254Q"] },
    });
    const out = findings(ds, identifierCreditCode);
    expect(out.map((f) => [f.severity, f.stated])).toEqual([["error", "11430922MB1636254Q"]]);
    expect(out[0]?.message).toContain("校验位应为“P”");
  });

  it("warns on a valid code in the text that is not the department's", () => {
    // 91430922MA4L1234X? is not used: build a valid one from the check-character rule instead.
    const ds = makeDataset({
      narrative: {
        preamble: ["本单位统一社会信用代码为11430922MB1636254P，另一单位为12430922444880227R。"],
      },
    });
    const out = findings(ds, identifierCreditCode);
    expect(out.map((f) => f.stated)).toEqual(out.map(() => "12430922444880227R"));
  });
});

describe("document numbers (GB/T 9704-2012)", () => {
  it("splits a 发文字号 into issuer, year and serial", () => {
    const [doc] = findDocumentNumbers("（湘财资环指[2020]23号）");
    expect(doc).toMatchObject({
      issuer: "湘财资环指",
      open: "[",
      year: "2020",
      close: "]",
      serial: "23",
      strayYear: false,
    });
  });

  it("accepts 湘财资环指〔2020〕23号 and drops prose before the issuer", () => {
    const [doc] = findDocumentNumbers("我局按照桃办〔2019〕38号文件规定");
    expect(doc?.issuer).toBe("桃办");
    expect(documentNumberProblems(doc ?? ({} as never))).toEqual([]);
  });

  it("errs on 桃自然资字[2019]年57号 and on [2020]年134号 without issuer (seed 2.2 rows 4 and 20)", () => {
    const [a] = findDocumentNumbers("地质灾害治理、人居环境建设等 桃自然资字[2019]年57号");
    const [b] = findDocumentNumbers("2020年地质灾害应急经费[2020]年134号");
    expect(documentNumberProblems(a ?? ({} as never)).map((p) => p.severity)).toEqual([
      "error",
      "warning",
    ]);
    expect(b?.issuer).toBe("");
    expect(documentNumberProblems(b ?? ({} as never)).map((p) => p.severity)).toEqual([
      "error",
      "error",
      "warning",
    ]);
  });

  it("warns on 【】, ［］ and （） year brackets and on a serial with leading zeros", () => {
    const problems = (t: string) =>
      documentNumberProblems(findDocumentNumbers(t)[0] ?? ({} as never));
    expect(problems("益政发【2013】10号").map((p) => p.severity)).toEqual(["warning"]);
    expect(problems("财预［2011］285号").map((p) => p.severity)).toEqual(["warning"]);
    expect(problems("桃江县财政局桃财绩（2021）14号")[0]?.message).toContain("圆括号");
    expect(problems("桃财绩〔2021〕014号")[0]?.message).toContain("虚位");
  });

  it("groups one written form across places, at its worst severity", () => {
    const ds = makeDataset({
      projects: [
        {
          seq: 7,
          name: "2020年地灾防治项目资金",
          documentNumber: "湘财资环指[2020]23号",
          budget: "600000",
          actual: "600000",
        },
        { seq: 20, name: "2020年地质灾害应急经费[2020]年134号", budget: "40000", actual: "40000" },
      ],
      narrative: { preamble: ["根据（湘财资环指[2020]23号）和（桃财绩〔2021〕14号）"] },
    });
    const out = findings(ds, identifierDocumentNumber);
    expect(out.map((f) => [f.severity, f.stated, f.locations.length])).toEqual([
      ["warning", "湘财资环指[2020]23号", 2],
      ["error", "[2020]年134号", 1],
    ]);
    expect(out[1]?.message).toBe(
      "发文字号“[2020]年134号”不合GB/T 9704-2012：缺少机关代字；年份括号后多出“年”字（应为〔2020〕134号）；年份用了方括号“[]”，应使用六角括号“〔〕”，应写作“（机关代字）〔2020〕134号”。",
    );
  });

  it("stays silent on well-formed numbers", () => {
    const ds = makeDataset({
      narrative: { preamble: ["按照桃办〔2019〕38号、桃编发〔2020〕5号文件规定"] },
    });
    expect(findings(ds, identifierDocumentNumber)).toEqual([]);
  });
});

describe("identifier.document-year", () => {
  it("notes a 2020 project cited under a 2019 document (seed 2.2 row 8), and not a matching one", async () => {
    const { identifierDocumentYear } = await import("./document-year.ts");
    const ds = makeDataset({
      projects: [
        {
          seq: 7,
          name: "2020年地灾防治项目资金",
          documentNumber: "湘财资环指[2020]23号",
          budget: "600000",
          actual: "600000",
        },
        {
          seq: 8,
          name: "2020年地灾防治项目资金",
          documentNumber: "湘财资环指[2019]68号",
          budget: "1200000",
          actual: "1200000",
        },
        {
          seq: 5,
          name: "2019年益阳市地质灾害综合防治第二批专项资金",
          documentNumber: "益资规函[2019]26号",
          budget: "100000",
          actual: "100000",
        },
      ],
    });
    const out = findings(ds, identifierDocumentYear);
    expect(out.map((f) => [f.severity, f.locations[0]?.path, f.stated, f.expected])).toEqual([
      ["info", "projects[1]", "2019", "2020"],
    ]);
  });
});
