import { describe, expect, it } from "vitest";
import { splitProjectName } from "./project-name.ts";

describe("splitProjectName", () => {
  it("splits name and 文号 at the space before the issuer (seed 2.2 row 7)", () => {
    expect(splitProjectName("2020年地灾防治项目资金 湘财资环指[2020]23号")).toEqual({
      name: "2020年地灾防治项目资金",
      documentNumber: "湘财资环指[2020]23号",
      note: null,
    });
  });
  it("takes the bracket as the start when the name runs into it (seed 2.2 row 20)", () => {
    expect(splitProjectName("2020年地质灾害应急经费[2020]年134号")).toEqual({
      name: "2020年地质灾害应急经费",
      documentNumber: "[2020]年134号",
      note: null,
    });
  });
  it("keeps what follows the 文号 as a note (seed 2.2 row 5) and leaves names without one alone", () => {
    expect(
      splitProjectName(
        "2019年益阳市地质灾害综合防治第二批专项资金 益资规函[2019]26号（预算指标号）",
      ),
    ).toEqual({
      name: "2019年益阳市地质灾害综合防治第二批专项资金",
      documentNumber: "益资规函[2019]26号",
      note: "文号后印有“（预算指标号）”",
    });
    expect(splitProjectName("土地成本")).toEqual({
      name: "土地成本",
      documentNumber: null,
      note: null,
    });
  });
});
