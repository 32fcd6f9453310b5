import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { dec, sum } from "@jixiao/core";
import { type Actor, openStore, SEED_IDS } from "@jixiao/store";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { signInCookie } from "./testing/http.ts";

const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const mainScript = resolve(repoRoot, "apps/api/src/main.ts");
const dir = mkdtempSync(join(tmpdir(), "jixiao-sigkill-"));
const file = join(dir, "jixiao.db");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Start `apps/api/src/main.ts` as a child process; resolve with its URL and first-start password. */
function startChild(): Promise<{ child: ChildProcess; url: string; password: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", mainScript], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      JIXIAO_DB: file,
      DATABASE_URL: "",
      BETTER_AUTH_SECRET: "jixiao-sigkill-test-secret-0123456789",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((ready, fail) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const url = /jixiao: (http:\/\/[^\s]+)/.exec(out)?.[1];
      const password = /password: (\S+)/.exec(out)?.[1];
      if (url && password) ready({ child, url, password });
    });
    let err = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString("utf8");
    });
    child.once("exit", (code) =>
      fail(new Error(`the server exited (${code}) before it was ready: ${err}`)),
    );
  });
}

/** The 公务接待费 决算 of write n: 62,769.85 + n 元. */
const amountOf = (n: number) => dec("62769.85").plus(n).toFixed(2);

describe("SIGKILL in the middle of a stream of writes (SQLite file)", () => {
  it("loses no acknowledged write and leaves no corrupt or half row", async () => {
    const { child, url, password } = await startChild();
    const cookie = await signInCookie(url, "admin@jixiao.local", password);
    const get = await fetch(
      `${url}/trpc/datasets.get?input=${encodeURIComponent(JSON.stringify({ id: SEED_IDS.dataset }))}`,
      { headers: { cookie } },
    );
    const start = (
      (await get.json()) as {
        result: { data: { version: number; content: Record<string, unknown> } };
      }
    ).result.data;
    const content = start.content as { threePublicExpenses: { item: string; actual: string }[] };

    // Sequential updates; each acknowledged one (200) is recorded with its version and amount.
    const acknowledged: { version: number; amount: string }[] = [];
    let version = start.version;
    const write = async (n: number) => {
      const next = structuredClone(content);
      const reception = next.threePublicExpenses.find((e) => e.item === "officialReception");
      if (reception) reception.actual = amountOf(n);
      const response = await fetch(`${url}/trpc/datasets.update`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ id: SEED_IDS.dataset, expectedVersion: version, content: next }),
      });
      const body = (await response.json()) as { result?: { data: { version: number } } };
      if (response.status !== 200 || !body.result)
        throw new Error(`write ${n}: ${response.status}`);
      version = body.result.data.version;
      acknowledged.push({ version, amount: amountOf(n) });
    };
    for (let n = 1; n <= 8; n++) await write(n);
    // The 9th write is in flight when the server is killed.
    const inFlight = write(9).catch(() => "lost");
    await new Promise((r) => setTimeout(r, 5));
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    await inFlight;

    const store = await openStore({ kind: "sqlite", file });
    try {
      const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(
        store.db,
      );
      expect(integrity.rows).toEqual([{ integrity_check: "ok" }]);
      const admin: Actor = { id: "check", role: "bureauAdmin", departmentId: null };
      const stored = await store.datasets.get({ actor: admin }, SEED_IDS.dataset);
      const last = acknowledged.at(-1);
      if (!last) throw new Error("writes were acknowledged before the kill");
      expect(acknowledged).toHaveLength(8);
      // Every acknowledged write is there: the row is at the last acknowledged version, or one
      // further when the in-flight write committed before the kill.
      expect([last.version, last.version + 1]).toContain(stored.version);
      const reception = stored.content.threePublicExpenses.find(
        (e) => e.item === "officialReception",
      );
      expect(reception?.actual).toBe(stored.version === last.version ? last.amount : amountOf(9));
      // No half row: the listing totals agree with the content (Σ 决算 of the four 三公 items).
      expect(stored.threePublicActual).toBe(
        sum(stored.content.threePublicExpenses.map((e) => dec(e.actual ?? "0"))).toFixed(2),
      );
      // And every acknowledged version kept its own snapshot, with its own amount.
      for (const { version: v, amount } of acknowledged) {
        const old = await store.datasets.getVersion(
          { actor: admin },
          { id: SEED_IDS.dataset, version: v },
        );
        expect(
          old.content.threePublicExpenses.find((e) => e.item === "officialReception")?.actual,
        ).toBe(amount);
      }
    } finally {
      await store.close();
    }
  }, 60_000);
});
