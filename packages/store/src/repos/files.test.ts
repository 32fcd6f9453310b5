import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Forbidden, ValidationFailed } from "../errors.ts";
import {
  as,
  DIALECTS,
  minimalDataset,
  openTestStore,
  orgFixture,
  type TestStore,
  tinyPdf,
  tinyPng,
} from "../testing/index.ts";
import type { DatasetRecord } from "../types.ts";

const CAP = 4096;

describe.each(DIALECTS)("evidence and report files (%s)", (dialect) => {
  let t: TestStore;
  let fx: Awaited<ReturnType<typeof orgFixture>>;
  let ds: DatasetRecord;
  beforeAll(async () => {
    t = await openTestStore(dialect, { maxEvidenceBytes: CAP });
    fx = await orgFixture(t.store);
    ds = await t.store.datasets.create(as(fx.actors.editor), {
      departmentId: fx.department.id,
      content: minimalDataset(),
    });
  });
  afterAll(async () => t?.cleanup());

  it("attaches a PDF to the dataset and a PNG to one indicator, typed by content with sha256 and size", async () => {
    const pdf = tinyPdf();
    const file = await t.store.evidence.attach(as(fx.actors.editor, "evidence.attach"), {
      datasetId: ds.id,
      fileName: "2020年部门决算报表.pdf",
      content: pdf,
    });
    expect(file).toMatchObject({
      mime: "application/pdf",
      ext: "pdf",
      size: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
      indicatorKey: null,
    });
    // The name says .jpg; the content is a PNG — the content wins.
    const png = await t.store.evidence.attach(as(fx.actors.editor), {
      datasetId: ds.id,
      indicatorKey: "threePublicExpenses.controlRate.total",
      fileName: "公务接待审批单.jpg",
      content: tinyPng(),
    });
    expect(png).toMatchObject({ mime: "image/png", ext: "png" });
    const got = await t.store.evidence.get(as(fx.actors.reviewer), file.id);
    expect(Buffer.compare(got.content, pdf)).toBe(0);
    const listed = await t.store.evidence.list(as(fx.actors.apiClient), ds.id);
    expect(listed.map((f) => [f.indicatorKey, f.fileName])).toEqual([
      [null, "2020年部门决算报表.pdf"],
      ["threePublicExpenses.controlRate.total", "公务接待审批单.jpg"],
    ]);
  });

  it("rejects a text file named .pdf, bilingually, and keeps nothing", async () => {
    const error = await t.store.evidence
      .attach(as(fx.actors.editor), {
        datasetId: ds.id,
        fileName: "佐证.pdf",
        content: Buffer.from("只是文本 just text"),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).issues[0]).toMatchObject({ path: "content" });
    expect((error as ValidationFailed).issues[0]?.message).toMatch(
      /不是可接受的佐证资料类型.*not an accepted evidence type/,
    );
    expect(await t.store.evidence.list(as(fx.actors.editor), ds.id)).toHaveLength(2);
  });

  it("points evidence at an indicator key or a framework node code, nothing else", async () => {
    const node = await t.store.evidence.attach(as(fx.actors.editor), {
      datasetId: ds.id,
      indicatorKey: "4.1.2",
      fileName: "社会效益佐证.png",
      content: tinyPng(),
    });
    expect(node.indicatorKey).toBe("4.1.2");
    await t.store.evidence.remove(as(fx.actors.editor), node.id);
    const error = await t.store.evidence
      .attach(as(fx.actors.editor), {
        datasetId: ds.id,
        indicatorKey: "noSuch.indicator",
        fileName: "a.png",
        content: tinyPng(),
      })
      .catch((e: unknown) => e);
    expect((error as ValidationFailed).issues).toEqual([
      {
        path: "indicatorKey",
        message:
          "“noSuch.indicator”既不是指标键也不是指标体系节点编码 / 'noSuch.indicator' is neither an indicator key nor a framework node code",
      },
    ]);
  });

  it("rejects a file above the configured size cap", async () => {
    const big = tinyPdf(CAP);
    await expect(
      t.store.evidence.attach(as(fx.actors.editor), {
        datasetId: ds.id,
        fileName: "big.pdf",
        content: big,
      }),
    ).rejects.toThrow(new RegExp(`文件过大：${big.length}字节，上限${CAP}字节`));
  });

  it("only writers of the department attach; readers of other departments see nothing", async () => {
    await expect(
      t.store.evidence.attach(as(fx.actors.reviewer), {
        datasetId: ds.id,
        fileName: "a.pdf",
        content: tinyPdf(),
      }),
    ).rejects.toThrow(Forbidden);
    await expect(t.store.evidence.list(as(fx.actors.otherEditor), ds.id)).rejects.toThrow(
      Forbidden,
    );
  });

  it("stores report files with checksum, for readers of the dataset", async () => {
    const content = Buffer.from("# 桃江县自然资源局2020年度部门整体支出绩效评价报告\n", "utf8");
    const saved = await t.store.reports.save(as(fx.actors.reviewer), {
      datasetId: ds.id,
      format: "md",
      fileName: "桃江县自然资源局-2020-绩效评价报告.md",
      content,
    });
    expect(saved.size).toBe(content.length);
    const back = await t.store.reports.get(as(fx.actors.editor), saved.id);
    expect(back.content.toString("utf8")).toBe(content.toString("utf8"));
    expect((await t.store.reports.list(as(fx.actors.admin), ds.id)).map((r) => r.sha256)).toEqual([
      createHash("sha256").update(content).digest("hex"),
    ]);
    await expect(
      t.store.reports.save(as(fx.actors.apiClient), {
        datasetId: ds.id,
        format: "md",
        fileName: "x.md",
        content,
      }),
    ).rejects.toThrow(Forbidden);
  });
});
