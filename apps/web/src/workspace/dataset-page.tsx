import {
  CheckCircleOutlined,
  CloudSyncOutlined,
  ExclamationCircleOutlined,
  SaveOutlined,
} from "@ant-design/icons";
import { DEFAULT_FRAMEWORK_ID } from "@jixiao/core/frameworks";
import type { ManualScoreKind } from "@jixiao/core/scoring";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Modal, Space, Tag, Tooltip } from "antd";
import { useEffect, useState } from "react";
import { useBlocker, useParams } from "react-router";
import { useTRPC } from "../api/trpc.ts";
import { ErrorView } from "../app/error-page.tsx";
import { PageLoading } from "../app/layout.tsx";
import type { Role } from "../app/nav.ts";
import { useSession } from "../auth/session.ts";
import { ReportTab } from "../report/report-tab.tsx";
import { ScoringTab } from "../scoring/scoring-tab.tsx";
import { useManualScores } from "../scoring/use-manual-scores.ts";
import { ConflictDialog } from "./conflict-dialog.tsx";
import { applyChanges, type DraftChange, diffDrafts } from "./draft-diff.ts";
import {
  type ConflictInfo,
  SAVE_STATE_LABELS,
  type SaveState,
  useAutosave,
} from "./use-autosave.ts";
import { useDraftEditor } from "./use-draft-editor.ts";
import {
  canEditData,
  canScore,
  type DatasetStatus,
  STATUS_COLORS,
  STATUS_LABELS,
} from "./workflow.ts";
import { WorkflowBar } from "./workflow-bar.tsx";
import { WorkspaceView } from "./workspace-view.tsx";

/** The department-year workspace of a stored dataset: /datasets/:datasetId. */
export function DatasetPage() {
  const { datasetId = "" } = useParams();
  const trpc = useTRPC();
  const session = useSession();
  const record = useQuery({ ...trpc.datasets.get.queryOptions({ id: datasetId }), retry: false });
  if (record.isPending || session.isPending) return <PageLoading />;
  if (record.error) return <ErrorView error={record.error} onRetry={() => void record.refetch()} />;
  if (!session.data) return <PageLoading />;
  return (
    <DatasetWorkspace
      key={record.data.id}
      record={record.data}
      role={session.data.role as Role}
      user={session.data.name || session.data.email || session.data.id}
    />
  );
}

export default DatasetPage;

interface DatasetRecord {
  id: string;
  version: number;
  status: DatasetStatus;
  departmentName: string;
  fiscalYear: number;
  returnReason: string | null;
  content: unknown;
}

const SAVE_ICONS: Record<SaveState, React.ReactNode> = {
  saved: <CheckCircleOutlined />,
  dirty: <SaveOutlined />,
  saving: <CloudSyncOutlined spin />,
  invalid: <ExclamationCircleOutlined />,
  conflict: <ExclamationCircleOutlined />,
  error: <ExclamationCircleOutlined />,
};
const SAVE_COLORS: Record<SaveState, string> = {
  saved: "green",
  dirty: "gold",
  saving: "blue",
  invalid: "red",
  conflict: "red",
  error: "red",
};

function DatasetWorkspace({
  record,
  role,
  user,
}: {
  record: DatasetRecord;
  role: Role;
  user: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const editor = useDraftEditor(record.content);
  const [version, setVersion] = useState(record.version);
  const [status, setStatus] = useState<DatasetStatus>(record.status);
  const [returnReason, setReturnReason] = useState(record.returnReason);
  const [frameworkId, setFrameworkId] = useState(DEFAULT_FRAMEWORK_ID);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [resolving, setResolving] = useState(false);
  const editable = canEditData(role, status);
  const autosave = useAutosave({
    editor,
    datasetId: record.id,
    version,
    onSaved: setVersion,
    onConflict: setConflict,
    enabled: editable,
    frameworkId,
  });
  const scores = useManualScores(record.id, frameworkId);
  const unsaved = editable && editor.dirty;

  // Leaving with unsaved changes asks first: inside the app (router) and when closing the tab.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [unsaved]);

  // Ctrl+S (⌘S) saves at once, as in a spreadsheet.
  const saveNow = autosave.saveNow;
  useEffect(() => {
    if (!editable) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [editable, saveNow]);

  async function latest(): Promise<DatasetRecord> {
    return queryClient.fetchQuery({
      ...trpc.datasets.get.queryOptions({ id: record.id }),
      staleTime: 0,
    });
  }

  async function resolve(keepMine: boolean) {
    setResolving(true);
    try {
      const theirs = await latest();
      const mine = diffDrafts(editor.saved, editor.draft);
      editor.markSaved(theirs.content);
      editor.replace(keepMine ? applyChanges(theirs.content, mine) : theirs.content);
      setVersion(theirs.version);
      setStatus(theirs.status);
      setConflict(null);
      autosave.resolved();
    } finally {
      setResolving(false);
    }
  }

  async function afterWorkflow(nextVersion: number) {
    setVersion(nextVersion);
    const fresh = await latest();
    setStatus(fresh.status);
    setReturnReason(fresh.returnReason);
    setVersion(fresh.version);
    void queryClient.invalidateQueries({ queryKey: trpc.datasets.list.queryKey() });
  }

  const saveState = autosave.state;
  const actions = (
    <Space size={6}>
      <Tag color={STATUS_COLORS[status]} data-testid="dataset-status">
        {STATUS_LABELS[status]}
      </Tag>
      {editable ? (
        <Tooltip title={autosave.error ?? "停止输入片刻后自动保存；Ctrl+S 立即保存"}>
          <Tag icon={SAVE_ICONS[saveState]} color={SAVE_COLORS[saveState]} data-testid="save-state">
            {SAVE_STATE_LABELS[saveState]}
          </Tag>
        </Tooltip>
      ) : (
        <Tag data-testid="save-state">只读</Tag>
      )}
      {editable && (
        <Button
          size="small"
          icon={<SaveOutlined />}
          onClick={() => void autosave.saveNow()}
          disabled={!editor.dirty}
        >
          保存
        </Button>
      )}
      <WorkflowBar
        role={role}
        status={status}
        datasetId={record.id}
        version={version}
        saveFirst={async () => !editable || !editor.dirty || autosave.saveNow()}
        onDone={afterWorkflow}
      />
    </Space>
  );

  const scoreRights: Record<ManualScoreKind, boolean> = canScore(role, status);
  const theirs: DraftChange[] = conflict?.changes ?? [];
  return (
    <>
      {status === "draft" && returnReason && (
        <Alert
          type="warning"
          showIcon
          title={`已退回：${returnReason}`}
          style={{ marginBottom: 8 }}
        />
      )}
      {status === "finalised" && (
        <Alert
          type="success"
          showIcon
          title="已定稿：本数据集只读，不能再修改。"
          style={{ marginBottom: 8 }}
        />
      )}
      <WorkspaceView
        editor={editor}
        title={`${record.departmentName} ${record.fiscalYear}年度`}
        readOnly={!editable}
        actions={actions}
        extraTabs={({ evaluation }) => [
          {
            key: "scoring",
            label: "评分",
            children: (
              <>
                {scores.error && (
                  <Alert type="error" showIcon title={scores.error} style={{ marginBottom: 8 }} />
                )}
                <ScoringTab
                  evaluation={evaluation}
                  frameworkId={frameworkId}
                  onFrameworkChange={setFrameworkId}
                  entries={scores.entries}
                  onEntriesChange={(next) => void scores.change(next)}
                  canEdit={scoreRights}
                  evaluator={user}
                />
              </>
            ),
          },
          {
            key: "report",
            label: "报告",
            children: (
              <ReportTab
                datasetId={record.id}
                version={version}
                frameworkId={frameworkId}
                canImport={editable && !editor.dirty}
                saveFirst={async () => !editable || !editor.dirty || autosave.saveNow()}
                onImported={(content, nextVersion) => {
                  editor.markSaved(content);
                  editor.replace(content);
                  setVersion(nextVersion);
                }}
              />
            ),
          },
        ]}
      />
      {conflict && (
        <ConflictDialog
          theirs={theirs}
          mine={diffDrafts(editor.saved, editor.draft)}
          draft={editor.draft}
          busy={resolving}
          onMerge={() => void resolve(true)}
          onTakeTheirs={() => void resolve(false)}
        />
      )}
      <Modal
        open={blocker.state === "blocked"}
        title="有未保存的修改"
        okText="离开（放弃修改）"
        cancelText="留在此页"
        okButtonProps={{ danger: true }}
        onOk={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        {SAVE_STATE_LABELS[saveState]}：离开本页将丢失尚未保存的修改。
      </Modal>
    </>
  );
}
