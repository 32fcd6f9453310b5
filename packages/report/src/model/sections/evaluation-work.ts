import { generated, narrative, section, stripNumbering } from "../blocks.ts";
import type { ModelContext } from "../context.ts";
import { present } from "../sentences.ts";
import { chineseDate, sentence } from "../text.ts";
import type { Block, SectionBlock } from "../types.ts";

/**
 * 五、绩效评价工作开展情况: （一）目的, （二）依据 (the basis documents, numbered),
 * （三）工作过程 (organiser, agency, team, phases with dates, methods and contents, and the
 * 满意度 survey from data), （四）评价结论 (the department's conclusion).
 * @example evaluationWorkSection(ctx).title === "绩效评价工作开展情况" // seed 五、: 问卷20份, 95.2分
 */
export function evaluationWorkSection(ctx: ModelContext): SectionBlock {
  const p = ctx.dataset.evaluationProcess;
  const s = ctx.dataset.satisfaction;
  const basis = p.basisDocuments.map((doc, i) => {
    const title = stripNumbering(doc.title);
    const number =
      doc.documentNumber && !title.includes(doc.documentNumber) ? `（${doc.documentNumber}）` : "";
    return narrative([`${i + 1}、${title}${number}`])[0] ?? generated(title);
  });
  const who = present([
    p.organiser ? `评价工作由${p.organiser}组织` : null,
    p.agency ? `${p.agency}参与具体工作` : null,
  ]);
  const phases = p.phases.map((ph) => {
    const range =
      ph.from && ph.to
        ? `（${chineseDate(ph.from)}至${chineseDate(ph.to)}）`
        : ph.to
          ? `（${chineseDate(ph.to)}前）`
          : ph.from
            ? `（${chineseDate(ph.from)}起）`
            : "";
    return generated(sentence(`${ph.name}${range}${ph.description ? `：${ph.description}` : ""}`));
  });
  const process: Block[] = [
    ...(who.length > 0 ? [generated(sentence(who.join("，")))] : []),
    ...narrative(p.team),
    ...phases,
    ...narrative(p.method),
    ...narrative(p.contents),
    ...(s
      ? [
          generated(
            `满意度调查：发放问卷${s.questionnaires}份，统计分值为${s.score}分（满分${s.fullScore}分）${s.method ? `，调查方式为${s.method}` : ""}。`,
          ),
        ]
      : []),
  ];
  return section("evaluation-work", 1, "五、", "绩效评价工作开展情况", [
    section("evaluation-purpose", 2, "（一）", "绩效评价目的", narrative(p.purpose)),
    section("evaluation-basis", 2, "（二）", "绩效评价依据", basis),
    section("evaluation-process", 2, "（三）", "绩效评价工作过程", process),
    section("evaluation-conclusion", 2, "（四）", "自评结果", narrative(p.conclusion)),
  ]);
}
