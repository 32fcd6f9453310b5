import { Decimal } from "@jixiao/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Forbidden, NotFound, RateLimited, ValidationFailed } from "../errors.ts";
import {
  as,
  DIALECTS,
  fixedClock,
  minimalDataset,
  openTestStore,
  orgFixture,
  type TestStore,
  taojiang,
} from "../testing/index.ts";
import type { DatasetRecord, Survey, SurveyAnswer } from "../types.ts";
import { aggregateAnswers, SURVEY_SCALE } from "./surveys.ts";

const QUESTIONS = [
  "您对自然资源局依法履职情况是否满意？",
  "您对不动产登记办理效率是否满意？",
  "您对国土空间规划公开情况是否满意？",
  "您对耕地保护和土地执法工作是否满意？",
  "您对工作人员服务态度是否满意？",
];

/**
 * 20 questionnaires × 5 questions (seed 五、（三）: “发放问卷20份 … 统计分值为95.2分”):
 * 76 answers 满意 (100) and 24 较满意 (80): (76 × 100 + 24 × 80) ÷ 100 = 9520 ÷ 100 = 95.2.
 * Questionnaires 1–16 answer 满意,满意,满意,满意,较满意 (16 较满意 in all, 64 满意);
 * 17–20 answer 满意,满意,满意,较满意,较满意 (8 较满意, 12 满意).
 */
function seedResponses(): SurveyAnswer[][] {
  const a: SurveyAnswer[] = ["satisfied", "satisfied", "satisfied", "satisfied", "fairlySatisfied"];
  const b: SurveyAnswer[] = [
    "satisfied",
    "satisfied",
    "satisfied",
    "fairlySatisfied",
    "fairlySatisfied",
  ];
  return [...Array.from({ length: 16 }, () => a), ...Array.from({ length: 4 }, () => b)];
}

describe("aggregateAnswers", () => {
  it("gives the seed's 20份 / 95.2分 from 20 hand-chosen questionnaires", () => {
    const agg = aggregateAnswers(seedResponses());
    expect(agg).toEqual({
      questionnaires: 20,
      score: "95.2",
      counts: {
        satisfied: 76,
        fairlySatisfied: 24,
        basicallySatisfied: 0,
        dissatisfied: 0,
        veryDissatisfied: 0,
      },
    });
  });

  it("rounds 四舍五入 to 2 places: three answers 100, 100, 80 → 93.33; 100, 80, 80 → 86.67", () => {
    expect(aggregateAnswers([["satisfied", "satisfied", "fairlySatisfied"]]).score).toBe("93.33");
    expect(aggregateAnswers([["satisfied", "fairlySatisfied", "fairlySatisfied"]]).score).toBe(
      "86.67",
    );
    expect(aggregateAnswers([]).score).toBeNull();
  });

  it("stays within [0, 100] (property)", () => {
    const answer = fc.constantFrom(...SURVEY_SCALE.map((s) => s.answer));
    fc.assert(
      fc.property(
        fc.array(fc.array(answer, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
        (rs) => {
          const score = new Decimal(aggregateAnswers(rs).score ?? "NaN");
          expect(score.gte(0) && score.lte(100)).toBe(true);
        },
      ),
    );
  });
});

describe.each(DIALECTS)("surveys (%s)", (dialect) => {
  let t: TestStore;
  let fx: Awaited<ReturnType<typeof orgFixture>>;
  let ds: DatasetRecord;
  let survey: Survey;
  const clock = fixedClock("2021-04-20T01:00:00.000Z");
  beforeAll(async () => {
    t = await openTestStore(dialect, { now: clock.now });
    fx = await orgFixture(t.store);
    // a dataset without a satisfaction block (minimalDataset has none)
    const content = minimalDataset();
    ds = await t.store.datasets.create(as(fx.actors.editor), {
      departmentId: fx.department.id,
      content,
    });
  });
  afterAll(async () => t?.cleanup());

  it("creates a survey with a random public slug; the public view has the questions and the scale", async () => {
    await expect(
      t.store.surveys.create(as(fx.actors.reviewer), {
        datasetId: ds.id,
        title: "x",
        questions: QUESTIONS,
      }),
    ).rejects.toThrow(Forbidden);
    survey = await t.store.surveys.create(as(fx.actors.editor), {
      datasetId: ds.id,
      title: "桃江县自然资源局2020年度履职满意度调查",
      questions: QUESTIONS,
    });
    expect(survey.slug).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(survey.limit).toEqual({ perDevice: 1, periodHours: 24 });
    const view = await t.store.surveys.publicBySlug(survey.slug);
    expect(view.questions).toEqual(QUESTIONS);
    expect(view.scale.map((s) => `${s.label}${s.points}`)).toEqual([
      "满意100",
      "较满意80",
      "基本满意60",
      "不满意40",
      "很不满意0",
    ]);
  });

  it("takes 20 anonymous questionnaires and aggregates them to 20份 / 95.2", async () => {
    const responses = seedResponses();
    for (const [i, answers] of responses.entries()) {
      await t.store.surveys.respond({
        slug: survey.slug,
        deviceId: `device-${String(i).padStart(4, "0")}`,
        answers,
      });
    }
    const agg = await t.store.surveys.aggregate(as(fx.actors.apiClient), survey.id);
    expect(agg).toMatchObject({ questionnaires: 20, score: "95.2", fullScore: "100" });
    // anonymous: only a salted hash of the device id is stored
    const rows = await t.store.db.selectFrom("survey_responses").select("device_hash").execute();
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.device_hash))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain("device-0000");
  });

  it("lets one device answer once per 24 h, with a clear bilingual error", async () => {
    const answers = seedResponses()[0] as SurveyAnswer[];
    const error = await t.store.surveys
      .respond({ slug: survey.slug, deviceId: "device-0000", answers })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).message).toBe(
      "本设备在24小时内最多可提交1次问卷，请于2021-04-21T01:00:00.000Z之后再提交 / this device may answer at most 1 time(s) per 24 h; try again after 2021-04-21T01:00:00.000Z",
    );
    clock.advanceHours(25);
    await t.store.surveys.respond({
      slug: survey.slug,
      deviceId: "device-0000",
      answers: Array(5).fill("satisfied"),
    });
    expect((await t.store.surveys.aggregate(as(fx.actors.editor), survey.id)).questionnaires).toBe(
      21,
    );
    await expect(
      t.store.surveys.respond({
        slug: survey.slug,
        deviceId: "device-9999",
        answers: ["satisfied"],
      }),
    ).rejects.toThrow(ValidationFailed);
  });

  it("writes the aggregate into the dataset's satisfaction block as a versioned, audited write", async () => {
    // back to the seed's 20 questionnaires: a fresh survey on the same dataset
    const s2 = await t.store.surveys.create(as(fx.actors.editor), {
      datasetId: ds.id,
      title: "复测",
      questions: QUESTIONS,
    });
    for (const [i, answers] of seedResponses().entries()) {
      await t.store.surveys.respond({
        slug: s2.slug,
        deviceId: `second-${String(i).padStart(4, "0")}`,
        answers,
      });
    }
    const updated = await t.store.surveys.applyToDataset(
      as(fx.actors.editor, "surveys.applyToDataset"),
      {
        surveyId: s2.id,
        expectedDatasetVersion: 1,
        method: "现场调查问卷（对部门履行职责情况的公众满意度）",
      },
    );
    expect(updated.version).toBe(2);
    // the seed's block, exactly (examples/taojiang-natural-resources-2020/dataset.json "satisfaction")
    expect(updated.content.satisfaction).toEqual(taojiang().satisfaction);
    const [entry] = await t.store.audit.list(as(fx.actors.admin), { entityId: ds.id, limit: 1 });
    expect(entry?.action).toBe("surveys.applyToDataset");
    expect(entry?.changes).toEqual([
      {
        path: "content.satisfaction",
        before: null,
        after: {
          questionnaires: 20,
          score: "95.2",
          fullScore: "100",
          method: "现场调查问卷（对部门履行职责情况的公众满意度）",
        },
      },
    ]);
  });

  it("closes a survey; a closed survey takes no answers", async () => {
    const closed = await t.store.surveys.close(as(fx.actors.editor), {
      id: survey.id,
      expectedVersion: 1,
    });
    expect(closed.status).toBe("closed");
    await expect(
      t.store.surveys.respond({
        slug: survey.slug,
        deviceId: "device-new-1",
        answers: Array(5).fill("satisfied"),
      }),
    ).rejects.toThrow(NotFound);
  });
});
