import { CliError, ExitCode } from "./errors.ts";

/** Why an output could not be written, by Node's error code, as a plain sentence (中文 / English). */
const WRITE_PROBLEMS: Record<string, string> = {
  EEXIST: "已有同名文件，不能作为目录 / a file of that name is in the way of the directory",
  ENOTDIR: "是文件，不是目录 / is a file, not a directory",
  EISDIR: "已有同名目录，不能写成文件 / a directory of that name is in the way of the file",
  EACCES: "没有写入权限 / permission denied",
  EPERM: "不允许写入 / not permitted",
  EROFS: "所在文件系统只读 / the file system is read-only",
  ENOSPC: "磁盘空间不足 / no space left on the device",
  EDQUOT: "超出磁盘配额 / disk quota exceeded",
  ENOENT: "此处不能创建目录 / a directory cannot be created here",
  ENAMETOOLONG: "路径过长 / the path is too long",
  ELOOP: "符号链接循环 / too many symbolic links",
};

/**
 * The plain sentence for an errno code met while writing outputs; an unknown code is shown as
 * is after a generic sentence.
 * @example writeProblem("ENOSPC") === "磁盘空间不足 / no space left on the device"
 */
export function writeProblem(code: string): string {
  return WRITE_PROBLEMS[code] ?? `无法写入 / cannot write (${code})`;
}

/**
 * An output that could not be written or an output directory that could not be created. The
 * message names the final path the user asked for (never a temporary file) and the reason in
 * Chinese and English; the CLI exits 3 (could not finish) and no partial file is left.
 */
export class OutputError extends CliError {
  /** Node's error code (EACCES, ENOSPC …). */
  readonly code: string;
  /** The directory or file the problem is about, as the user would recognise it. */
  readonly path: string;
  constructor(code: string, path: string, action: "create" | "write") {
    const what =
      action === "create" ? "无法创建目录 / cannot create directory" : "无法写入 / cannot write";
    super(
      `${what} ${path}：${writeProblem(code)}（未留下不完整的文件 / no partial file left）`,
      ExitCode.failed,
    );
    this.name = "OutputError";
    this.code = code;
    this.path = path;
  }
}

/** Node's errno code of a file-system error, or undefined for anything else. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}
