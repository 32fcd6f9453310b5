/**
 * commander reports usage errors in English only ("error: unknown option '--jsn'\n(Did you mean
 * --json?)"). This module turns each of its messages into one Chinese / English sentence,
 * keeping the option or command names as typed.
 */

/** One commander message shape and its bilingual sentence. */
interface UsagePattern {
  pattern: RegExp;
  sentence(match: RegExpExecArray): string;
}

const PATTERNS: readonly UsagePattern[] = [
  {
    pattern: /^unknown option '(.+)'$/,
    sentence: ([, flag]) => `未知选项 ${flag} / unknown option '${flag}'`,
  },
  {
    pattern: /^unknown command '(.+)'$/,
    sentence: ([, name]) => `未知命令 ${name} / unknown command '${name}'`,
  },
  {
    pattern: /^missing required argument '(.+)'$/,
    sentence: ([, name]) => `缺少必需的参数 ${name} / missing required argument '${name}'`,
  },
  {
    pattern: /^option '(.+)' argument missing$/,
    sentence: ([, flags]) => `选项 ${flags} 缺少取值 / option '${flags}' needs a value`,
  },
  {
    pattern: /^required option '(.+)' not specified$/,
    sentence: ([, flags]) => `缺少必需的选项 ${flags} / required option '${flags}' not given`,
  },
  {
    pattern: /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    sentence: ([, command, expected, got]) => {
      const zhWho = command ? `${command} 命令` : "命令";
      const enWho = command ? ` for '${command}'` : "";
      return `参数过多：${zhWho}最多接受 ${expected} 个参数，收到 ${got} 个 / too many arguments${enWho}: expected ${expected}, got ${got}`;
    },
  },
  {
    pattern: /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    sentence: ([, flags, value, choices]) =>
      `选项 ${flags} 的取值“${value}”无效，可选：${choices} / option '${flags}' does not accept '${value}'; allowed: ${choices}`,
  },
  {
    pattern: /^option '(.+)' argument '(.*)' is invalid\.(.*)$/,
    sentence: ([, flags, value, rest]) =>
      `选项 ${flags} 的取值“${value}”无效 / option '${flags}' does not accept '${value}'.${rest}`,
  },
  {
    pattern: /^(.+) cannot be used with (.+)$/,
    sentence: ([, a, b]) => `${a} 不能与 ${b} 同时使用 / ${a} cannot be used with ${b}`,
  },
];

/** "(Did you mean --json?)" or "(Did you mean one of a, b?)" as a bilingual hint. */
function suggestion(line: string): string | undefined {
  const one = /^\(Did you mean ([^?]+)\?\)$/.exec(line);
  if (!one?.[1]) return undefined;
  const many = /^one of (.+)$/.exec(one[1]);
  return many
    ? `您是否想输入其中之一：${many[1]}？ / did you mean one of ${many[1]}?`
    : `您是否想输入 ${one[1]}？ / did you mean ${one[1]}?`;
}

/**
 * A commander usage error message as bilingual lines: the error sentence, then the suggestion
 * ("您是否想输入 --json？ / did you mean --json?") when commander made one. A message this module
 * does not know keeps commander's English after a generic "用法错误".
 * @example bilingualUsageError("error: unknown option '--jsn'\n(Did you mean --json?)")
 * // "未知选项 --jsn / unknown option '--jsn'\n您是否想输入 --json？ / did you mean --json?"
 */
export function bilingualUsageError(message: string): string {
  const [first = "", ...rest] = message.replace(/^error: /, "").split("\n");
  let head = `用法错误 / usage error: ${first}`;
  for (const { pattern, sentence } of PATTERNS) {
    const match = pattern.exec(first);
    if (match) {
      head = sentence(match);
      break;
    }
  }
  const tail = rest.map((line) => suggestion(line) ?? line).filter((line) => line !== "");
  return [head, ...tail].join("\n");
}
