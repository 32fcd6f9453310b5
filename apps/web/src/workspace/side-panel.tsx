import type { Evaluation, Finding, Severity } from "@jixiao/core";
import { SEVERITY_LABELS } from "@jixiao/core";
import type { InputIssue } from "@jixiao/core/schema";
import { indicatorLabel } from "@jixiao/report/indicator-label";
import { Alert, Badge, Input, Segmented, Tabs, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { indicatorRow } from "../rows.ts";
import { chinesePart, countBySeverity } from "./live-evaluation.ts";
import type { WorkspaceTab } from "./tabs.ts";

const SEVERITY_COLORS: Record<Severity, string> = { error: "red", warning: "orange", info: "blue" };
const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

export interface SidePanelProps {
  /** The latest evaluation of a valid draft (stale while the draft has schema issues). */
  evaluation: Evaluation | null;
  /** The evaluation of the saved data, to show what an edit changed. */
  baseline: Evaluation | null;
  stale: boolean;
  issues: readonly InputIssue[];
  tab: WorkspaceTab | undefined;
  /** Jump to the cell of the first path the workspace shows; false when none is shown. */
  onJump: (paths: readonly string[]) => boolean;
}

/**
 * The workspace's side panel, computed by @jixiao/core in the browser: the live 绩效指标 (those
 * of the open tab first; what an edit changed shows the saved value beside it), the 勾稽校验
 * findings by severity and the data problems. Clicking a finding or problem jumps to its cell.
 */
export function SidePanel({ evaluation, baseline, stale, issues, tab, onJump }: SidePanelProps) {
  const [scope, setScope] = useState<"tab" | "all">("tab");
  const [search, setSearch] = useState("");
  const [notShown, setNotShown] = useState<string | null>(null);
  const before = useMemo(
    () => new Map(baseline?.indicators.map((i) => [i.key, indicatorRow(i).value]) ?? []),
    [baseline],
  );
  const indicators = useMemo(() => {
    if (!evaluation) return [];
    const prefixes = tab?.indicators ?? [];
    return (
      evaluation.indicators
        .filter((i) => scope === "all" || prefixes.some((p) => i.key.startsWith(p)))
        .map((i) => ({ ...indicatorRow(i), label: indicatorLabel(i, evaluation.dataset) }))
        .filter((row) => search === "" || row.label.includes(search) || row.key.includes(search))
        // Rates (控制率, 完成率, 变动率 …) first: they are what a reviewer reads.
        .sort((a, b) => Number(b.unit === "%") - Number(a.unit === "%"))
    );
  }, [evaluation, tab, scope, search]);
  const findings = evaluation?.findings ?? [];
  const counts = countBySeverity(findings);
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  const jump = (paths: readonly string[], what: string) => {
    setNotShown(
      onJump(paths) ? null : `${what}不在基础数据表格中（如报告正文、已述数字），无法跳转。`,
    );
  };

  return (
    <aside className="side-panel" aria-label="指标与校验">
      {stale && (
        <Alert
          type="warning"
          showIcon
          title="数据有误，指标和校验暂按上次有效数据显示"
          style={{ marginBottom: 8 }}
        />
      )}
      {notShown && (
        <Alert type="info" showIcon closable title={notShown} onClose={() => setNotShown(null)} />
      )}
      <Tabs
        size="small"
        items={[
          {
            key: "indicators",
            label: "绩效指标",
            children: (
              <div>
                <div className="panel-tools">
                  <Segmented
                    size="small"
                    value={scope}
                    onChange={(v) => setScope(v as "tab" | "all")}
                    options={[
                      { value: "tab", label: "本页" },
                      { value: "all", label: "全部" },
                    ]}
                  />
                  <Input.Search
                    size="small"
                    allowClear
                    placeholder="搜索指标"
                    onChange={(e) => setSearch(e.target.value.trim())}
                  />
                </div>
                <div className="indicator-list" data-testid="indicator-list">
                  {indicators.map((row) => {
                    const old = before.get(row.key);
                    const changed = old !== undefined && old !== row.value;
                    return (
                      <div
                        key={row.key}
                        className={row.exact === null ? "indicator muted" : "indicator"}
                        data-key={row.key}
                        title={row.formula}
                      >
                        <span className="indicator-name">{row.label}</span>
                        <span className="indicator-value" data-testid="indicator-value">
                          {row.value}
                          {row.unit && row.exact !== null ? ` ${row.unit}` : ""}
                        </span>
                        {changed && (
                          <span className="indicator-before">
                            原 {old}
                            {row.unit && old !== undefined ? ` ${row.unit}` : ""}
                          </span>
                        )}
                      </div>
                    );
                  })}
                  {indicators.length === 0 && (
                    <Typography.Text type="secondary">本页没有可计算的指标</Typography.Text>
                  )}
                </div>
              </div>
            ),
          },
          {
            key: "findings",
            label: (
              <span>
                勾稽校验 <Badge count={counts.error} size="small" />{" "}
                <Badge count={counts.warning} size="small" color="orange" />
              </span>
            ),
            children: (
              <div className="finding-list" data-testid="finding-list">
                <Typography.Text type="secondary">
                  错误 {counts.error} · 警告 {counts.warning} · 提示 {counts.info}
                </Typography.Text>
                {sorted.map((finding, i) => (
                  <FindingItem
                    key={`${finding.ruleId}-${i}`}
                    finding={finding}
                    onClick={() =>
                      jump(
                        finding.locations.flatMap((l) => (l.path ? [l.path] : [])),
                        "此项校验所指位置",
                      )
                    }
                  />
                ))}
              </div>
            ),
          },
          {
            key: "issues",
            label: (
              <span>
                数据问题 <Badge count={issues.length} size="small" />
              </span>
            ),
            children: (
              <div className="finding-list" data-testid="issue-list">
                {issues.length === 0 && (
                  <Typography.Text type="secondary">数据格式全部正确</Typography.Text>
                )}
                {issues.map((issue) => (
                  <button
                    type="button"
                    key={`${issue.path}:${issue.message}`}
                    className="finding"
                    onClick={() => jump([issue.path], "此问题所在位置")}
                  >
                    <code>{issue.path || "（整体）"}</code> {chinesePart(issue.message)}
                  </button>
                ))}
              </div>
            ),
          },
        ]}
      />
    </aside>
  );
}

function FindingItem({ finding, onClick }: { finding: Finding; onClick: () => void }) {
  return (
    <button type="button" className="finding" onClick={onClick} data-rule={finding.ruleId}>
      <Tag color={SEVERITY_COLORS[finding.severity]}>{SEVERITY_LABELS[finding.severity]}</Tag>
      <strong>{finding.title}</strong>
      <span className="finding-message">{finding.message}</span>
    </button>
  );
}
