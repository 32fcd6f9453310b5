import { randomUUID } from "node:crypto";
import { SURVEY_SCALE, type SurveyAnswer } from "@jixiao/store";
import { type Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { zodIssues } from "../errors.ts";
import type { Services } from "../services.ts";
import { errorResponse } from "./error-response.ts";
import { isHttps } from "./secure-cookies.ts";

/** The cookie that identifies an answering device (random, anonymous, one year). */
export const DEVICE_COOKIE = "jixiao_device";

const ANSWERS = SURVEY_SCALE.map((s) => s.answer) as [SurveyAnswer, ...SurveyAnswer[]];
const Answers = z.object({
  answers: z.array(
    z.enum(ANSWERS, {
      error: `答案应为 ${ANSWERS.join("、")} 之一 / each answer must be one of ${ANSWERS.join(", ")}`,
    }),
  ),
});

/**
 * The public survey pages (anonymous, no login), JSON for the web app's page:
 * - GET /s/:slug — the title, questions and answer scale of an open survey;
 * - POST /s/:slug — `{ answers: [...] }`, one per question. The device is the `jixiao_device`
 *   cookie (set on first visit); the store limits how often one device may answer
 *   (429 with `retryAfter`).
 */
export function surveyRoutes(services: Services): Hono {
  const app = new Hono();
  const deviceOf = (c: Context): string => {
    const existing = getCookie(c, DEVICE_COOKIE);
    if (existing && /^[0-9a-f-]{36}$/.test(existing)) return existing;
    const id = randomUUID();
    setCookie(c, DEVICE_COOKIE, id, {
      httpOnly: true,
      sameSite: "Lax",
      path: "/s",
      maxAge: 366 * 24 * 3600,
      secure:
        services.settings.secureCookies === "always" ||
        (services.settings.secureCookies === "auto" && isHttps(c.req.raw)),
    });
    return id;
  };

  app.get("/:slug", async (c) => {
    try {
      deviceOf(c);
      return c.json(await services.store.surveys.publicBySlug(c.req.param("slug")));
    } catch (error) {
      return errorResponse(c, error);
    }
  });

  app.post("/:slug", async (c) => {
    const body = Answers.safeParse(await c.req.json().catch(() => null));
    if (!body.success) {
      return c.json(
        {
          error: {
            code: "BAD_REQUEST",
            message: "答卷格式不正确 / malformed answers",
            issues: zodIssues(body.error),
            conflict: null,
            retryAfter: null,
          },
        },
        400,
      );
    }
    try {
      const deviceId = deviceOf(c);
      return c.json(
        await services.store.surveys.respond({
          slug: c.req.param("slug"),
          deviceId,
          answers: body.data.answers,
        }),
        201,
      );
    } catch (error) {
      return errorResponse(c, error);
    }
  });
  return app;
}
