import type { MemoModel } from "./memo-model.ts";

/** Escape the characters that would break a Markdown table cell. */
function cellText(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/**
 * The 复核意见 as Markdown: title, summary, 一、发现的问题 (each finding with its quotes as
 * block quotes), 二、报告未提供或未能读出的数据, 三、读取的表格, 四、未对应到数据的数字.
 * @example memoMarkdown(memoModel(audit)).startsWith("# 关于《桃江县自然资源局2020年度部门整体支出绩效评价报告》的复核意见")
 */
export function memoMarkdown(memo: MemoModel): string {
  const lines: string[] = [
    `# ${memo.title}`,
    "",
    `来源文件：${memo.source}`,
    "",
    `核查结果：${memo.summary}`,
    "",
  ];
  lines.push("## 一、发现的问题", "");
  if (memo.findings.length === 0) lines.push("未发现不一致。", "");
  for (const f of memo.findings) {
    lines.push(`${f.n}. 【${f.label}】${f.message}`, `   - 规则：${f.rule}`);
    for (const q of f.quotes) lines.push(`   - 原文：${q}`);
    lines.push("");
  }
  lines.push("## 二、报告未提供或未能读出的数据（请被评价单位补充）", "");
  for (const m of memo.missing) lines.push(`- ${m}`);
  lines.push(
    "",
    "## 三、读取的表格",
    "",
    "| 表格 | 识别为 | 单位 | 数据行 |",
    "| --- | --- | --- | --- |",
  );
  for (const t of memo.tables)
    lines.push(`| ${cellText(t.title)} | ${cellText(t.kind)} | ${t.unit} | ${t.rows} |`);
  if (memo.notes.length > 0) {
    lines.push("", "未能归入数据的行：", "");
    for (const n of memo.notes) lines.push(`- ${n}`);
  }
  lines.push(
    "",
    `## 四、未对应到数据的数字（${memo.unlinked.length} 个，未参与核对）`,
    "",
    "| 位置 | 数字 | 原文 |",
    "| --- | --- | --- |",
  );
  for (const u of memo.unlinked)
    lines.push(`| ${cellText(u.place)} | ${u.figure} | ${cellText(u.quote)} |`);
  lines.push("");
  return lines.join("\n");
}
