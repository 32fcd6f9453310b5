import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { withTempDir } from "../test-fixtures.ts";

describe("jixiao template", () => {
  it("writes a blank 基础数据表 workbook that import rejects cell by cell", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["template", "--out", "blank.xlsx"], io)).toBe(0);
      expect(io.stdoutText()).toBe("已写入 / wrote: blank.xlsx\n");
      const bytes = await readFile(join(dir, "blank.xlsx"));
      expect(bytes.subarray(0, 2).toString()).toBe("PK"); // a zip (.xlsx)
      const imp = captureIo(dir);
      expect(await run(["import", "blank.xlsx", "--out", "blank.json"], imp)).toBe(2);
      expect(imp.stderrText()).toContain("部门信息!B3: 必填项为空");
      expect(await readdir(dir)).toEqual(["blank.xlsx"]);
    });
  }, 60_000);
});
