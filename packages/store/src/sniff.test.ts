import { describe, expect, it } from "vitest";
import { sniffEvidenceType } from "./sniff.ts";
import { cfbWithStream, tinyPdf, tinyPng } from "./testing/files.ts";

describe("sniffEvidenceType", () => {
  it("recognises PDF and PNG by their bytes", async () => {
    expect(await sniffEvidenceType(tinyPdf())).toEqual({ ext: "pdf", mime: "application/pdf" });
    expect(await sniffEvidenceType(tinyPng())).toEqual({ ext: "png", mime: "image/png" });
  });

  it("tells .doc from .xls inside a compound file, and refuses other compound files", async () => {
    expect(await sniffEvidenceType(cfbWithStream("WordDocument"))).toEqual({
      ext: "doc",
      mime: "application/msword",
    });
    expect(await sniffEvidenceType(cfbWithStream("Workbook"))).toEqual({
      ext: "xls",
      mime: "application/vnd.ms-excel",
    });
    expect(await sniffEvidenceType(cfbWithStream("__substg1.0_"))).toBeNull();
  });

  it("refuses text, HTML and executables whatever they are called", async () => {
    expect(await sniffEvidenceType(Buffer.from("这不是PDF，只是文本。", "utf8"))).toBeNull();
    expect(await sniffEvidenceType(Buffer.from("<html><body>x</body></html>"))).toBeNull();
    expect(
      await sniffEvidenceType(
        Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
      ),
    ).toBeNull();
  });
});
