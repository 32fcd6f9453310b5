import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxErrorOffset, lineColumn } from "./json-position.ts";

/** Node gives a position for some syntax errors ("… in JSON at position 9"). */
function nodePosition(text: string): number | null | "valid" {
  try {
    JSON.parse(text);
    return "valid";
  } catch (error) {
    const m = /at position (\d+)/.exec((error as Error).message);
    return m?.[1] ? Number(m[1]) : null;
  }
}

describe("jsonSyntaxErrorOffset", () => {
  it("accepts valid JSON", () => {
    expect(
      jsonSyntaxErrorOffset('{"amount": "682237464.67", "list": [1, -2.5e3, true, null]}'),
    ).toBeNull();
    expect(jsonSyntaxErrorOffset('  "\\u4e2d"  ')).toBeNull();
  });

  it("points at the bad token", () => {
    // A bare word where a value should be: the 'a' of abc, offset 6.
    expect(jsonSyntaxErrorOffset('{"x": abc}')).toBe(6);
    // A trailing comma: the closing brace where a property name should be.
    expect(jsonSyntaxErrorOffset('{"x": "1",}')).toBe(10);
    // A missing comma between properties, on line 3.
    const text = '{\n  "a": "1"\n  "b": "2"\n}';
    const offset = jsonSyntaxErrorOffset(text);
    expect(offset).toBe(15);
    expect(lineColumn(text, offset ?? -1)).toEqual({ line: 3, column: 3 });
  });

  it("reports an unterminated text at its end", () => {
    expect(jsonSyntaxErrorOffset('{"x": ')).toBe(6);
    const open = '{"name": "桃江';
    expect(jsonSyntaxErrorOffset(open)).toBe(open.length);
    expect(jsonSyntaxErrorOffset("")).toBe(0);
  });

  it("counts columns in characters on lines of 汉字", () => {
    const text = '{"部门": 桃江}';
    expect(lineColumn(text, jsonSyntaxErrorOffset(text) ?? -1)).toEqual({ line: 1, column: 8 });
  });

  it("agrees with JSON.parse on validity and, where Node names one, on the position", () => {
    const edited = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom("", ",", "}", "]", '"', ":", "x", "\\", "-", "0", " "),
      )
      .map(([json, at, insert]) => {
        const k = at % (json.length + 1);
        return json.slice(0, k) + insert + json.slice(k + (insert === "" ? 1 : 0));
      });
    fc.assert(
      fc.property(edited, (text) => {
        const node = nodePosition(text);
        const ours = jsonSyntaxErrorOffset(text);
        if (node === "valid") expect(ours).toBeNull();
        else {
          expect(ours).not.toBeNull();
          if (node !== null) expect(ours).toBe(node);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
