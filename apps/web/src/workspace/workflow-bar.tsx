import { useMutation } from "@tanstack/react-query";
import { App, Button, Input, Modal, Space } from "antd";
import { useState } from "react";
import { useTRPC } from "../api/trpc.ts";
import type { Role } from "../app/nav.ts";
import {
  ACTION_LABELS,
  type DatasetStatus,
  type WorkflowAction,
  workflowActions,
} from "./workflow.ts";

/**
 * The workflow buttons the user's role has on this dataset now (提交, 开始审核, 退回 with a reason,
 * 定稿). Unsaved edits are saved first; a refused step says why.
 */
export function WorkflowBar(props: {
  role: Role;
  status: DatasetStatus;
  datasetId: string;
  version: number;
  saveFirst: () => Promise<boolean>;
  onDone: (version: number) => void;
}) {
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const submit = useMutation(trpc.datasets.submit.mutationOptions());
  const startReview = useMutation(trpc.datasets.startReview.mutationOptions());
  const doReturn = useMutation(trpc.datasets.return.mutationOptions());
  const finalise = useMutation(trpc.datasets.finalise.mutationOptions());
  const busy =
    submit.isPending || startReview.isPending || doReturn.isPending || finalise.isPending;

  async function perform(action: WorkflowAction, returnReason?: string) {
    if (!(await props.saveFirst())) {
      message.error("有未能保存的修改，请先处理（见保存状态）");
      return;
    }
    const step = { id: props.datasetId, expectedVersion: props.version };
    try {
      const record =
        action === "submit"
          ? await submit.mutateAsync(step)
          : action === "startReview"
            ? await startReview.mutateAsync(step)
            : action === "finalise"
              ? await finalise.mutateAsync(step)
              : await doReturn.mutateAsync({ ...step, reason: returnReason ?? "" });
      message.success(`已${ACTION_LABELS[action]}`);
      props.onDone(record.version);
    } catch (e) {
      message.error(`${ACTION_LABELS[action]}失败：${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const actions = workflowActions(props.role, props.status);
  if (actions.length === 0) return null;
  return (
    <Space>
      {actions.map((action) => (
        <Button
          key={action}
          size="small"
          type={action === "return" ? "default" : "primary"}
          danger={action === "return"}
          loading={busy}
          onClick={() => (action === "return" ? setReturning(true) : void perform(action))}
        >
          {ACTION_LABELS[action]}
        </Button>
      ))}
      <Modal
        open={returning}
        title="退回修改"
        okText="退回"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim() === "", danger: true }}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          setReturning(false);
          await perform("return", reason.trim());
          setReason("");
        }}
      >
        <Input.TextArea
          rows={4}
          placeholder="请写明退回原因（必填），部门将据此修改"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-label="退回原因"
        />
      </Modal>
    </Space>
  );
}
