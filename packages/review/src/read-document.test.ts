import { describe, expect, it } from "vitest";
import { PDF_NOT_SUPPORTED } from "./errors.ts";
import { inputKind, readDocument } from "./read-document.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readDocument", () => {
  it("says clearly that PDF is not supported yet, in Chinese and English", async () => {
    await expect(readDocument(bytes("%PDF-1.7\n…"), "报告.pdf")).rejects.toThrow(
      `报告.pdf: ${PDF_NOT_SUPPORTED}`,
    );
    expect(PDF_NOT_SUPPORTED).toContain("暂不支持 PDF，请提供 DOCX 或文本");
  });

  it("tells the kinds apart by their bytes before their extension", () => {
    expect(inputKind(bytes("%PDF-1.4"), "a.txt")).toBe("pdf");
    expect(inputKind(bytes("PK\u0003\u0004"), "a.txt")).toBe("docx");
    expect(inputKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), "a.doc")).toBe("doc");
    expect(inputKind(bytes("一、部门概况"), "a.txt")).toBe("text");
  });

  it("refuses an empty file, old .doc and text that is not UTF-8", async () => {
    await expect(readDocument(bytes("  \n"), "空.txt")).rejects.toThrow(
      "空.txt: 文件为空 / the file is empty",
    );
    await expect(
      readDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0]), "旧.doc"),
    ).rejects.toThrow("暂不支持旧版 .doc");
    await expect(readDocument(new Uint8Array([0xb0, 0xb2, 0xd5, 0xfb]), "gbk.txt")).rejects.toThrow(
      "文本不是 UTF-8 编码",
    );
  });

  it("reads text as the text layout", async () => {
    const model = await readDocument(bytes("一、部门概况\n\t项目\n\t预算数\n"), "a.txt");
    expect(model.blocks.map((b) => b.kind)).toEqual(["paragraph", "table"]);
  });
});
