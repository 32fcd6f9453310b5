import { describe, expect, it } from "vitest";
import { auditModel } from "./audit.ts";
import { readText } from "./read-text.ts";
import { seedText } from "./testing/seed.ts";

describe("a 文号 cited right after its issuing body's name", () => {
  it("quotes and corrects only the 文号, as jixiao check does on the hand-made dataset", () => {
    // Seed 五、（二）5: “…（桃政发〔2013〕25号）、桃江县财政局桃财绩（2021）14号。”; `jixiao check` on
    // examples/taojiang-natural-resources-2020/dataset.json says 桃财绩〔2021〕14号.
    const audit = auditModel(readText(seedText()), "seed.txt");
    const found = audit.findings.filter(
      (f) => f.finding.ruleId === "identifier.document-number" && /桃财绩/.test(f.finding.message),
    );
    expect(found.map((f) => [f.finding.stated, f.finding.expected])).toEqual([
      ["桃财绩（2021）14号", "桃财绩〔2021〕14号"],
    ]);
    expect(found[0]?.quotes).toEqual([
      "“5、《桃江县人民政府关于推进全县预算绩效管理的实施意见》（桃政发〔2013〕25号）、桃江县财政局桃财绩（2021）14号。”",
    ]);
    expect(audit.extraction.dataset.evaluationProcess.basisDocuments).toMatchObject([
      { title: "桃江县财政局", documentNumber: "桃财绩（2021）14号" },
    ]);
  });
});
