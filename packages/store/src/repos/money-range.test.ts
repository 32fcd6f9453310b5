import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationFailed } from "../errors.ts";
import { isOversizedAmount } from "../money.ts";
import {
  as,
  DIALECTS,
  openTestStore,
  orgFixture,
  type TestStore,
  taojiang,
} from "../testing/index.ts";

const RANGE =
  "金额超出可存储范围（最多18位整数） / amount exceeds the storable range (at most 18 integer digits)";

describe("isOversizedAmount", () => {
  it("counts integer digits, leading zeros aside", () => {
    expect(isOversizedAmount("99999999999999999999999.99")).toBe(true);
    expect(isOversizedAmount("1000000000000000000")).toBe(true); // 19 digits
    expect(isOversizedAmount("999999999999999999.99")).toBe(false); // 18 digits
    expect(isOversizedAmount("000999999999999999999.99")).toBe(false);
    expect(isOversizedAmount("91430922MA4L1234XY")).toBe(false); // not an amount
  });
});

describe.each(DIALECTS)("amounts beyond numeric(20,2) (%s)", (dialect) => {
  let t: TestStore;
  let fx: Awaited<ReturnType<typeof orgFixture>>;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    fx = await orgFixture(t.store);
  });
  afterAll(async () => t?.cleanup());

  it("refuses a 23-digit amount as ValidationFailed naming path and value, writing nothing", async () => {
    const content = taojiang();
    const project = content.projects[0];
    if (!project) throw new Error("taojiang has projects");
    project.budget = "99999999999999999999999.99";
    const error = await t.store.datasets
      .create(as(fx.actors.editor, "datasets.create"), {
        departmentId: fx.department.id,
        content,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).issues).toEqual([
      { path: "content.projects[0].budget", message: `“99999999999999999999999.99”：${RANGE}` },
    ]);
    expect(await t.store.datasets.list(as(fx.actors.reviewer))).toEqual([]);
  });

  it("refuses amounts that fit one by one but whose total does not (18 + 18 digits → 19)", async () => {
    const content = taojiang();
    const [a, b] = content.expenditure;
    if (!a || !b) throw new Error("taojiang has expenditure lines");
    a.budget = "999999999999999999.00";
    b.budget = "999999999999999999.00";
    const error = await t.store.datasets
      .create(as(fx.actors.editor, "datasets.create"), {
        departmentId: fx.department.id,
        content,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailed);
    const issue = (error as ValidationFailed).issues[0];
    expect(issue?.path).toBe("content(expenditure.budget.total)");
    expect(issue?.message).toContain(RANGE);
    expect(await t.store.datasets.list(as(fx.actors.reviewer))).toEqual([]);
  });

  it("still stores an 18-digit amount exactly", async () => {
    const content = taojiang();
    const project = content.projects[0];
    if (!project) throw new Error("taojiang has projects");
    project.budget = "999999999999999999.99";
    const ds = await t.store.datasets.create(as(fx.actors.editor, "datasets.create"), {
      departmentId: fx.department.id,
      content,
    });
    expect(ds.content.projects[0]?.budget).toBe("999999999999999999.99");
    expect(ds.totalBudget).toBe("682237464.67");
  });
});
