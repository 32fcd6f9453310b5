import { DEFAULT_FRAMEWORK_ID } from "@jixiao/core/frameworks";
import { taojiang2020 } from "@jixiao/examples";
import { Tag } from "antd";
import { useState } from "react";
import type { ManualEntry } from "../scoring/manual-entries.ts";
import { ScoringTab } from "../scoring/scoring-tab.tsx";
import { useDraftEditor } from "./use-draft-editor.ts";
import { WorkspaceView } from "./workspace-view.tsx";

/**
 * 离线示例: the embedded Taojiang 2020 dataset in the workspace, evaluated and scored in the
 * browser only. Nothing is saved; it is for trying the grids and the scoring.
 */
export function ExamplePage() {
  const editor = useDraftEditor(taojiang2020);
  const [frameworkId, setFrameworkId] = useState(DEFAULT_FRAMEWORK_ID);
  const [entries, setEntries] = useState<ManualEntry[]>([]);
  return (
    <WorkspaceView
      editor={editor}
      title={`${taojiang2020.department.name} ${taojiang2020.department.fiscalYear}年度（离线示例）`}
      readOnly={false}
      actions={<Tag>离线示例，不保存</Tag>}
      extraTabs={({ evaluation }) => [
        {
          key: "scoring",
          label: "评分",
          children: (
            <ScoringTab
              evaluation={evaluation}
              frameworkId={frameworkId}
              onFrameworkChange={setFrameworkId}
              entries={entries}
              onEntriesChange={setEntries}
              canEdit={{ selfEvaluation: true, review: true }}
              evaluator="离线示例"
            />
          ),
        },
      ]}
    />
  );
}

export default ExamplePage;
