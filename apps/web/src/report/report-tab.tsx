import { DownloadOutlined, UploadOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Space, Table, Typography, Upload } from "antd";
import { useEffect, useState } from "react";
import { useTRPC } from "../api/trpc.ts";
import { chinesePart } from "../workspace/live-evaluation.ts";

type Format = "docx" | "xlsx" | "pdf";
const FORMATS: { format: Format; label: string }[] = [
  { format: "docx", label: "Word（DOCX）" },
  { format: "xlsx", label: "Excel（XLSX）" },
  { format: "pdf", label: "PDF" },
];

/** The bytes of a file as base64, for datasets.importXlsx. */
async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The problems a refused workbook came back with: sheet!cell and message. */
function issuesOf(error: unknown): { path: string; message: string }[] {
  const issues = (error as { data?: { issues?: { path: string; message: string }[] | null } }).data
    ?.issues;
  if (issues && issues.length > 0) return issues;
  return [{ path: "", message: error instanceof Error ? error.message : String(error) }];
}

/**
 * 报告: a preview of the HTML report of the saved data, download buttons for DOCX, XLSX and PDF
 * (rendered by the server and fetched from /files/reports/…), and an upload of a filled
 * 基础数据表 workbook whose every error cell is listed before anything is saved.
 */
export function ReportTab(props: {
  datasetId: string;
  version: number;
  frameworkId: string;
  canImport: boolean;
  saveFirst: () => Promise<boolean>;
  onImported: (content: unknown, version: number) => void;
}) {
  const trpc = useTRPC();
  const render = useMutation(trpc.reports.render.mutationOptions());
  const importXlsx = useMutation(trpc.datasets.importXlsx.mutationOptions());
  const [preview, setPreview] = useState<string | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [downloading, setDownloading] = useState<Format | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ path: string; message: string }[] | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const { datasetId, frameworkId, version } = props;
  const renderAsync = render.mutateAsync;

  useEffect(() => {
    let current = true;
    setPreview(null);
    setPreviewError(null);
    void (async () => {
      try {
        const file = await renderAsync({ datasetId, format: "html", frameworkId });
        const response = await fetch(file.url, { credentials: "include" });
        const html = await response.text();
        if (current) setPreview(html);
      } catch (e) {
        if (current) setPreviewError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      current = false;
    };
    // The preview follows the saved version.
  }, [datasetId, frameworkId, version, renderAsync]);

  async function download(format: Format) {
    setDownloading(format);
    setDownloadError(null);
    try {
      if (!(await props.saveFirst()))
        throw new Error("有未能保存的修改，报告按已保存的数据生成前请先处理");
      const file = await render.mutateAsync({ datasetId, format, frameworkId });
      const link = document.createElement("a");
      link.href = file.url;
      link.download = file.fileName;
      document.body.append(link);
      link.click();
      link.remove();
    } catch (e) {
      setDownloadError(e instanceof Error ? e.message : String(e));
    } finally {
      setDownloading(null);
    }
  }

  async function upload(file: File) {
    setProblems(null);
    setImported(null);
    try {
      const record = await importXlsx.mutateAsync({
        id: datasetId,
        expectedVersion: version,
        fileBase64: await base64Of(file),
      });
      setImported(`已导入 ${file.name}（可撤销）`);
      props.onImported(record.content, record.version);
    } catch (e) {
      setProblems(issuesOf(e));
    }
  }

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Card size="small" title="下载报告">
        <Space wrap>
          {FORMATS.map(({ format, label }) => (
            <Button
              key={format}
              icon={<DownloadOutlined />}
              loading={downloading === format}
              onClick={() => void download(format)}
              data-format={format}
            >
              {label}
            </Button>
          ))}
        </Space>
        {downloadError && (
          <Alert type="error" showIcon title={downloadError} style={{ marginTop: 8 }} />
        )}
      </Card>
      <Card size="small" title="导入基础数据表（XLSX）">
        <Typography.Paragraph type="secondary">
          导入会替换本数据集的全部基础数据。工作簿有任何错误单元格时，逐一列出，不保存任何内容。
        </Typography.Paragraph>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={!props.canImport || importXlsx.isPending}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button
            icon={<UploadOutlined />}
            loading={importXlsx.isPending}
            disabled={!props.canImport}
          >
            选择工作簿
          </Button>
        </Upload>
        {imported && <Alert type="success" showIcon title={imported} style={{ marginTop: 8 }} />}
        {problems && (
          <div style={{ marginTop: 8 }} data-testid="import-problems">
            <Alert
              type="error"
              showIcon
              title={`工作簿有 ${problems.length} 处错误，未保存任何内容`}
            />
            <Table
              size="small"
              rowKey={(p) => `${p.path}:${p.message}`}
              pagination={false}
              scroll={{ y: 320 }}
              columns={[
                { title: "工作表!单元格", dataIndex: "path", width: 200 },
                { title: "问题", dataIndex: "message", render: (m: string) => chinesePart(m) },
              ]}
              dataSource={problems}
            />
          </div>
        )}
      </Card>
      <Card size="small" title="报告预览（按已保存的数据生成）">
        {previewError && <Alert type="error" showIcon title={previewError} />}
        {preview === null && !previewError && (
          <Typography.Text type="secondary">正在生成预览…</Typography.Text>
        )}
        {preview !== null && (
          <iframe
            title="报告预览"
            srcDoc={preview}
            sandbox=""
            style={{ width: "100%", height: 720, border: "1px solid #dfe3ea", background: "#fff" }}
          />
        )}
      </Card>
    </Space>
  );
}
