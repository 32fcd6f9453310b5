import { randomUUID } from "node:crypto";
import { SURVEY_SCALE, type SurveyAnswer, surveyNetworkKey } from "@jixiao/store";
import { type Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { zodIssues } from "../errors.ts";
import type { Services } from "../services.ts";
import { clientAddress } from "./auth-routes.ts";
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

/** The device id of the request's `jixiao_device` cookie, or null when absent or malformed. */
function cookieDevice(c: Context): string | null {
  const existing = getCookie(c, DEVICE_COOKIE);
  return existing && /^[0-9a-f-]{36}$/.test(existing) ? existing : null;
}

/**
 * The public survey pages (anonymous, no login), JSON for the web app's page:
 * - GET /s/:slug — the title, questions and answer scale of an open survey;
 * - POST /s/:slug — `{ answers: [...] }`, one per question. The device is the `jixiao_device`
 *   cookie that the GET set; a post without it is refused (400), so a client that drops cookies
 *   cannot answer again and again as ever-new devices. The store limits how often one device
 *   may answer, and how often one network (client address + user agent, X-Forwarded-For only
 *   with JIXIAO_TRUST_PROXY) may answer over all its devices (429 with `retryAfter`).
 */
export function surveyRoutes(services: Services): Hono {
  const app = new Hono();
  const deviceOf = (c: Context): string => {
    const existing = cookieDevice(c);
    if (existing) return existing;
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
    const deviceId = cookieDevice(c);
    if (deviceId === null) {
      const slug = c.req.param("slug");
      return c.json(
        {
          error: {
            code: "BAD_REQUEST",
            message: `缺少设备标识 Cookie ${DEVICE_COOKIE}（值：${getCookie(c, DEVICE_COOKIE) ?? "无"}）：请先打开问卷页面 GET /s/${slug} / the device cookie ${DEVICE_COOKIE} is missing or malformed (value: ${getCookie(c, DEVICE_COOKIE) ?? "none"}): open the survey first with GET /s/${slug}`,
            issues: [
              {
                path: `cookie.${DEVICE_COOKIE}`,
                message: `须先 GET /s/${slug} 取得设备标识 / GET /s/${slug} first to get a device id`,
              },
            ],
            conflict: null,
            retryAfter: null,
          },
        },
        400,
      );
    }
    try {
      return c.json(
        await services.store.surveys.respond({
          slug: c.req.param("slug"),
          deviceId,
          // New devices from one network (address + user agent) are limited too (the store's
          // surveyNetworkLimit, default 20 a day): dropping the cookie is not a way round.
          networkKey: surveyNetworkKey(
            clientAddress(c, services.settings.trustProxy),
            c.req.header("user-agent"),
          ),
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
