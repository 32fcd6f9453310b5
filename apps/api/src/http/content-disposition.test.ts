import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition.ts";

describe("contentDisposition", () => {
  it("gives the Chinese report name in RFC 5987 form and an ASCII fallback", () => {
    const header = contentDisposition("桃江县自然资源局-2020-绩效评价报告.docx");
    // 桃 is U+6843 → UTF-8 E6 A1 83; 告 is U+544A → E5 91 8A.
    expect(header.startsWith('attachment; filename="________-2020-______.docx"; ')).toBe(true);
    expect(header).toContain("filename*=UTF-8''%E6%A1%83");
    expect(header.endsWith("%E5%91%8A.docx")).toBe(true);
    // The encoded name decodes back to the original.
    const encoded = header.split("filename*=UTF-8''")[1] ?? "";
    expect(decodeURIComponent(encoded)).toBe("桃江县自然资源局-2020-绩效评价报告.docx");
  });

  it("encodes quotes, percent signs and RFC 5987's reserved ' ( ) *", () => {
    expect(contentDisposition(`a"b%(1)*'.md`, "inline")).toBe(
      `inline; filename="a_b_(1)*'.md"; filename*=UTF-8''a%22b%25%281%29%2A%27.md`,
    );
  });
});
