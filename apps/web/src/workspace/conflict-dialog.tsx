import { Alert, Button, Modal, Space, Table, Typography } from "antd";
import { type DraftChange, overlapping } from "./draft-diff.ts";
import { describePath } from "./tabs.ts";

function shown(value: unknown): string {
  if (value === undefined) return "（无）";
  if (value === null) return "（空）";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The version conflict: someone saved this dataset after it was opened. Shows what they changed
 * and what is unsaved here, marks the fields both changed, and lets the user choose: keep my
 * changes on top of theirs (merge), or take theirs and drop mine — never silently.
 */
export function ConflictDialog(props: {
  theirs: readonly DraftChange[];
  mine: readonly DraftChange[];
  draft: unknown;
  busy: boolean;
  onMerge: () => void;
  onTakeTheirs: () => void;
}) {
  const { theirs, mine, draft } = props;
  const both = new Set(overlapping(theirs, mine));
  const columns = [
    {
      title: "位置",
      dataIndex: "path",
      render: (path: string) => (
        <span>
          {describePath(path, draft)}
          {both.has(path) && <Typography.Text type="danger">（双方都改了）</Typography.Text>}
        </span>
      ),
    },
    { title: "原值", dataIndex: "before", render: shown, width: 160 },
    { title: "新值", dataIndex: "after", render: shown, width: 160 },
  ];
  return (
    <Modal
      open
      closable={false}
      maskClosable={false}
      width={820}
      title="版本冲突：他人已修改并保存了此数据"
      footer={
        <Space>
          <Button danger onClick={props.onTakeTheirs} disabled={props.busy}>
            采用对方版本（放弃我的 {mine.length} 处修改）
          </Button>
          <Button type="primary" onClick={props.onMerge} loading={props.busy}>
            保留我的修改（在对方版本上合并）
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        title="您的修改尚未保存。请查看对方改了什么，再选择如何处理；两处都改的位置，合并时以您的为准。"
        style={{ marginBottom: 12 }}
      />
      <Typography.Title level={5}>对方的修改（{theirs.length}）</Typography.Title>
      <Table
        size="small"
        rowKey="path"
        pagination={false}
        scroll={{ y: 200 }}
        columns={columns}
        dataSource={[...theirs]}
        data-testid="conflict-theirs"
      />
      <Typography.Title level={5}>我的未保存修改（{mine.length}）</Typography.Title>
      <Table
        size="small"
        rowKey="path"
        pagination={false}
        scroll={{ y: 200 }}
        columns={columns}
        dataSource={[...mine]}
        data-testid="conflict-mine"
      />
    </Modal>
  );
}
