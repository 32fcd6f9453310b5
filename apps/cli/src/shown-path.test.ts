import { describe, expect, it } from "vitest";
import { shownPath } from "./shown-path.ts";

describe("shownPath", () => {
  it("is relative inside the user's directory and absolute outside it", () => {
    expect(shownPath("/home/u/out/a.md", "/home/u")).toBe("out/a.md");
    expect(shownPath("/srv/out/a.md", "/home/u")).toBe("/srv/out/a.md");
    expect(shownPath("/home/u", "/home/u")).toBe("/home/u");
  });
});
