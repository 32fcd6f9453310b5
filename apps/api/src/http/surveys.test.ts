import type { HttpBindings } from "@hono/node-server";
import { SEED_IDS } from "@jixiao/store";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing/harness.ts";
import { signInCookie } from "../testing/http.ts";
import { clientAddress } from "./auth-routes.ts";
import { DEVICE_COOKIE } from "./surveys.ts";

let server: TestServer;
let cookie = "";

beforeAll(async () => {
  server = await startTestServer("sqlite");
  cookie = await signInCookie(server.url, server.firstAdmin.email, server.firstAdmin.password);
}, 60_000);

afterAll(async () => {
  await server?.cleanup();
});

/** A tRPC call as the admin. */
async function trpc<T>(path: string, input: unknown, method: "GET" | "POST" = "POST"): Promise<T> {
  const url =
    method === "GET"
      ? `${server.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
      : `${server.url}/trpc/${path}`;
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", cookie },
    ...(method === "POST" ? { body: JSON.stringify(input) } : {}),
  });
  const body = (await response.json()) as { result: { data: T } };
  return body.result.data;
}

/** The device cookie a response set, as a Cookie header value. */
const deviceCookie = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${DEVICE_COOKIE}=`))
    ?.split(";")[0] ?? "";

describe("the public survey pages /s/:slug (anonymous)", () => {
  it("shows an open survey, takes one answer per device, and aggregates into 问卷份数 and 得分", async () => {
    const survey = await trpc<{ id: string; slug: string; url: string }>("surveys.create", {
      datasetId: SEED_IDS.dataset,
      title: "桃江县自然资源局服务对象满意度调查",
      questions: ["对办事效率是否满意？", "对服务态度是否满意？"],
    });
    expect(survey.url).toBe(`/s/${survey.slug}`);

    const page = await fetch(`${server.url}/s/${survey.slug}`);
    expect(page.status).toBe(200);
    const shown = (await page.json()) as {
      title: string;
      questions: string[];
      scale: { answer: string }[];
    };
    expect(shown.title).toBe("桃江县自然资源局服务对象满意度调查");
    expect(shown.questions).toHaveLength(2);
    const device = deviceCookie(page);
    expect(device).toMatch(new RegExp(`^${DEVICE_COOKIE}=[0-9a-f-]{36}$`));

    const answer = (answers: string[], headers: Record<string, string>) =>
      fetch(`${server.url}/s/${survey.slug}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ answers }),
      });
    expect((await answer(["satisfied", "fairlySatisfied"], { cookie: device })).status).toBe(201);
    // The same device again within the period: refused, with when it may answer again.
    const again = await answer(["satisfied", "satisfied"], { cookie: device });
    expect(again.status).toBe(429);
    expect(((await again.json()) as { error: { retryAfter: string } }).error.retryAfter).toMatch(
      /^\d{4}-/,
    );
    // Posts without the device cookie (a client that drops cookies): refused, nothing counted.
    for (let i = 0; i < 3; i++) {
      const bare = await answer(["dissatisfied", "dissatisfied"], {});
      expect(bare.status).toBe(400);
      const body = (await bare.json()) as {
        error: { code: string; message: string; issues: { path: string }[] };
      };
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(body.error.message).toContain(`缺少设备标识 Cookie ${DEVICE_COOKIE}（值：无）`);
      expect(body.error.message).toContain(`open the survey first with GET /s/${survey.slug}`);
      expect(body.error.issues.map((x) => x.path)).toEqual([`cookie.${DEVICE_COOKIE}`]);
    }
    // A made-up cookie value is no device either.
    const forged = await answer(["dissatisfied", "dissatisfied"], {
      cookie: `${DEVICE_COOKIE}=not-a-device`,
    });
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { error: { message: string } }).error.message).toContain(
      "（值：not-a-device）",
    );
    // Another device: its first visit (GET) gets its own cookie, then it may answer.
    const otherDevice = deviceCookie(await fetch(`${server.url}/s/${survey.slug}`));
    expect(otherDevice).not.toBe(device);
    const other = await answer(["satisfied", "satisfied"], { cookie: otherDevice });
    expect(other.status).toBe(201);

    const aggregate = await trpc<{ questionnaires: number; score: string | null }>(
      "surveys.aggregate",
      { id: survey.id },
      "GET",
    );
    // 2 questionnaires; answers 100, 80, 100, 100 points → mean 95.
    expect(aggregate).toMatchObject({ questionnaires: 2, score: "95" });
  });

  it("answers malformed answers with 400 and the path, and an unknown slug with 404", async () => {
    const bad = await fetch(`${server.url}/s/nowhere`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: ["great"] }),
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toEqual(["answers[0]"]);
    expect((await fetch(`${server.url}/s/nowhere`)).status).toBe(404);
  });

  it("limits one network (address + user agent) over ever-new devices: 20 answers, then 429; X-Forwarded-For is not believed by default", async () => {
    const survey = await trpc<{ slug: string }>("surveys.create", {
      datasetId: SEED_IDS.dataset,
      title: "不动产登记窗口满意度调查",
      questions: ["对办事效率是否满意？"],
    });
    const answerAsNewDevice = async (forwardedFor: string) => {
      const device = deviceCookie(await fetch(`${server.url}/s/${survey.slug}`));
      return fetch(`${server.url}/s/${survey.slug}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie: device,
          "user-agent": "Mozilla/5.0 (QA survey script)",
          "x-forwarded-for": forwardedFor,
        },
        body: JSON.stringify({ answers: ["satisfied"] }),
      });
    };
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await answerAsNewDevice(`198.51.100.${i}`)).status);
    expect(new Set(statuses)).toEqual(new Set([201]));
    // The 21st new device of this network (its own X-Forwarded-For changes nothing): refused.
    const refused = await answerAsNewDevice("203.0.113.99");
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { error: { code: string; retryAfter: string } };
    expect(body.error.code).toBe("TOO_MANY_REQUESTS");
    expect(body.error.retryAfter).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  }, 60_000);
});

describe("clientAddress (the key of login and survey limits)", () => {
  // A Hono app over @hono/node-server's env: `incoming.socket` is what Node's server passes.
  const app = new Hono<{ Bindings: HttpBindings }>();
  app.get("/ip/:trust", (c) => c.text(clientAddress(c, c.req.param("trust") === "trusted")));
  const ask = (trust: string, headers: Record<string, string>) =>
    app.request(`/ip/${trust}`, { headers }, {
      incoming: { socket: { remoteAddress: "10.0.0.2", remotePort: 443, remoteFamily: "IPv4" } },
    } as unknown as HttpBindings);

  it("uses the socket's address, and the first X-Forwarded-For entry only behind a trusted proxy", async () => {
    const forwarded = { "x-forwarded-for": "203.0.113.7, 10.0.0.2" };
    expect(await (await ask("untrusted", forwarded)).text()).toBe("10.0.0.2");
    expect(await (await ask("trusted", forwarded)).text()).toBe("203.0.113.7");
    expect(await (await ask("trusted", {})).text()).toBe("10.0.0.2");
  });
});
