import { FileTextOutlined } from "@ant-design/icons";
import type { Evaluation } from "@jixiao/core";
import { builtinFrameworks } from "@jixiao/core/frameworks";
import {
  formatPoints,
  MANUAL_SCORE_KIND_NAMES,
  type ManualScoreKind,
  type NodeScore,
  type ScoreSheet,
} from "@jixiao/core/scoring";
import { Alert, Button, Input, Modal, Select, Space, Statistic, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import {
  type ManualEntry,
  scoreBoth,
  sheetRows,
  takesManualScore,
  upsertEntry,
} from "./manual-entries.ts";

export interface ScoringTabProps {
  evaluation: Evaluation | null;
  frameworkId: string;
  onFrameworkChange: (id: string) => void;
  entries: readonly ManualEntry[];
  onEntriesChange: (entries: ManualEntry[]) => void;
  /** Which columns the user may fill: a department 自评, a reviewer 复核. */
  canEdit: Record<ManualScoreKind, boolean>;
  evaluator: string;
}

const KINDS: ManualScoreKind[] = ["selfEvaluation", "review"];

/** A sheet's 总分 as shown: points 四舍五入 by core, 暂定 while any indicator is 待评. */
function totalText(sheet: ScoreSheet): string {
  if (sheet.total === null) return "—";
  return formatPoints(sheet.total);
}

/**
 * 评分: choose a framework (指标体系); core's scoreEvaluation fills the quantitative scores from
 * the live indicators; indicators scored by hand take a score, evidence and a comment; the 自评
 * and 复核 columns stand side by side, each with its live total and grade.
 */
export function ScoringTab(props: ScoringTabProps) {
  const {
    evaluation,
    frameworkId,
    onFrameworkChange,
    entries,
    onEntriesChange,
    canEdit,
    evaluator,
  } = props;
  const frameworks = builtinFrameworks().filter((f) => f.scale === "points");
  const framework = frameworks.find((f) => f.id === frameworkId) ?? frameworks[0];
  const [evidenceFor, setEvidenceFor] = useState<{ node: NodeScore; kind: ManualScoreKind } | null>(
    null,
  );
  const result = useMemo(
    () => (evaluation && framework ? scoreBoth(evaluation, framework, entries) : null),
    [evaluation, framework, entries],
  );
  if (!evaluation || !framework || !result)
    return <Alert type="warning" showIcon title="数据有误，修正后才能评分（见“数据问题”）" />;
  const reviewRows = new Map(sheetRows(result.review.nodes).map((r) => [r.node.code, r.node]));
  const entryOf = (code: string, kind: ManualScoreKind) =>
    entries.find((e) => e.code === code && e.kind === kind);

  const setScore = (node: NodeScore, kind: ManualScoreKind, scoreText: string) => {
    const old = entryOf(node.code, kind);
    if ((old?.score ?? "") === scoreText.trim()) return;
    onEntriesChange(
      upsertEntry(entries, {
        code: node.code,
        kind,
        scoreText,
        evidence: old?.evidence ?? [],
        comment: old?.comment ?? "",
        evaluator,
        time: new Date().toISOString(),
      }),
    );
  };

  const sheets: Record<ManualScoreKind, ScoreSheet> = {
    selfEvaluation: result.selfEvaluation,
    review: result.review,
  };

  return (
    <div className="scoring">
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>指标体系</Typography.Text>
        <Select
          style={{ width: 520 }}
          value={framework.id}
          onChange={onFrameworkChange}
          options={frameworks.map((f) => ({ value: f.id, label: f.name }))}
          aria-label="指标体系"
        />
        {KINDS.map((kind) => {
          const sheet = sheets[kind];
          return (
            <div key={kind} className="score-total" data-testid={`total-${kind}`}>
              <Statistic
                title={`${MANUAL_SCORE_KIND_NAMES[kind]}总分`}
                value={totalText(sheet)}
                suffix={
                  sheet.provisional ? (
                    <Tag color="orange">暂定 · {sheet.pending.length} 项待评</Tag>
                  ) : (
                    <Tag color="green">{sheet.grade}</Tag>
                  )
                }
              />
            </div>
          );
        })}
      </Space>
      <div className="grid-wrapper">
        <table className="edit-grid score-grid">
          <colgroup>
            <col style={{ width: 64 }} />
            <col style={{ width: 220 }} />
            <col style={{ width: 56 }} />
            <col style={{ width: 110 }} />
            <col style={{ width: 260 }} />
            <col style={{ width: 130 }} />
            <col style={{ width: 130 }} />
            <col style={{ width: 300 }} />
          </colgroup>
          <thead>
            <tr>
              <th>代码</th>
              <th>指标</th>
              <th className="num">分值</th>
              <th className="num">指标值</th>
              <th>评分标准</th>
              <th className="num">自评得分</th>
              <th className="num">复核得分</th>
              <th>评分说明（复核）</th>
            </tr>
          </thead>
          <tbody>
            {sheetRows(result.selfEvaluation.nodes).map(({ node, depth }) => {
              const other = reviewRows.get(node.code);
              const manual = takesManualScore(node, other);
              return (
                <tr
                  key={node.code}
                  data-code={node.code}
                  className={depth === 0 ? "level-1" : undefined}
                >
                  <td>{node.code}</td>
                  <td style={{ paddingLeft: 6 + depth * 14 }}>{node.name}</td>
                  <td className="num">{node.weight ? formatPoints(node.weight) : ""}</td>
                  <td className="num">{node.children.length === 0 ? node.valueDisplay : ""}</td>
                  <td className="standard" title={node.standard}>
                    {node.standard}
                  </td>
                  {KINDS.map((kind) => {
                    const shown = kind === "review" ? other : node;
                    const problems = result.problems.get(`${node.code}|${kind}`);
                    const entry = entryOf(node.code, kind);
                    return (
                      <td
                        key={kind}
                        className={`num${problems ? " invalid" : ""}`}
                        data-kind={kind}
                      >
                        {manual && canEdit[kind] ? (
                          <Space.Compact size="small">
                            <ScoreInput
                              key={`${node.code}|${kind}|${entry?.score ?? ""}`}
                              initial={entry?.score ?? ""}
                              placeholder={shown?.status === "pending" ? "待评" : ""}
                              label={`${node.code} ${node.name} ${MANUAL_SCORE_KIND_NAMES[kind]}得分`}
                              onCommit={(text) => setScore(node, kind, text)}
                            />
                            <Button
                              icon={<FileTextOutlined />}
                              aria-label="佐证与说明"
                              type={
                                entry?.evidence.length || entry?.comment ? "primary" : "default"
                              }
                              onClick={() => setEvidenceFor({ node, kind })}
                            />
                          </Space.Compact>
                        ) : (
                          <span>{scoreText(shown)}</span>
                        )}
                        {problems && <span className="cell-issue">{problems.join("；")}</span>}
                      </td>
                    );
                  })}
                  <td className="reason">{other?.reason}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {evidenceFor && (
        <EvidenceDialog
          title={`${evidenceFor.node.code} ${evidenceFor.node.name} · ${MANUAL_SCORE_KIND_NAMES[evidenceFor.kind]}`}
          entry={entryOf(evidenceFor.node.code, evidenceFor.kind)}
          onCancel={() => setEvidenceFor(null)}
          onSave={(evidence, comment) => {
            const old = entryOf(evidenceFor.node.code, evidenceFor.kind);
            onEntriesChange(
              upsertEntry(entries, {
                code: evidenceFor.node.code,
                kind: evidenceFor.kind,
                scoreText: old?.score ?? "",
                evidence,
                comment,
                evaluator,
                time: new Date().toISOString(),
              }),
            );
            setEvidenceFor(null);
          }}
        />
      )}
    </div>
  );
}

function scoreText(node: NodeScore | undefined): string {
  if (!node) return "";
  if (node.status === "pending") return "待评";
  if (node.status === "excluded") return "不参与";
  if (node.status === "notChosen") return "—";
  return node.score ? formatPoints(node.score) : "";
}

function ScoreInput(props: {
  initial: string;
  placeholder: string;
  label: string;
  onCommit: (text: string) => void;
}) {
  const [text, setText] = useState(props.initial);
  return (
    <Input
      size="small"
      style={{ width: 72, textAlign: "right" }}
      value={text}
      placeholder={props.placeholder}
      aria-label={props.label}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => props.onCommit(text)}
      onPressEnter={() => props.onCommit(text)}
    />
  );
}

function EvidenceDialog(props: {
  title: string;
  entry: ManualEntry | undefined;
  onCancel: () => void;
  onSave: (evidence: string[], comment: string) => void;
}) {
  const [evidence, setEvidence] = useState((props.entry?.evidence ?? []).join("\n"));
  const [comment, setComment] = useState(props.entry?.comment ?? "");
  return (
    <Modal
      open
      title={props.title}
      okText="保存"
      cancelText="取消"
      onCancel={props.onCancel}
      onOk={() => props.onSave(evidence.split("\n"), comment)}
    >
      <Typography.Text>佐证材料（每行一项）</Typography.Text>
      <Input.TextArea rows={4} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      <Typography.Text>评分说明</Typography.Text>
      <Input.TextArea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
    </Modal>
  );
}
