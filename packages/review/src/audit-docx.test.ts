import { describe, expect, it } from "vitest";
import { auditModel } from "./audit.ts";
import { readDocx } from "./read-docx.ts";
import { readText } from "./read-text.ts";
import { docxFromModel } from "./testing/docx-fixture.ts";
import { seedText } from "./testing/seed.ts";

describe("auditing a DOCX made from the seed", () => {
  it("reads real Word tables with merged header cells and gives the same findings as the text", async () => {
    const text = readText(seedText());
    const bytes = await docxFromModel(text);
    const docx = await readDocx(bytes, "seed.docx");
    const tables = docx.blocks.filter((b) => b.kind === "table");
    expect(tables.length).toBe(7);
    const projects = tables[6];
    const threePublic = tables[4];
    if (projects?.kind !== "table" || threePublic?.kind !== "table")
      throw new Error("tables missing");
    // 序号 and 预算项目 span the two header rows; the 三公 caption spans all five columns.
    expect(projects.rows[0]?.slice(0, 2).map((c) => [c.text, c.rowSpan])).toEqual([
      ["序号", 2],
      ["预算项目", 2],
    ]);
    expect(threePublic.rows[0]?.map((c) => [c.text, c.colSpan])).toEqual([
      ["1.2.1．2020年度 “三公经费”预算、决算执行情况     单位：元", 5],
    ]);

    const fromText = auditModel(text, "seed.txt").findings.map((f) => [
      f.finding.ruleId,
      f.finding.severity,
      f.finding.message,
    ]);
    const fromDocx = auditModel(docx, "seed.docx").findings.map((f) => [
      f.finding.ruleId,
      f.finding.severity,
      f.finding.message,
    ]);
    expect(fromDocx.length).toBe(48);
    expect(fromDocx).toEqual(fromText);
  });
});
