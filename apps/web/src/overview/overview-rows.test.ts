import { describe, expect, it } from "vitest";
import { type OverviewRow, queryRows, scoreText } from "./overview-rows.ts";

const row = (over: Partial<OverviewRow>): OverviewRow => ({
  id: "d",
  departmentName: "桃江县自然资源局",
  fiscalYear: 2020,
  status: "draft",
  score: null,
  grade: null,
  provisional: false,
  findings: null,
  updatedAt: "2026-01-01T00:00:00.000Z",
  updatedBy: "u",
  ...over,
});

const rows = [
  row({ id: "a", departmentName: "桃江县自然资源局", score: "35.43", provisional: true }),
  row({
    id: "b",
    departmentName: "桃江县财政局",
    score: "92.5",
    grade: "优秀",
    status: "finalised",
  }),
  row({ id: "c", departmentName: "桃江县教育局", fiscalYear: 2021 }),
  row({ id: "d", departmentName: "桃江县水利局", score: "100", grade: "优秀" }),
];

describe("queryRows", () => {
  it("sorts scores exactly (100 above 92.5) and keeps 待评 last either way", () => {
    const desc = queryRows(rows, {
      search: "",
      status: null,
      fiscalYear: null,
      sort: { key: "score", desc: true },
    });
    expect(desc.map((r) => r.id)).toEqual(["d", "b", "a", "c"]);
    const asc = queryRows(rows, {
      search: "",
      status: null,
      fiscalYear: null,
      sort: { key: "score", desc: false },
    });
    expect(asc.map((r) => r.id)).toEqual(["a", "b", "d", "c"]);
  });

  it("filters by status, year and a search in the name, status or grade", () => {
    const q = {
      search: "",
      status: null,
      fiscalYear: null,
      sort: { key: "departmentName", desc: false },
    } as const;
    expect(queryRows(rows, { ...q, status: "finalised" }).map((r) => r.id)).toEqual(["b"]);
    expect(queryRows(rows, { ...q, fiscalYear: 2021 }).map((r) => r.id)).toEqual(["c"]);
    expect(queryRows(rows, { ...q, search: "自然" }).map((r) => r.id)).toEqual(["a"]);
    expect(
      queryRows(rows, { ...q, search: "优秀" })
        .map((r) => r.id)
        .sort(),
    ).toEqual(["b", "d"]);
  });
});

describe("scoreText", () => {
  it("shows 待评, a provisional total, or the total with its grade", () => {
    expect(scoreText(rows[2] as OverviewRow)).toBe("待评");
    expect(scoreText(rows[0] as OverviewRow)).toBe("35.43（暂定）");
    expect(scoreText(rows[1] as OverviewRow)).toBe("92.5 优秀");
  });
});
