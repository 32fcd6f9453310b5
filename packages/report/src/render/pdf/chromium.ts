import { existsSync } from "node:fs";

/** Debian's `chromium` package installs the browser here. */
export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

/** Headless flags that keep Chromium quiet and offline on a closed network. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The install command printed when Chromium (or the CJK fonts it needs) is missing. */
export const CHROMIUM_INSTALL_HINT = "apt-get install -y chromium fonts-noto-cjk";

/** Thrown when the Chromium executable is not installed. */
export class MissingChromiumError extends Error {
  constructor(path: string) {
    super(
      `找不到 Chromium（${path}），无法生成 PDF / Chromium not found at ${path}, cannot render PDF. 请安装 / install: ${CHROMIUM_INSTALL_HINT}`,
    );
    this.name = "MissingChromiumError";
  }
}

/**
 * The Chromium executable to drive: `path` when it exists.
 * @throws MissingChromiumError naming `apt-get install -y chromium fonts-noto-cjk`.
 * @example chromiumExecutable() === "/usr/bin/chromium"
 */
export function chromiumExecutable(path: string = DEFAULT_CHROMIUM_PATH): string {
  if (!existsSync(path)) throw new MissingChromiumError(path);
  return path;
}
