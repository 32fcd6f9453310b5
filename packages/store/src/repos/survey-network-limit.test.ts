import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimited } from "../errors.ts";
import {
  as,
  DIALECTS,
  fixedClock,
  minimalDataset,
  openTestStore,
  orgFixture,
  type TestStore,
} from "../testing/index.ts";
import type { Survey, SurveyAnswer } from "../types.ts";
import { surveyNetworkKey } from "./surveys.ts";

const QUESTIONS = ["您对不动产登记办理效率是否满意？", "您对工作人员服务态度是否满意？"];
const ANSWERS: SurveyAnswer[] = ["satisfied", "fairlySatisfied"];
const OFFICE = surveyNetworkKey("203.0.113.7", "Mozilla/5.0 (Windows NT 10.0) Chrome/120");

describe("surveyNetworkKey", () => {
  it("is a 64-hex digest of address + user agent, the same for the same pair only", () => {
    expect(OFFICE).toMatch(/^[0-9a-f]{64}$/);
    expect(surveyNetworkKey("203.0.113.7", "Mozilla/5.0 (Windows NT 10.0) Chrome/120")).toBe(
      OFFICE,
    );
    expect(surveyNetworkKey("203.0.113.8", "Mozilla/5.0 (Windows NT 10.0) Chrome/120")).not.toBe(
      OFFICE,
    );
    expect(surveyNetworkKey("203.0.113.7", undefined)).not.toBe(OFFICE);
  });
});

describe.each(DIALECTS)("survey answers limited per network key too (%s)", (dialect) => {
  let t: TestStore;
  let survey: Survey;
  const clock = fixedClock("2021-04-20T01:00:00.000Z");
  beforeAll(async () => {
    // 3 answers per 24 h per network, so a test stays short; the default is 20.
    t = await openTestStore(dialect, {
      now: clock.now,
      surveyNetworkLimit: { perNetwork: 3, periodHours: 24 },
    });
    const fx = await orgFixture(t.store);
    const ds = await t.store.datasets.create(as(fx.actors.editor), {
      departmentId: fx.department.id,
      content: minimalDataset(),
    });
    survey = await t.store.surveys.create(as(fx.actors.editor), {
      datasetId: ds.id,
      title: "满意度调查",
      questions: QUESTIONS,
    });
  });
  afterAll(async () => t?.cleanup());

  it("refuses the 4th answer of ever-new devices from one network, bilingual, with retryAfter", async () => {
    // The bypass: every post comes with a fresh device id (a new cookie each time).
    for (let i = 0; i < 3; i++) {
      await t.store.surveys.respond({
        slug: survey.slug,
        deviceId: randomUUID(),
        networkKey: OFFICE,
        answers: ANSWERS,
      });
      clock.advanceHours(1);
    }
    const error = await t.store.surveys
      .respond({ slug: survey.slug, deviceId: randomUUID(), networkKey: OFFICE, answers: ANSWERS })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).message).toBe(
      "同一网络（地址与浏览器）在24小时内最多可提交3次问卷，已提交3次，请于2021-04-21T01:00:00.000Z之后再提交 / this network (address and browser) may answer at most 3 time(s) per 24 h (answered 3); try again after 2021-04-21T01:00:00.000Z",
    );
    expect((error as RateLimited).retryAfter).toBe("2021-04-21T01:00:00.000Z");
  });

  it("lets another network answer, and the office again once its oldest answer is 24 h old", async () => {
    await t.store.surveys.respond({
      slug: survey.slug,
      deviceId: randomUUID(),
      networkKey: surveyNetworkKey("198.51.100.20", "Mozilla/5.0 (iPhone) Safari/17"),
      answers: ANSWERS,
    });
    clock.advanceHours(21); // 2021-04-21T01:00 + 3 h − 3 h: the first office answer is 24 h old
    await t.store.surveys.respond({
      slug: survey.slug,
      deviceId: randomUUID(),
      networkKey: OFFICE,
      answers: ANSWERS,
    });
    expect((await t.store.surveys.publicBySlug(survey.slug)).slug).toBe(survey.slug);
  });

  it("stores the network key only as a salted hash, never as given", async () => {
    const rows = await t.store.db
      .selectFrom("survey_responses")
      .select(["device_hash", "network_hash"])
      .execute();
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.network_hash ?? ""))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(OFFICE);
    expect(new Set(rows.map((r) => r.network_hash)).size).toBe(2);
  });

  it("keeps the one-per-device limit, and answers without a network key still work", async () => {
    const device = randomUUID();
    await t.store.surveys.respond({ slug: survey.slug, deviceId: device, answers: ANSWERS });
    await expect(
      t.store.surveys.respond({ slug: survey.slug, deviceId: device, answers: ANSWERS }),
    ).rejects.toThrow(/本设备在24小时内最多可提交1次问卷/);
  });
});
