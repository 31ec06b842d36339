import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Progress,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from "antd";
import { useEffect, useRef, useState } from "react";
import { useClient } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import { csrfHeaders } from "../../api/csrf";
import { useConnection } from "../../api/useConnection";
import type { CatalogueImportQuery, CatalogueImportStatus } from "../../gql/graphql";
import { CatalogueImportDocument, CatalogueVersionsDocument } from "./operations";
import { EXPORT_URL } from "./PublishPage";

type ImportState = NonNullable<CatalogueImportQuery["catalogueImport"]>;
type ImportErrorRow = ImportState["errors"][number];

const UPLOAD_URL = "/files/catalogue-import";
/** docs/catalogue-template.xlsx, copied into the build by vite.config.ts. */
export const TEMPLATE_URL = "/catalogue-template.xlsx";
const POLL_MS = 500;

const STATUS_LABELS: Record<CatalogueImportStatus, string> = {
  PENDING: "排队中",
  VALIDATING: "正在检查",
  STORING: "正在保存",
  SUCCEEDED: "导入成功",
  FAILED: "导入失败",
};

const DRAFT = "draft";

async function upload(file: File): Promise<{ id: string } | { message: string }> {
  try {
    const response = await fetch(`${UPLOAD_URL}?fileName=${encodeURIComponent(file.name)}`, {
      method: "POST",
      body: file,
      credentials: "same-origin",
      headers: { "Content-Type": "application/octet-stream", ...csrfHeaders() },
    });
    const body = (await response.json()) as {
      id?: string;
      errors?: { message: string }[];
    };
    if (response.ok && body.id) return { id: body.id };
    return { message: body.errors?.[0]?.message ?? `上传失败（HTTP ${response.status}）` };
  } catch {
    return { message: "无法连接服务器，请检查网络后重试。" };
  }
}

/** 导入导出 (C6): upload a workbook, follow its import, export the catalogue. */
export function ImportPage() {
  const client = useClient();
  const [importId, setImportId] = useState<string | null>(null);
  const [state, setState] = useState<ImportState | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [exportVersion, setExportVersion] = useState<string>(DRAFT);
  const timer = useRef<number | null>(null);
  const versions = useConnection(
    CatalogueVersionsDocument,
    { first: 100 },
    (data) => data.catalogueVersions,
  );

  useEffect(() => {
    if (importId === null) return;
    let stopped = false;
    const poll = async () => {
      const result = await client
        .query(CatalogueImportDocument, { id: importId }, { requestPolicy: "network-only" })
        .toPromise();
      if (stopped) return;
      if (result.error) {
        setUploadError(combinedErrorMessage(result.error));
        return;
      }
      const current = result.data?.catalogueImport ?? null;
      setState(current);
      if (current && current.status !== "SUCCEEDED" && current.status !== "FAILED") {
        timer.current = window.setTimeout(poll, POLL_MS);
      }
    };
    void poll();
    return () => {
      stopped = true;
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [client, importId]);

  const start = async (file: File) => {
    setUploadError(null);
    setState(null);
    setImportId(null);
    setUploading(true);
    const answer = await upload(file);
    setUploading(false);
    if ("message" in answer) {
      setUploadError(answer.message);
      return;
    }
    setImportId(answer.id);
  };

  const running = state !== null && state.status !== "SUCCEEDED" && state.status !== "FAILED";
  const percent =
    state === null
      ? 0
      : state.status === "SUCCEEDED"
        ? 100
        : state.total > 0
          ? Math.floor((state.processed / state.total) * 100)
          : 0;

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>导入导出</Typography.Title>
          <Typography.Text type="secondary">
            用 Excel 工作簿（.xlsx）批量维护清单草稿：先检查每一行，有任何错误则整个文件都不保存。
          </Typography.Text>
        </div>
        <Button
          icon={<DownloadOutlined />}
          href={TEMPLATE_URL}
          download="审管联动事项清单模板.xlsx"
        >
          下载导入模板
        </Button>
      </div>
      <Card title="导入清单" style={{ marginBottom: 16 }}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={uploading || running}
          beforeUpload={(file) => {
            void start(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或拖入 .xlsx 文件开始导入</p>
          <p className="ant-upload-hint">
            工作表“审批事项”“监管事项”“审管关联”，格式见模板中的“说明”工作表；文件不超过 10 MB
          </p>
        </Upload.Dragger>
        {uploadError && (
          <Alert type="error" showIcon title={uploadError} style={{ marginTop: 16 }} />
        )}
        {state && (
          <div style={{ marginTop: 16 }} data-testid="import-status">
            <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
              <Descriptions.Item label="文件">{state.fileName}</Descriptions.Item>
              <Descriptions.Item label="状态">{STATUS_LABELS[state.status]}</Descriptions.Item>
              <Descriptions.Item label="行数">
                {state.processed} / {state.total}
              </Descriptions.Item>
            </Descriptions>
            <Progress
              percent={percent}
              status={state.status === "FAILED" ? "exception" : running ? "active" : "success"}
            />
            {state.status === "SUCCEEDED" && state.summary && (
              <Alert
                type="success"
                showIcon
                style={{ marginTop: 16 }}
                title="导入成功，已写入清单草稿"
                description={`新增 ${state.summary.created} 条，更新 ${state.summary.updated} 条，未变 ${state.summary.unchanged} 条。发布后生效。`}
              />
            )}
            {state.status === "FAILED" && (
              <>
                <Alert
                  type="error"
                  showIcon
                  style={{ margin: "16px 0" }}
                  title={`文件有 ${state.errors.length} 处错误，未保存任何内容`}
                  description="请按下表逐项修改后重新导入。"
                />
                <Table<ImportErrorRow>
                  rowKey={(e, i) => `${e.sheet}-${e.row}-${e.column}-${i}`}
                  size="small"
                  data-testid="import-errors"
                  pagination={state.errors.length > 50 ? { pageSize: 50 } : false}
                  dataSource={state.errors}
                  columns={[
                    { title: "工作表", dataIndex: "sheet", width: 120 },
                    {
                      title: "行",
                      dataIndex: "row",
                      width: 80,
                      render: (r: number | null) => r ?? "—",
                    },
                    {
                      title: "列",
                      dataIndex: "column",
                      width: 180,
                      render: (c: string | null) => c ?? "—",
                    },
                    { title: "错误", dataIndex: "message" },
                  ]}
                />
              </>
            )}
          </div>
        )}
      </Card>
      <Card title="导出清单">
        <Space wrap>
          <Select
            style={{ width: 260 }}
            value={exportVersion}
            onChange={setExportVersion}
            aria-label="导出版本"
            options={[
              { value: DRAFT, label: "当前草稿" },
              ...versions.nodes.map((v) => ({
                value: String(v.number),
                label: `第 ${v.number} 版（${v.effectiveDate} 生效）`,
              })),
            ]}
          />
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={exportVersion === DRAFT ? EXPORT_URL : `${EXPORT_URL}?version=${exportVersion}`}
          >
            导出 .xlsx
          </Button>
        </Space>
      </Card>
    </>
  );
}
