import { describe, expect, it } from "vitest";
import { CliError } from "./errors.ts";
import { loadDataset, parseDatasetText } from "./load-dataset.ts";
import { changeAt, REMOVE, smallDataset, withTempDir, writeInput } from "./test-fixtures.ts";

/** The message of the CliError that `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<CliError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

describe("loadDataset", () => {
  it("reads and validates a dataset file, keeping its amounts as exact strings", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "ok.json", smallDataset());
      const { source, dataset } = await loadDataset("ok.json", dir);
      expect(source).toBe("ok.json");
      expect(dataset.department.unifiedSocialCreditCode).toBe("11430922MB1636254P");
      expect(dataset.threePublicExpenses[0]?.actual).toBe("62769.85");
      expect(dataset.staffing.atYearEnd.activeStaff).toBe(288);
    });
  });

  it("ignores a UTF-8 byte-order mark", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "bom.json", `\uFEFF${JSON.stringify(smallDataset())}`);
      const { dataset } = await loadDataset("bom.json", dir);
      expect(dataset.department.name).toBe("桃江县自然资源局");
    });
  });

  it("names a file that does not exist", async () => {
    await withTempDir(async (dir) => {
      const error = await failure(loadDataset("missing.json", dir));
      expect(error.exitCode).toBe(2);
      expect(error.message).toBe("missing.json: 找不到文件 / file not found");
    });
  });

  it("names a directory given as a file", async () => {
    await withTempDir(async (dir) => {
      const error = await failure(loadDataset(".", dir));
      expect(error.message).toBe(".: 是目录，不是文件 / is a directory, not a file");
    });
  });
});

describe("parseDatasetText", () => {
  it("names file, line and column of a JSON syntax error", () => {
    const text = '{\n  "schemaVersion": 1,\n  "department": { "name": 桃江 }\n}';
    let caught: unknown;
    try {
      parseDatasetText(text, "bad.json");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    const message = (caught as CliError).message;
    // The bare 桃 stands on line 3, column 27 (1-based, counting characters).
    expect(message).toMatch(
      /^bad\.json:3:27: JSON 语法错误，第 3 行第 27 列 \/ invalid JSON at line 3, column 27 \(offset 50\)/,
    );
  });

  it.each([
    {
      what: "a missing field",
      at: ["department", "name"],
      value: REMOVE,
      path: "department.name",
      problem: "缺少必填字段 / required field is missing",
    },
    {
      what: "'abc' as an amount",
      at: ["threePublicExpenses", 0, "budget"],
      value: "abc",
      path: "threePublicExpenses[0].budget",
      problem: "“abc”不是金额",
    },
    {
      what: "a JSON number for a decimal string",
      at: ["projects", 0, "budget"],
      value: 500000,
      path: "projects[0].budget",
      problem: "不能是JSON数字",
    },
    {
      what: "a negative amount",
      at: ["projects", 0, "actual"],
      value: "-500000.00",
      path: "projects[0].actual",
      problem: "“-500000.00”不是金额（元，非负",
    },
  ])("reports $what with its JSON path", ({ at, value, path, problem }) => {
    const dataset = changeAt(smallDataset(), at, value);
    let caught: unknown;
    try {
      parseDatasetText(JSON.stringify(dataset), "dept.json");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    const message = (caught as CliError).message;
    expect(message.split("\n")[0]).toBe(
      "dept.json: 数据集无效 / invalid dataset (1 处问题 / 1 problem)",
    );
    expect(message).toContain(`  ${path}: `);
    expect(message).toContain(problem);
  });
});
