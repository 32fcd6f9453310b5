import { describe, expect, it } from "vitest";
import { describeError } from "./errors.ts";
import { OutputError, writeProblem } from "./output-error.ts";

describe("writeProblem", () => {
  it.each([
    ["EEXIST", "已有同名文件，不能作为目录 / a file of that name is in the way of the directory"],
    ["ENOTDIR", "是文件，不是目录 / is a file, not a directory"],
    ["EACCES", "没有写入权限 / permission denied"],
    ["EROFS", "所在文件系统只读 / the file system is read-only"],
    ["ENOSPC", "磁盘空间不足 / no space left on the device"],
  ])("says %s as a plain sentence", (code, sentence) => {
    expect(writeProblem(code)).toBe(sentence);
  });

  it("keeps an unknown code visible", () => {
    expect(writeProblem("EWEIRD")).toBe("无法写入 / cannot write (EWEIRD)");
  });
});

describe("OutputError", () => {
  it("is reported with exit 3, naming the path and the reason without the errno code", () => {
    const error = new OutputError(
      "ENOSPC",
      "/data/out/桃江县自然资源局-2020-绩效评价报告.md",
      "write",
    );
    expect(describeError(error)).toEqual({
      message:
        "无法写入 / cannot write /data/out/桃江县自然资源局-2020-绩效评价报告.md：磁盘空间不足 / no space left on the device（未留下不完整的文件 / no partial file left）",
      exitCode: 3,
    });
    expect(new OutputError("EROFS", "/mnt/ro/out", "create").message).toBe(
      "无法创建目录 / cannot create directory /mnt/ro/out：所在文件系统只读 / the file system is read-only（未留下不完整的文件 / no partial file left）",
    );
  });
});
