import { RedoOutlined, UndoOutlined } from "@ant-design/icons";
import type { Evaluation } from "@jixiao/core";
import { Button, Segmented, Space, Tabs, Tooltip, Typography } from "antd";
import { type ReactNode, useDeferredValue, useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import type { AmountUnit } from "../grid/cell-value.ts";
import { EditableGrid, type FocusRequest } from "../grid/editable-grid.tsx";
import { findingMarks, issuesByPath, type LiveResult, liveResult } from "./live-evaluation.ts";
import { SidePanel } from "./side-panel.tsx";
import { locateFirst, tabGrids, WORKSPACE_TABS } from "./tabs.ts";
import type { DraftEditor } from "./use-draft-editor.ts";

export interface WorkspaceViewProps {
  editor: DraftEditor;
  title: ReactNode;
  /** Status, save state and workflow buttons, shown right of the title. */
  actions?: ReactNode;
  readOnly: boolean;
  /** Extra tabs after the data tabs (评分, 报告), given the live evaluation. */
  extraTabs?: (live: {
    evaluation: Evaluation | null;
  }) => { key: string; label: string; children: ReactNode }[];
}

/**
 * The department-year workspace: one tab per part of the 基础数据表 with editable grids, undo and
 * redo, amounts in 元 or 万元, and the side panel of live indicators and findings computed by
 * @jixiao/core in the browser. Clicking a finding opens its tab and selects its cell.
 */
export function WorkspaceView({ editor, title, actions, readOnly, extraTabs }: WorkspaceViewProps) {
  const [params, setParams] = useSearchParams();
  const activeKey = params.get("tab") ?? WORKSPACE_TABS[0]?.id ?? "profile";
  const [unit, setUnit] = useState<AmountUnit>("元");
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const nonce = useRef(0);
  const deferred = useDeferredValue(editor.draft);
  const live = useMemo(() => liveResult(deferred), [deferred]);
  const lastValid = useRef<LiveResult["evaluation"]>(null);
  if (live.evaluation) lastValid.current = live.evaluation;
  const baseline = useMemo(() => liveResult(editor.saved).evaluation, [editor.saved]);
  const evaluation = live.evaluation ?? lastValid.current;
  const issues = useMemo(() => issuesByPath(live.issues), [live.issues]);
  const marks = useMemo(() => findingMarks(evaluation?.findings ?? []), [evaluation]);
  const tab = WORKSPACE_TABS.find((t) => t.id === activeKey);

  const setTab = (key: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set("tab", key);
        return next;
      },
      { replace: true },
    );

  const onJump = (paths: readonly string[]) => {
    const target = locateFirst(paths, editor.draft);
    if (!target) return false;
    setTab(target.tabId);
    nonce.current += 1;
    setFocus({ gridId: target.gridId, row: target.row, col: target.col, nonce: nonce.current });
    return true;
  };

  const dataTabs = WORKSPACE_TABS.map((t) => ({
    key: t.id,
    label: t.label,
    children:
      t.id === activeKey ? (
        <div className="workspace-body">
          <div className="workspace-grids">
            {tabGrids(t, editor.draft).map((grid) => (
              <EditableGrid
                key={grid.id}
                grid={grid}
                issues={issues}
                marks={marks}
                unit={unit}
                readOnly={readOnly}
                focus={focus}
                onEdit={editor.edit}
              />
            ))}
          </div>
          <SidePanel
            evaluation={evaluation}
            baseline={baseline}
            stale={live.evaluation === null}
            issues={live.issues}
            tab={tab}
            onJump={onJump}
          />
        </div>
      ) : null,
  }));

  return (
    <div className="workspace">
      <div className="workspace-header">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Space wrap>
          <Tooltip title="撤销（Ctrl+Z）">
            <Button
              size="small"
              icon={<UndoOutlined />}
              disabled={readOnly || editor.history.past.length === 0}
              onClick={editor.undo}
            >
              撤销
            </Button>
          </Tooltip>
          <Tooltip title="重做（Ctrl+Y）">
            <Button
              size="small"
              icon={<RedoOutlined />}
              disabled={readOnly || editor.history.future.length === 0}
              onClick={editor.redo}
            >
              重做
            </Button>
          </Tooltip>
          <Segmented
            size="small"
            value={unit}
            onChange={(v) => setUnit(v as AmountUnit)}
            options={[
              { value: "元", label: "元" },
              { value: "万元", label: "万元" },
            ]}
          />
          {actions}
        </Space>
      </div>
      <Tabs
        size="small"
        activeKey={activeKey}
        onChange={setTab}
        destroyOnHidden
        items={[...dataTabs, ...(extraTabs?.({ evaluation: live.evaluation }) ?? [])]}
      />
    </div>
  );
}
