import { PaperClipOutlined } from "@ant-design/icons";
import { Alert, App, Button, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useMutation } from "urql";
import { combinedErrorMessage, resultError } from "../../api/errors";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import { DueLight } from "../../components/DueLight";
import { formatDate, formatDateTime } from "../../components/format";
import type { LinkageReversePushesQuery } from "../../gql/graphql";
import {
  REVERSE_PUSH_KIND_LABELS,
  REVERSE_PUSH_STATUS_LABELS,
  type ReversePushStatusKey,
} from "./labels";
import { ClaimReversePushDocument, LinkageReversePushesDocument } from "./operations";
import { useReloadOn } from "./useReloadOn";

type ReverseRow = LinkageReversePushesQuery["reversePushes"]["edges"][number]["node"];

const ALL = "__all__";

/** 监管信息推送 (P5): supervision information for the approval department, claimed in 3 working days. */
export function ReversePushesTab({ refreshKey }: { refreshKey: number }) {
  const viewer = useViewer();
  const { message } = App.useApp();
  const [status, setStatus] = useState<string>("TO_CLAIM");
  const [{ fetching }, claim] = useMutation(ClaimReversePushDocument);
  const rows = useConnection(
    LinkageReversePushesDocument,
    {
      filter: {
        approvalDepartmentId: viewer.department?.id ?? null,
        status: status === ALL ? null : (status as ReversePushStatusKey),
      },
      first: 50,
    },
    (data) => data.reversePushes,
  );
  useReloadOn(refreshKey, rows.reload);

  const claimOne = async (row: ReverseRow) => {
    const r = await claim({ input: { reversePushId: row.id } });
    const error = r.error
      ? combinedErrorMessage(r.error)
      : resultError(r.data?.claimReversePush)?.message;
    if (error) message.error(error);
    else message.success(`已认领监管信息 ${row.documentNumber}`);
    rows.reload();
  };

  const columns: ColumnsType<ReverseRow> = [
    {
      title: "决定文书 / 类型",
      key: "document",
      width: 260,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{row.documentNumber}</Typography.Text>
          <Tag>{REVERSE_PUSH_KIND_LABELS[row.kind]}</Tag>
        </Space>
      ),
    },
    {
      title: "行政相对人",
      key: "licensee",
      width: 220,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <span>{row.licensee.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.push ? `许可 ${row.push.documentNumber}` : row.licensee.number}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: "内容",
      key: "content",
      width: 340,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <span style={{ whiteSpace: "pre-wrap" }}>{row.content}</span>
          {row.attachments.map((a) => (
            <a key={a.id} href={a.url} target="_blank" rel="noreferrer">
              <PaperClipOutlined /> {a.fileName}
            </a>
          ))}
        </Space>
      ),
    },
    {
      title: "推送部门 / 时间",
      key: "department",
      width: 200,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <span>{row.department.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            决定 {formatDate(row.decisionDate)}，推送 {formatDateTime(row.pushedAt)}
          </Typography.Text>
          <DueLight due={row.pushDue} done />
        </Space>
      ),
    },
    {
      title: "认领期限",
      key: "claimDue",
      width: 190,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <DueLight due={row.claimDue} done={!!row.claimedAt} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.claimedAt
              ? `认领于 ${formatDateTime(row.claimedAt)}`
              : `${formatDateTime(row.claimDue.dueAt)} 前`}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: "操作",
      key: "actions",
      fixed: "right",
      width: 80,
      render: (_, row) =>
        row.status === "TO_CLAIM" ? (
          <Button type="link" size="small" loading={fetching} onClick={() => void claimOne(row)}>
            认领
          </Button>
        ) : (
          <Tag color="green">{REVERSE_PUSH_STATUS_LABELS[row.status]}</Tag>
        ),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          aria-label="认领状态"
          options={[
            { value: ALL, label: "全部" },
            ...Object.entries(REVERSE_PUSH_STATUS_LABELS).map(([value, label]) => ({
              value,
              label,
            })),
          ]}
        />
        <Typography.Text type="secondary">
          监管部门推送的处罚、强制等信息，3 个工作日内认领
        </Typography.Text>
      </Space>
      {rows.error && (
        <Alert type="error" showIcon title={rows.error} style={{ marginBottom: 16 }} />
      )}
      <Table<ReverseRow>
        rowKey="id"
        scroll={{ x: "max-content" }}
        columns={columns}
        dataSource={rows.nodes}
        loading={rows.loading}
        pagination={false}
        size="middle"
        locale={{ emptyText: "没有监管信息推送" }}
      />
      {rows.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={rows.loadMore} loading={rows.loading}>
            加载更多
          </Button>
        </div>
      )}
    </>
  );
}
