import { describe, expect, it } from "vitest";
import { dec, sum } from "../decimal.ts";
import { parseDataset } from "../schema/parse.ts";
import {
  minimalDatasetInput,
  SEED_ALLOCATION,
  SEED_BUDGET_SUMMARY,
  SEED_EXPENDITURE,
  SEED_PROJECTS,
  SEED_REVENUE,
  SEED_THREE_PUBLIC,
  seedProject,
  staffByType,
} from "./seed-fixtures.ts";

const total = (values: readonly string[]) => sum(values.map((v) => dec(v || "0"))).toFixed(2);

describe("seed fixtures", () => {
  it("build a minimal dataset that parses, with the seed's identity and staffing (seed 一、（一）（2）)", () => {
    const dataset = parseDataset(minimalDatasetInput());
    expect(dataset.department.unifiedSocialCreditCode).toBe("11430922MB1636254P");
    expect(dataset.staffing.atBudget.authorizedHeadcount).toBe(282);
    expect(dataset.staffing.atYearEnd.activeStaff).toBe(288);
    expect(dataset.staffing.retiredStaff).toBe(89);
  });

  it("let a patch replace a field in its place and give fresh objects on every call", () => {
    const input = minimalDatasetInput({ budgetUnits: { asOf: "2020-12-31", groups: [] } });
    expect(Object.keys(input)).toEqual(["schemaVersion", "department", "budgetUnits", "staffing"]);
    expect(input.budgetUnits.asOf).toBe("2020-12-31");
    expect(minimalDatasetInput().staffing).not.toBe(minimalDatasetInput().staffing);
  });

  it("carry the seed's totals: 表（一） 682,237,464.67, 表（二）到位 683,266,542.43, 项目 650,501,700.00, 三公 84,284.72", () => {
    // Seed 二、: 整体支出使用 682,237,464.67 = 基本支出 31,735,764.67 + 项目支出 650,501,700.00.
    expect(total(SEED_EXPENDITURE.map((l) => l.actual))).toBe("682237464.67");
    expect(total(SEED_BUDGET_SUMMARY.map((l) => l.budgetExpenditure))).toBe("682237464.67");
    // Seed 预算拨款与实际支出对比表（二）合计 到位 683,266,542.43.
    expect(total(SEED_ALLOCATION.map((l) => l.received))).toBe("683266542.43");
    // Seed 二、: 使用 680,008,000.00 + 3,257,236.57 + 1,305.86; 到位 equal to 表（二）合计.
    expect(total(SEED_REVENUE.map((l) => l.used))).toBe("683266542.43");
    expect(total(SEED_REVENUE.map((l) => l.received))).toBe("683266542.43");
    // Seed 2.2 项目支出表 合计 650,501,700.00 over 20 rows.
    expect(SEED_PROJECTS).toHaveLength(20);
    expect(total(SEED_PROJECTS.map((p) => p.actual))).toBe("650501700.00");
    // Seed 1.2.1 "三公"经费 决算数 合计 84,284.72.
    expect(total(SEED_THREE_PUBLIC.map((l) => l.actual))).toBe("84284.72");
  });

  it("give one project row by 序号 as a fresh object, and refuse a row the seed lacks", () => {
    // Seed 2.2 row 2: 地质灾害防治专项费用 500,000.00.
    expect(seedProject(2)).toEqual({
      seq: 2,
      name: "地质灾害防治专项费用",
      budget: "500000.00",
      actual: "500000.00",
    });
    expect(seedProject(2)).not.toBe(SEED_PROJECTS[1]);
    expect(() => seedProject(21)).toThrow("the seed has no project row 21");
  });

  it("split 编制 into 全额 and 自收自支 (seed 一、（2）: 282 = 258 + 24)", () => {
    expect(staffByType(258, 24)).toEqual([
      { type: "全额编制", count: 258 },
      { type: "自收自支编制", count: 24 },
    ]);
  });
});
