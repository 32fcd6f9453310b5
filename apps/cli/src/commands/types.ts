import type { Command } from "commander";
import type { ExitCode } from "../errors.ts";
import type { CliIo } from "../io.ts";

/**
 * What a command gets from `run`: where to read and write, and the exit code to return. A
 * command that completes but must report a non-zero status (for example `check` finding
 * errors) sets `exitCode`; a command that fails throws (see errors.ts).
 */
export interface CliContext {
  io: CliIo;
  exitCode: ExitCode;
}

/** Builds one sub-command of `jixiao`. Registered by one line in commands/index.ts. */
export type CommandFactory = (context: CliContext) => Command;
