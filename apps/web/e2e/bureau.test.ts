// biome-ignore-all lint/performance/useDomNodeTextContent: these are playwright locators (Locator.innerText), not DOM nodes
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dec, evaluate, sum } from "@jixiao/core";
import { builtinFramework } from "@jixiao/core/frameworks";
import { creditCodeCheckCharacter, parseDataset } from "@jixiao/core/schema";
import { formatPoints } from "@jixiao/core/scoring";
import { formatYuan } from "@jixiao/core/units";
import { taojiang2020 } from "@jixiao/examples";
import { basicDataTemplate, importBasicData } from "@jixiao/report/xlsx";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoreBoth, upsertEntry } from "../src/scoring/manual-entries.ts";
import {
  buildWebApp,
  callTrpc,
  type E2eServer,
  launchChromium,
  SCREENSHOTS,
  signInCookie,
  startE2eServer,
} from "./harness.ts";

let server: E2eServer;
let browser: Browser;
let adminCookie: string;
let datasetId: string;
const editorB = { email: "editor-b@jixiao.local", password: "editor-b-password-1" };
const reviewer = { email: "reviewer@jixiao.local", password: "reviewer-password-1" };

/** A new browser context (its own cookies) signed in through the login page. */
async function signedIn(
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForURL(/\/login/);
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.getByTestId("current-user").waitFor();
  return { context, page };
}

/** A new browser context holding a session made through the API (the login page is tested once). */
async function withSession(
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const cookie = await signInCookie(server.url, email, password);
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: "zh-CN",
  });
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: server.url };
    }),
  );
  return { context, page: await context.newPage() };
}

/** The value the side panel shows for an indicator, e.g. "10.28 %". */
function indicatorValue(page: Page, key: string) {
  return page.locator(`.indicator[data-key="${key}"] [data-testid="indicator-value"]`);
}

function cell(page: Page, path: string) {
  return page.locator(`td[data-path="${path}"]`);
}

async function openTab(page: Page, name: string) {
  await page.getByRole("tab", { name, exact: true }).click();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dist = await buildWebApp();
  server = await startE2eServer(dist);
  browser = await launchChromium();
  adminCookie = await signInCookie(server.url, server.admin.email, server.admin.password);
  const datasets = await callTrpc<{ id: string; departmentName: string }[]>(
    server.url,
    adminCookie,
    "datasets.list",
    {},
    "query",
  );
  const taojiang = datasets.find((d) => d.departmentName === "桃江县自然资源局");
  if (!taojiang) throw new Error("the first start did not load Taojiang 2020");
  datasetId = taojiang.id;
  // A second department with its own editor, and a reviewer, created by the admin.
  const orgs = await callTrpc<{ id: string; kind: string }[]>(
    server.url,
    adminCookie,
    "organisations.list",
    {},
    "query",
  );
  const bureau = orgs.find((o) => o.kind === "bureau");
  const first17 = "11430922MB1C0001X".slice(0, 17);
  const department = await callTrpc<{ id: string }>(
    server.url,
    adminCookie,
    "organisations.create",
    {
      kind: "department",
      parentId: bureau?.id ?? null,
      name: "桃江县教育局",
      unifiedSocialCreditCode: `${first17}${creditCodeCheckCharacter(first17)}`,
    },
    "mutation",
  );
  await callTrpc(
    server.url,
    adminCookie,
    "users.create",
    { ...editorB, name: "教育局填报员", role: "departmentEditor", departmentId: department.id },
    "mutation",
  );
  await callTrpc(
    server.url,
    adminCookie,
    "users.create",
    { ...reviewer, name: "复核员", role: "reviewer", departmentId: null },
    "mutation",
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the bureau web app in Chromium", () => {
  let page: Page;

  it("logs in and lists Taojiang 2020 in the overview", async () => {
    ({ page } = await signedIn(server.admin.email, server.admin.password));
    await expect.poll(() => page.getByTestId("current-user").innerText()).toContain("财政局管理员");
    const row = page.locator(`.overview-row[data-dataset="${datasetId}"]`);
    await expect.poll(() => row.innerText()).toContain("桃江县自然资源局");
    expect(await row.innerText()).toContain("草稿");
  });

  it("changes a 三公经费 cell and the panel's “三公经费”控制率 follows", async () => {
    await page.locator(`.overview-row[data-dataset="${datasetId}"]`).click();
    await openTab(page, "三公经费");
    const rate = indicatorValue(page, "threePublicExpenses.controlRate.total");
    // Seed 1.2.1: 84,284.72 ÷ 820,000.00 = 10.2786…% → 10.28.
    await expect.poll(() => rate.innerText()).toBe("10.28 %");
    await cell(page, "threePublicExpenses[0].actual").click();
    await page.keyboard.type("７０，０００");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => cell(page, "threePublicExpenses[0].actual").innerText())
      .toBe("70,000.00");
    // By hand: (70,000.00 + 21,514.87 + 0 + 0) ÷ 820,000.00 = 91,514.87 ÷ 820,000.00 = 11.1603…% → 11.16.
    await expect.poll(() => rate.innerText()).toBe("11.16 %");
    expect(await page.locator('td[data-total="actual"]').innerText()).toBe("91,514.87");
    await page.screenshot({ path: join(SCREENSHOTS, "workspace.png") });
    // A finding in the side panel jumps to its cell: 公务用车运行维护费 spent with a budget of 0.
    await page.getByRole("tab", { name: /勾稽校验/ }).click();
    await page
      .locator('button.finding[data-rule="budget.no-budget-line"]')
      .filter({ hasText: "公务用车运行维护费" })
      .click();
    await expect
      .poll(() => cell(page, "threePublicExpenses[1].budget").getAttribute("class"))
      .toContain("selected");
    await page.getByRole("tab", { name: "绩效指标" }).click();
  });

  it("pastes a three-row block from the clipboard into the projects grid", async () => {
    await openTab(page, "项目");
    const before = taojiang2020.projects.length;
    await page.getByRole("button", { name: "添加行" }).click();
    await cell(page, `projects[${before}].name`).click();
    const block = [
      "耕地保护补偿\t湘财资环指〔2020〕23号\t１２０，０００．００\t118,500.50",
      "地质灾害防治专项\t\t80 000\t80000",
      "不动产登记补助\t益财建〔2020〕9号\t50、000.00\t－",
    ].join("\r\n");
    await page.evaluate((text) => navigator.clipboard.writeText(text), `${block}\r\n`);
    await page.keyboard.press("Control+V");
    await expect
      .poll(() => cell(page, `projects[${before + 2}].name`).innerText())
      .toBe("不动产登记补助");
    expect(await cell(page, `projects[${before}].budget`).innerText()).toBe("120,000.00");
    expect(await cell(page, `projects[${before}].actual`).innerText()).toBe("118,500.50");
    expect(await cell(page, `projects[${before + 1}].documentNumber`).innerText()).toBe("");
    expect(await cell(page, `projects[${before + 2}].actual`).innerText()).toBe("");
    const budgets = sum(taojiang2020.projects.flatMap((p) => (p.budget ? [dec(p.budget)] : [])));
    expect(await page.locator('td[data-total="budget"]').innerText()).toBe(
      formatYuan(budgets.plus("250000.00")),
    );
  });

  it("saves, and after a reload the changes are kept", async () => {
    await expect
      .poll(() => page.getByTestId("save-state").innerText(), { timeout: 20_000 })
      .toBe("已保存");
    await page.reload();
    await openTab(page, "三公经费");
    await expect
      .poll(() => cell(page, "threePublicExpenses[0].actual").innerText())
      .toBe("70,000.00");
    await openTab(page, "项目");
    const n = taojiang2020.projects.length;
    await expect
      .poll(() => cell(page, `projects[${n + 1}].name`).innerText())
      .toBe("地质灾害防治专项");
    expect(await cell(page, `projects[${n + 1}].budget`).innerText()).toBe("80,000.00");
  });

  it("previews the HTML report and downloads the DOCX, a valid Word document", async () => {
    await openTab(page, "报告");
    const preview = page.locator('iframe[title="报告预览"]');
    await expect
      .poll(async () => (await preview.count()) > 0 && (await preview.getAttribute("srcdoc")), {
        timeout: 30_000,
      })
      .toContain("桃江县自然资源局");
    await page.screenshot({ path: join(SCREENSHOTS, "report.png") });
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.locator('button[data-format="docx"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await download.path();
    const bytes = readFileSync(file);
    // A DOCX is a zip (local file header PK\x03\x04) holding word/document.xml.
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    expect(bytes.includes(Buffer.from("word/document.xml"))).toBe(true);
    expect(bytes.includes(Buffer.from("[Content_Types].xml"))).toBe(true);
  });

  it("lists every error cell of an uploaded 基础数据表 and saves nothing", async () => {
    // A blank template: every required cell is empty, so the import must refuse it.
    const template = await basicDataTemplate();
    const expected = await importBasicData(template);
    if (expected.ok) throw new Error("a blank template imported");
    const before = await callTrpc<{ version: number }>(
      server.url,
      adminCookie,
      "datasets.get",
      { id: datasetId },
      "query",
    );
    await page.locator('input[type="file"]').setInputFiles({
      name: "基础数据表.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(template),
    });
    const problems = page.getByTestId("import-problems");
    await expect
      .poll(() =>
        problems
          .locator(".ant-alert")
          .innerText()
          .catch(() => ""),
      )
      .toBe(`工作簿有 ${expected.problems.length} 处错误，未保存任何内容`);
    expect(await problems.locator("tr.ant-table-row").count()).toBe(expected.problems.length);
    const after = await callTrpc<{ version: number }>(
      server.url,
      adminCookie,
      "datasets.get",
      { id: datasetId },
      "query",
    );
    expect(after.version).toBe(before.version);
  });

  it("does not let a department editor open another department's year", async () => {
    const editor = await withSession(editorB.email, editorB.password);
    await editor.page.goto(`${server.url}/`);
    await expect.poll(() => editor.page.getByText("没有符合条件的数据").count()).toBe(1);
    await editor.page.goto(`${server.url}/datasets/${datasetId}`);
    await expect.poll(() => editor.page.getByText("无权访问").count()).toBe(1);
    await editor.page.screenshot({ path: join(SCREENSHOTS, "editor-denied.png") });
    expect(await editor.page.locator(".grid-wrapper").count()).toBe(0);
    await editor.context.close();
  });

  it("lets a reviewer enter a manual 复核 score and the total changes", async () => {
    const { context, page: review } = await withSession(reviewer.email, reviewer.password);
    const stored = await callTrpc<{ content: unknown }>(
      server.url,
      adminCookie,
      "datasets.get",
      { id: datasetId },
      "query",
    );
    const hunan = builtinFramework("hunan-county-2020");
    if (!hunan) throw new Error("no hunan-county-2020");
    const evaluation = evaluate(parseDataset(stored.content));
    const who = {
      evaluator: "复核员",
      time: "2026-01-01T00:00:00+08:00",
      evidence: [],
      comment: "",
    };
    const before = scoreBoth(evaluation, hunan, []).review.total;
    const after = scoreBoth(
      evaluation,
      hunan,
      upsertEntry([], { ...who, code: "3.1.1", kind: "review", scoreText: "4.5" }),
    ).review.total;
    if (!before || !after) throw new Error("no total");
    expect(after.minus(before).toString()).toBe("4.5");

    await review.goto(`${server.url}/datasets/${datasetId}?tab=scoring`);
    const total = review.getByTestId("total-review").locator(".ant-statistic-content-value");
    await expect.poll(() => total.innerText()).toBe(formatPoints(before));
    const input = review.getByLabel("3.1.1 实际完成率 复核得分");
    await input.fill("4.5");
    await input.press("Enter");
    await expect.poll(() => total.innerText()).toBe(formatPoints(after));
    // 自评 stays as it was: the reviewer's score is 复核 only.
    expect(
      await review
        .getByTestId("total-selfEvaluation")
        .locator(".ant-statistic-content-value")
        .innerText(),
    ).toBe(formatPoints(before));
    await expect
      .poll(async () => {
        const scores = await callTrpc<{ code: string; kind: string; score: string | null }[]>(
          server.url,
          adminCookie,
          "scores.list",
          { datasetId, frameworkId: "hunan-county-2020" },
          "query",
        );
        return scores.map((s) => `${s.code}|${s.kind}|${s.score}`);
      })
      .toEqual(["3.1.1|review|4.5"]);
    await review.evaluate(() => window.scrollTo(0, 0));
    await review.screenshot({ path: join(SCREENSHOTS, "scoring.png") });
    await context.close();
  });

  it("shows the stored score in the overview and its bar chart", async () => {
    await page.goto(`${server.url}/`);
    const row = page.locator(`.overview-row[data-dataset="${datasetId}"]`);
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toMatch(/（暂定）/);
    await page.getByTestId("score-chart").locator("svg").waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "overview.png") });
  });

  it("shows a version conflict with the other person's change and merges, losing nothing", async () => {
    await page.goto(`${server.url}/datasets/${datasetId}?tab=threePublic`);
    await expect
      .poll(() => cell(page, "threePublicExpenses[1].actual").innerText())
      .toBe("21,514.87");
    // Someone else saves a change through the API after this page loaded the dataset.
    const stored = await callTrpc<{ version: number; content: typeof taojiang2020 }>(
      server.url,
      adminCookie,
      "datasets.get",
      { id: datasetId },
      "query",
    );
    const theirs = structuredClone(stored.content);
    const line = theirs.threePublicExpenses[1];
    if (!line) throw new Error("no 公务用车运行维护费 line");
    line.actual = "30000.00";
    await callTrpc(
      server.url,
      adminCookie,
      "datasets.update",
      { id: datasetId, expectedVersion: stored.version, content: theirs },
      "mutation",
    );
    // Then this page edits another cell: its save is refused and the dialog says what they changed.
    await cell(page, "threePublicExpenses[0].budget").click();
    await page.keyboard.type("900000");
    await page.keyboard.press("Enter");
    const dialog = page.locator(".ant-modal").filter({ hasText: "版本冲突" });
    await expect
      .poll(() => dialog.getByTestId("conflict-theirs").innerText(), { timeout: 20_000 })
      .toContain("三公经费 › 三公经费 第2行 决算数");
    expect(await dialog.getByTestId("conflict-theirs").innerText()).toContain("30000.00");
    expect(await dialog.getByTestId("conflict-mine").innerText()).toContain("900000");
    await dialog.getByRole("button", { name: /保留我的修改/ }).click();
    await expect
      .poll(() => page.getByTestId("save-state").innerText(), { timeout: 20_000 })
      .toBe("已保存");
    const merged = await callTrpc<{ content: typeof taojiang2020 }>(
      server.url,
      adminCookie,
      "datasets.get",
      { id: datasetId },
      "query",
    );
    expect(merged.content.threePublicExpenses.map((l) => [l.budget, l.actual]).slice(0, 2)).toEqual(
      [
        ["900000", "70000"],
        ["0.00", "30000.00"],
      ],
    );
    expect(await cell(page, "threePublicExpenses[1].actual").innerText()).toBe("30,000.00");
  });

  it("walks the workflow by role and shows a read-only view once 已定稿", async () => {
    page ??= (await withSession(server.admin.email, server.admin.password)).page;
    await page.goto(`${server.url}/datasets/${datasetId}`);
    await page.getByRole("button", { name: /提\s*交/ }).click();
    await expect.poll(() => page.getByTestId("dataset-status").innerText()).toBe("已提交");
    // Submitted: the department's data is no longer editable, not even by the admin.
    expect(await page.getByRole("button", { name: "添加行" }).count()).toBe(0);

    const { context, page: review } = await withSession(reviewer.email, reviewer.password);
    await review.goto(`${server.url}/datasets/${datasetId}`);
    await review.getByRole("button", { name: "开始审核" }).click();
    await expect.poll(() => review.getByTestId("dataset-status").innerText()).toBe("审核中");
    await review.getByRole("button", { name: /定\s*稿/ }).click();
    await expect.poll(() => review.getByTestId("dataset-status").innerText()).toBe("已定稿");
    await review.reload();
    await expect.poll(() => review.getByText("已定稿：本数据集只读，不能再修改。").count()).toBe(1);
    expect(await review.getByTestId("save-state").innerText()).toBe("只读");
    await openTab(review, "三公经费");
    await cell(review, "threePublicExpenses[0].actual").dblclick();
    expect(await review.locator("td input.cell-input").count()).toBe(0);
    expect(await review.getByRole("button", { name: "添加行" }).count()).toBe(0);
    await openTab(review, "评分");
    expect(await review.getByLabel("3.1.1 实际完成率 复核得分").count()).toBe(0);
    await context.close();
  });
});
