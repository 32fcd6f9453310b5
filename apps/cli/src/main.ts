import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import packageJson from "../package.json" with { type: "json" };
import * as commands from "./commands/index.ts";
import type { CliContext, CommandFactory } from "./commands/types.ts";
import { describeError, EXIT_CODES_HELP, ExitCode } from "./errors.ts";
import { type CliIo, processIo } from "./io.ts";
import { bilingualUsageError } from "./usage-errors.ts";

/**
 * Build the `jixiao` program with every command of commands/index.ts. Output goes to
 * `context.io`; commander never exits the process (errors are thrown back to {@link run}).
 */
export function createProgram(context: CliContext): Command {
  const program = new Command("jixiao")
    .description(
      "jixiao 绩效：部门整体支出绩效评价 / departmental whole-spending performance evaluation",
    )
    .version(packageJson.version, "-V, --version", "显示版本 / show the version")
    .helpCommand("help [command]", "显示命令帮助 / show help for a command");
  const factories: CommandFactory[] = Object.values(commands);
  for (const factory of factories) program.addCommand(factory(context));
  const configure = (command: Command): void => {
    command
      .helpOption("-h, --help", "显示帮助 / show help")
      .configureOutput({
        writeOut: (text) => context.io.stdout(text),
        writeErr: (text) => context.io.stderr(text),
        // Usage errors are printed bilingually by run(); commander stays quiet.
        outputError: () => {},
      })
      .addHelpText("after", `\n${EXIT_CODES_HELP}\n`)
      .exitOverride();
    for (const sub of command.commands) configure(sub);
  };
  configure(program);
  return program;
}

/**
 * Run `jixiao` with `argv` (the words after the command name) and return the exit code:
 * 0 done, 1 errors found in the data, 2 bad input or usage, 3 could not finish (errors.ts).
 * Never throws and never prints a stack trace; messages are Chinese and English.
 * @example await run(["evaluate", "--json"], captureIo(process.cwd())) === 0
 */
export async function run(argv: readonly string[], given?: CliIo): Promise<number> {
  let io: CliIo;
  try {
    io = given ?? processIo();
  } catch (error) {
    // Only the environment (env.ts) can be wrong here; report it on the real stderr.
    const { message, exitCode } = describeError(error);
    process.stderr.write(`错误 / error: ${message}\n`);
    return exitCode;
  }
  const context: CliContext = { io, exitCode: ExitCode.ok };
  try {
    await createProgram(context).parseAsync([...argv], { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; `jixiao` alone shows help and fails.
      if (error.exitCode === 0) return ExitCode.ok;
      if (error.code !== "commander.help" && error.code !== "commander.helpDisplayed") {
        io.stderr(
          `错误 / error: ${bilingualUsageError(error.message)}\n运行 jixiao --help 查看用法 / run jixiao --help for usage\n`,
        );
      }
      return ExitCode.badInput;
    }
    const { message, exitCode } = describeError(error);
    io.stderr(`错误 / error: ${message}\n`);
    return exitCode;
  }
}

/** True when this module is the program being run (`tsx apps/cli/src/main.ts`), not imported. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A reader that stops early (`| head`) closes the pipe: stop quietly, not with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await run(process.argv.slice(2));
}
