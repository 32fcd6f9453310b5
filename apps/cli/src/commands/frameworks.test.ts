import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { withTempDir, writeInput } from "../test-fixtures.ts";

describe("jixiao frameworks", () => {
  it("lists the four built-ins", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["frameworks"], io)).toBe(0);
    const out = io.stdoutText();
    expect(out).toContain("内置指标体系 / built-in frameworks: 4");
    for (const id of [
      "hunan-county-2020 (默认)",
      "mof-2013-53-common",
      "decision-management-performance",
      "pefa-2016-credibility",
    ]) {
      expect(out).toContain(id);
    }
  });

  it("--json gives ids, authorship and sources", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["frameworks", "--json"], io)).toBe(0);
    const list = JSON.parse(io.stdoutText()) as {
      id: string;
      authorship: string;
      default: boolean;
    }[];
    expect(list.map((f) => [f.id, f.authorship, f.default])).toEqual([
      ["hunan-county-2020", "adapted", true],
      ["mof-2013-53-common", "ours", false],
      ["decision-management-performance", "ours", false],
      ["pefa-2016-credibility", "adapted", false],
    ]);
  });

  it("show prints a framework as JSON that score accepts back as a file", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["frameworks", "show", "mof-2013-53-common"], io)).toBe(0);
    const json = JSON.parse(io.stdoutText()) as { id: string; nodes: { name: string }[] };
    expect(json.id).toBe("mof-2013-53-common");
    expect(json.nodes.map((n) => n.name)).toEqual(["投入", "过程", "产出", "效果"]);
    await withTempDir(async (dir) => {
      await writeInput(dir, "copy.json", json);
      const scored = captureIo(dir);
      expect(await run(["score", "--framework", "./copy.json", "--json"], scored)).toBe(0);
      expect((JSON.parse(scored.stdoutText()) as { framework: { id: string } }).framework.id).toBe(
        "mof-2013-53-common",
      );
    });
  });

  it("show with an unknown id exits 2", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["frameworks", "show", "nope"], io)).toBe(2);
    expect(io.stderrText()).toContain("未知指标体系 / unknown framework: nope");
  });
});
