import { type Env, loadEnv, userCwd } from "./env.ts";

/**
 * Where the CLI reads and writes: standard output, standard error and the directory that relative
 * paths resolve against. Commands never touch `process.stdout` or `process.cwd()` directly, so
 * tests run them in-process with a captured {@link CliIo}.
 */
export interface CliIo {
  /** Write text to standard output (the caller adds newlines). */
  stdout(text: string): void;
  /** Write text to standard error (the caller adds newlines). */
  stderr(text: string): void;
  /** Directory that relative FILE and --out paths resolve against. */
  cwd: string;
  /** Standard error when it is a terminal, for progress bars; absent otherwise (and in tests). */
  terminal?: NodeJS.WriteStream;
}

/**
 * The real process streams, and the directory the user ran `jixiao` from: pnpm's INIT_CWD when
 * set (`pnpm jixiao` runs in the repository root), else the process's working directory.
 * @throws CliError (exit 2) when INIT_CWD is set but not an absolute path (env.ts).
 * @example run(process.argv.slice(2), processIo())
 */
export function processIo(env: Env = loadEnv()): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: userCwd(env, process.cwd()),
    ...(process.stderr.isTTY ? { terminal: process.stderr } : {}),
  };
}

/** A {@link CliIo} that records everything written, for tests. */
export interface CapturedIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  /** Everything written to standard output, joined. */
  stdoutText(): string;
  /** Everything written to standard error, joined. */
  stderrText(): string;
}

/**
 * Build a {@link CapturedIo} whose relative paths resolve against `cwd`.
 * @example const io = captureIo(process.cwd()); await run(["evaluate"], io); io.stdoutText()
 */
export function captureIo(cwd: string): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd,
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    stdoutText: () => out.join(""),
    stderrText: () => err.join(""),
  };
}
