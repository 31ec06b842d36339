import { PaperClipOutlined } from "@ant-design/icons";
import { Alert, App, Button, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useConnection } from "../../api/useConnection";
import { useViewer } from "../../auth/AuthContext";
import { formatDateTime } from "../../components/format";
import type { LinkageLicenseRequestsQuery } from "../../gql/graphql";
import { DecideRequestModal, type RequestTarget } from "./DecideRequestModal";
import {
  LICENSE_REQUEST_KIND_LABELS,
  LICENSE_REQUEST_STATUS_COLORS,
  LICENSE_REQUEST_STATUS_LABELS,
  LICENSE_STATUS_LABELS,
  type LicenseRequestStatusKey,
} from "./labels";
import { LinkageLicenseRequestsDocument } from "./operations";
import { useReloadOn } from "./useReloadOn";

type RequestRow = LinkageLicenseRequestsQuery["licenseRequests"]["edges"][number]["node"];

const ALL = "__all__";

/** 许可处理函告 (S4): requests from supervision departments, reviewed and decided here. */
export function LicenseRequestsTab({ refreshKey }: { refreshKey: number }) {
  const viewer = useViewer();
  const { message } = App.useApp();
  const [status, setStatus] = useState<string>(ALL);
  const [target, setTarget] = useState<RequestTarget | null>(null);
  const rows = useConnection(
    LinkageLicenseRequestsDocument,
    {
      filter: {
        approvalDepartmentId: viewer.department?.id ?? null,
        status: status === ALL ? null : (status as LicenseRequestStatusKey),
      },
      first: 50,
    },
    (data) => data.licenseRequests,
  );
  useReloadOn(refreshKey, rows.reload);

  const columns: ColumnsType<RequestRow> = [
    {
      title: "申请",
      key: "kind",
      width: 200,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Tag>{LICENSE_REQUEST_KIND_LABELS[r.kind]}许可</Tag>
          <Tag color={LICENSE_REQUEST_STATUS_COLORS[r.status]}>
            {LICENSE_REQUEST_STATUS_LABELS[r.status]}
          </Tag>
        </Space>
      ),
    },
    {
      title: "许可",
      key: "push",
      width: 260,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text strong>{r.push.documentNumber}</Typography.Text>
          <span>
            {r.push.licensee.name}（{r.push.handlingItemName}）
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            许可状态：{LICENSE_STATUS_LABELS[r.push.licenseStatus]}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: "理由与证据",
      key: "reason",
      width: 340,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <span style={{ whiteSpace: "pre-wrap" }}>{r.reason}</span>
          {r.legalBasis && <Typography.Text type="secondary">依据：{r.legalBasis}</Typography.Text>}
          {r.attachments.map((a) => (
            <a key={a.id} href={a.url} target="_blank" rel="noreferrer">
              <PaperClipOutlined /> {a.fileName}
            </a>
          ))}
          {r.decidedAt && (
            <Typography.Text type="secondary">
              决定：{r.decisionNote || "—"}
              {r.decisionDocumentNumber ? `（${r.decisionDocumentNumber}）` : ""}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: "提出部门",
      key: "department",
      width: 200,
      render: (_, r) => (
        <Space orientation="vertical" size={2}>
          <span>{r.department.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(r.submittedAt)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: "操作",
      key: "actions",
      fixed: "right",
      width: 130,
      render: (_, r) => {
        const title = `${LICENSE_REQUEST_KIND_LABELS[r.kind]}许可 ${r.push.documentNumber}`;
        if (r.status === "APPROVED" || r.status === "REJECTED") return null;
        return (
          <Space size={0}>
            {r.status === "SUBMITTED" && (
              <Button
                type="link"
                size="small"
                onClick={() => setTarget({ id: r.id, title, action: "review" })}
              >
                审查
              </Button>
            )}
            <Button
              type="link"
              size="small"
              onClick={() => setTarget({ id: r.id, title, action: "decide" })}
            >
              决定
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          aria-label="申请状态"
          options={[
            { value: ALL, label: "全部" },
            ...Object.entries(LICENSE_REQUEST_STATUS_LABELS).map(([value, label]) => ({
              value,
              label,
            })),
          ]}
        />
        <Typography.Text type="secondary">
          监管部门提出的变更、撤回、撤销、注销申请；审查（可召开联席会议）后作出决定，决定推送回申请部门
        </Typography.Text>
      </Space>
      {rows.error && (
        <Alert type="error" showIcon title={rows.error} style={{ marginBottom: 16 }} />
      )}
      <Table<RequestRow>
        rowKey="id"
        scroll={{ x: "max-content" }}
        columns={columns}
        dataSource={rows.nodes}
        loading={rows.loading}
        pagination={false}
        size="middle"
        locale={{ emptyText: "没有许可处理申请" }}
      />
      {rows.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={rows.loadMore} loading={rows.loading}>
            加载更多
          </Button>
        </div>
      )}
      <DecideRequestModal
        target={target}
        onClose={() => setTarget(null)}
        onDone={(text) => {
          setTarget(null);
          message.success(text);
          rows.reload();
        }}
      />
    </>
  );
}
