import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningServer } from "@jixiao/api/server";
import { Command } from "commander";
import { afterAll, describe, expect, it } from "vitest";
import { ExitCode } from "../errors.ts";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { serveCommand } from "./serve.ts";

const dir = mkdtempSync(join(tmpdir(), "jixiao-serve-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run `jixiao serve ARGS` in-process until `stop` is called; resolve with the running server. */
function serve(args: string[]) {
  const io = captureIo(dir);
  let stop: (signal: string) => void = () => {};
  let started: (server: RunningServer) => void = () => {};
  const up = new Promise<RunningServer>((resolve) => {
    started = resolve;
  });
  const context = { io, exitCode: ExitCode.ok };
  const program = new Command("jixiao").exitOverride();
  program.addCommand(
    serveCommand(context, {
      onStarted: started,
      stopSignal: () =>
        new Promise<string>((resolve) => {
          stop = resolve;
        }),
    }),
  );
  const done = program.parseAsync(["serve", ...args], { from: "user" });
  return { io, up, done, stop: (signal = "SIGTERM") => stop(signal) };
}

describe("jixiao serve", () => {
  it("migrates a new SQLite file, prints the admin's password once, serves, and stops on a signal", async () => {
    const first = serve(["--port", "0", "--db", "bureau.db"]);
    const server = await first.up;
    expect(server.kind).toBe("sqlite");
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: "ok", version: "0.1.0", database: "sqlite" });
    const out = first.io.stdoutText();
    expect(out).toContain(
      `jixiao 服务器已启动 / server running: ${server.url}  (SQLite ${join(dir, "bureau.db")})`,
    );
    // The banner names the web app, or says how to build it.
    expect(out).toContain(
      server.webApp
        ? `网页端 / web app: ${server.url}/  (${server.webApp})`
        : "the web app is not built: run pnpm --filter @jixiao/web build",
    );
    const password = /密码 \/ password: (\S+)/.exec(out)?.[1];
    expect(password).toHaveLength(24);
    // The printed password logs in.
    const login = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@jixiao.local", password }),
    });
    expect(login.status).toBe(200);
    first.stop("SIGINT");
    await first.done;
    expect(first.io.stdoutText()).toContain("已停止 / stopped");
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    // A second start on the same file: no new admin, no password printed; with no built web
    // app (JIXIAO_WEB_DIST at an empty directory) the banner says how to build it.
    const previous = process.env.JIXIAO_WEB_DIST;
    process.env.JIXIAO_WEB_DIST = dir;
    const second = serve(["--port", "0", "--db", join(dir, "bureau.db")]);
    const again = await second.up;
    if (previous === undefined) delete process.env.JIXIAO_WEB_DIST;
    else process.env.JIXIAO_WEB_DIST = previous;
    expect(again.firstAdmin).toBeNull();
    expect(again.webApp).toBeNull();
    expect(second.io.stdoutText()).not.toContain("password");
    expect(second.io.stdoutText()).toContain(
      "  网页端尚未构建：请运行 pnpm --filter @jixiao/web build 后重启服务器 / the web app is not built: run pnpm --filter @jixiao/web build, then restart the server\n",
    );
    second.stop();
    await second.done;
  }, 60_000);

  it("refuses --db together with --database-url (exit 2, nothing started)", async () => {
    const io = captureIo(dir);
    const code = await run(
      ["serve", "--db", "x.db", "--database-url", "postgres://127.0.0.1/x"],
      io,
    );
    expect(code).toBe(ExitCode.badInput);
    expect(io.stderrText()).toContain("--db 与 --database-url 只能给出其一");
  });

  it("refuses a bad port with a bilingual usage error", async () => {
    const io = captureIo(dir);
    expect(await run(["serve", "--port", "http"], io)).toBe(ExitCode.badInput);
    expect(io.stderrText()).toContain("端口应为 0–65535 的整数 / port must be an integer 0–65535");
  });
});
