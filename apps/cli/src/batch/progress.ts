import cliProgress from "cli-progress";
import type { CliIo } from "../io.ts";

/** One dataset done: reported, or failed with its problem. */
export interface ProgressEvent {
  source: string;
  ok: boolean;
  /** "桃江县自然资源局 2020 52.13（暂定）" when ok, the first line of the problem when not. */
  detail: string;
}

/** Reports batch progress as datasets finish. */
export interface BatchProgress {
  start(total: number): void;
  tick(event: ProgressEvent): void;
  stop(): void;
}

/** The bar: done/total, percentage, failed so far, and the estimated time left (ETA). */
export const BAR_FORMAT =
  "报告 / reports [{bar}] {value}/{total} {percentage}% | 失败 / failed {failed} | 剩余 / ETA {eta_formatted}";
const BAR_FORMAT_NO_ETA = BAR_FORMAT.replace("{eta_formatted}", "—");

/**
 * A progress bar (cli-progress) on `stream` when it is a terminal, else plain log lines on
 * standard error, one per dataset: "[12/200] 完成 / done 0012-….json — 桃江县自然资源局 2020" or
 * "[13/200] 失败 / failed bad.json: …". A failure is printed above the bar on a terminal too, so
 * no problem is lost when the bar redraws.
 * @example const p = batchProgress(io, process.stderr.isTTY ? process.stderr : undefined)
 */
export function batchProgress(io: CliIo, stream?: NodeJS.WriteStream): BatchProgress {
  let total = 0;
  let done = 0;
  if (stream?.isTTY) {
    // One bar in a MultiBar, so that a failure is logged above it (MultiBar.log) without
    // stopping and restarting the bar, which would restart its ETA estimate.
    const multi = new cliProgress.MultiBar(
      {
        stream,
        format: (options, params, payload) =>
          cliProgress.Format.Formatter(
            // Before the first dataset is done there is no estimate: "—", not "0s".
            { ...options, format: params.value === 0 ? BAR_FORMAT_NO_ETA : BAR_FORMAT },
            params,
            payload,
          ),
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
        etaAsynchronousUpdate: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let bar: cliProgress.SingleBar | undefined;
    let failed = 0;
    return {
      start(n) {
        total = n;
        bar = multi.create(n, 0, { failed });
      },
      tick(event) {
        done += 1;
        if (!event.ok) {
          failed += 1;
          multi.log(`失败 / failed ${event.detail}\n`);
        }
        // The failed count is updated with the value, so the bar left on screen is right.
        bar?.update(done, { failed });
      },
      stop() {
        bar?.update(done, { failed });
        multi.update(); // flush logged failures and draw the final state
        multi.stop();
      },
    };
  }
  return {
    start(n) {
      total = n;
      io.stderr(`开始 / starting: ${n} 个数据集 / datasets\n`);
    },
    tick(event) {
      done += 1;
      const status = event.ok ? "完成 / done" : "失败 / failed";
      io.stderr(`[${done}/${total}] ${status} ${event.source} — ${event.detail}\n`);
    },
    stop() {},
  };
}

/** A {@link BatchProgress} that reports nothing (for library callers such as `pnpm bench`). */
export const silentProgress: BatchProgress = { start() {}, tick() {}, stop() {} };
