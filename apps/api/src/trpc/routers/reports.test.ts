import { SEED_IDS } from "@jixiao/store";
import { describe, expect, it } from "vitest";
import { caller, rejection, testServices } from "../test-caller.ts";

const admin = { id: "u-admin", role: "bureauAdmin" as const, departmentId: null };

describe("reports.render (a stored dataset, kept as a report file)", () => {
  it("renders the Taojiang report as Markdown with the 评分表 annex and keeps it", async () => {
    const file = await caller.reports.render({ datasetId: SEED_IDS.dataset, format: "md" });
    expect(file.fileName).toBe("桃江县自然资源局-2020-绩效评价报告.md");
    expect(file.format).toBe("md");
    expect(file.url).toBe(`/files/reports/${file.id}`);
    const { content } = await testServices().store.reports.get({ actor: admin }, file.id);
    const text = content.toString("utf8");
    expect(text.startsWith("# 桃江县自然资源局2020年度部门整体支出绩效评价报告")).toBe(true);
    // Seed 一、（二）: 2020年度预算部门整体支出使用682,237,464.67元
    expect(text).toContain("682,237,464.67");
    expect(text).toContain("数据一致性核查");
    // 附件2 评分表 (hunan-county-2020): 在职人员控制率 288 ÷ 282 = 102.13%
    expect(text).toContain("部门整体支出绩效评价指标评分表");
    expect(text).toContain("102.13%");
    expect(file.size).toBe(content.byteLength);
    const listed = await caller.reports.list({ datasetId: SEED_IDS.dataset });
    expect(listed.map((f) => f.id)).toContain(file.id);
  });

  it("lists the dataset's uploaded evidence in 附件3 目录及相关佐证资料", async () => {
    const before = await caller.reports.render({ datasetId: SEED_IDS.dataset, format: "md" });
    const plain = await testServices().store.reports.get({ actor: admin }, before.id);
    expect(plain.content.toString("utf8")).not.toContain("佐证资料共");
    // A real PDF header: the store sniffs the type from the content.
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
    const saved = await testServices().store.evidence.attach(
      { actor: admin, action: "evidence.upload" },
      {
        datasetId: SEED_IDS.dataset,
        indicatorKey: null,
        fileName: "2020年度部门决算报表.pdf",
        content: pdf,
      },
    );
    const file = await caller.reports.render({ datasetId: SEED_IDS.dataset, format: "md" });
    const { content } = await testServices().store.reports.get({ actor: admin }, file.id);
    const text = content.toString("utf8");
    expect(text).toContain("附件3");
    expect(text).toContain("桃江县自然资源局2020年度部门整体支出绩效评价佐证资料共1份");
    expect(text).toContain("2020年度部门决算报表.pdf");
    expect(text).toContain(saved.sha256.slice(0, 12));
    await testServices().store.evidence.remove(
      { actor: admin, action: "evidence.remove" },
      saved.id,
    );
  });

  it("leaves out 数据一致性核查 when includeFindings is false", async () => {
    const file = await caller.reports.render({
      datasetId: SEED_IDS.dataset,
      format: "md",
      includeFindings: false,
    });
    const { content } = await testServices().store.reports.get({ actor: admin }, file.id);
    expect(content.toString("utf8")).toContain("682,237,464.67");
    expect(content.toString("utf8")).not.toContain("数据一致性核查");
  });

  it("answers an unknown frameworkId with NOT_FOUND and an unknown format with BAD_REQUEST", async () => {
    const missing = await rejection(
      caller.reports.render({ datasetId: SEED_IDS.dataset, format: "md", frameworkId: "nowhere" }),
    );
    expect(missing.code).toBe("NOT_FOUND");
    const badFormat = await rejection(
      caller.reports.render({ datasetId: SEED_IDS.dataset, format: "rtf" as never }),
    );
    expect(badFormat.code).toBe("BAD_REQUEST");
    expect(badFormat.message).toContain("format: format 应为 md、html、docx、xlsx 或 pdf");
  });
});
