import { evaluate } from "@jixiao/core";
import { builtinFrameworks } from "@jixiao/core/frameworks";
import { parseDataset } from "@jixiao/core/schema";
import { scoreEvaluation } from "@jixiao/core/scoring";
import { taojiang2020 } from "@jixiao/examples";
import type { EvaluationDetail, FindingRecord } from "@jixiao/store";
import { describe, expect, it } from "vitest";
import { previewResult, storedResult } from "./evaluation-result.ts";
import { EvaluationResultOutput, EvaluationResultSchema } from "./schemas/evaluation.ts";

// evaluations.run/get answer without tRPC's output check (EvaluationResultOutput): what the
// builders produce must be what the check would have answered, byte for byte.
describe("evaluation results pass EvaluationResultSchema unchanged", () => {
  const framework = builtinFrameworks()[0];
  if (!framework) throw new Error("a built-in framework");
  const evaluation = evaluate(parseDataset(taojiang2020));
  const scored = { ...evaluation, scoreSheet: scoreEvaluation(evaluation, framework) };

  it("a posted dataset's (Taojiang 2020: indicators, 48 findings, 评分表)", () => {
    const result = previewResult(scored);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(EvaluationResultSchema.parse(result))).toBe(JSON.stringify(result));
  });

  it("a stored evaluation's (indicators and findings read back from their JSON)", () => {
    const detail = {
      id: "e1",
      datasetId: "d1",
      datasetVersion: 3,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      manualKind: null,
      totalScore: "80.5",
      grade: "良",
      provisional: true,
      findingCounts: { error: 1, warning: 2, info: 3 },
      createdAt: "2021-04-25T02:00:00.000Z",
      createdBy: "u-admin",
      scoreSheet: JSON.parse(JSON.stringify(scored.scoreSheet)),
      indicators: JSON.parse(JSON.stringify(evaluation.indicators)),
    } satisfies EvaluationDetail;
    const findings: FindingRecord[] = evaluation.findings.map((f, seq) => ({
      id: `f${seq}`,
      evaluationId: "e1",
      seq,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      // an older row's detail may hold a field the schema does not: left out, as the check did
      detail: { ...JSON.parse(JSON.stringify(f)), retired: "x" },
    }));
    const result = storedResult(detail, findings.reverse(), {
      name: "桃江县自然资源局",
      fiscalYear: 2020,
    });
    expect(result.findings.map((f) => f.message)).toEqual(
      evaluation.findings.map((f) => f.message),
    );
    expect(JSON.stringify(EvaluationResultSchema.parse(result))).toBe(JSON.stringify(result));
  });

  it("the procedures' output schema passes the answer through as it is", async () => {
    const result = previewResult(scored);
    expect(await EvaluationResultOutput.parseAsync(result)).toBe(result);
    // while parsing with the schema itself still checks
    expect(() => EvaluationResultSchema.parse({ ...result, indicators: [{}] })).toThrow();
  });
});
