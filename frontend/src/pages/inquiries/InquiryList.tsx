import { Alert, Button, Select, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useEffect, useState } from "react";
import { useConnection } from "../../api/useConnection";
import { DueLight } from "../../components/DueLight";
import { formatDateTime } from "../../components/format";
import type { InquiryFieldsFragment, InquiryFilter, InquiryStatus } from "../../gql/graphql";
import { STATUS_COLORS, STATUS_LABELS, TOPIC_LABELS } from "./labels";
import { InquiriesDocument } from "./operations";

const ALL = "__all__";
type StatusFilter = InquiryStatus | typeof ALL;

/** One tab's inquiries (received, sent, or all), newest first, with a status filter. */
export function InquiryList({
  filter,
  refresh,
  testId,
  onOpen,
}: {
  filter: InquiryFilter;
  refresh: number;
  testId: string;
  onOpen: (inquiry: InquiryFieldsFragment) => void;
}) {
  const [status, setStatus] = useState<StatusFilter>(ALL);
  const inquiries = useConnection(
    InquiriesDocument,
    { filter: { ...filter, status: status === ALL ? null : status }, first: 50 },
    (data) => data.inquiries,
  );
  const { reload } = inquiries;
  useEffect(() => {
    if (refresh > 0) reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refresh]);

  const columns: ColumnsType<InquiryFieldsFragment> = [
    {
      title: "标题",
      key: "subject",
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(i)}>
            {i.subject}
          </Button>
          <Typography.Text type="secondary">{TOPIC_LABELS[i.topic]}</Typography.Text>
        </Space>
      ),
    },
    {
      title: "发函部门",
      key: "asking",
      width: 200,
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <span>{i.askingDepartment.name}</span>
          <Typography.Text type="secondary">{formatDateTime(i.sentAt)}</Typography.Text>
        </Space>
      ),
    },
    { title: "受函部门", key: "asked", width: 200, render: (_, i) => i.askedDepartment.name },
    {
      title: "状态",
      key: "status",
      width: 110,
      render: (_, i) => (
        <Tag color={STATUS_COLORS[i.status]} data-testid="inquiry-status">
          {STATUS_LABELS[i.status]}
        </Tag>
      ),
    },
    {
      title: "答复期限",
      key: "due",
      width: 220,
      render: (_, i) => <DueLight due={i.replyDue} showTime />,
    },
  ];

  return (
    <div data-testid={testId}>
      <Space style={{ marginBottom: 16 }} wrap>
        <Select<StatusFilter>
          style={{ width: 130 }}
          aria-label="函询状态"
          value={status}
          onChange={setStatus}
          options={[
            { value: ALL, label: "全部状态" },
            ...(Object.keys(STATUS_LABELS) as InquiryStatus[]).map((value) => ({
              value,
              label: STATUS_LABELS[value],
            })),
          ]}
        />
      </Space>
      {inquiries.error && (
        <Alert type="error" showIcon title={inquiries.error} style={{ marginBottom: 16 }} />
      )}
      <Table<InquiryFieldsFragment>
        rowKey="id"
        size="middle"
        scroll={{ x: "max-content" }}
        pagination={false}
        loading={inquiries.loading}
        dataSource={inquiries.nodes}
        columns={columns}
        onRow={() => ({ "data-testid": "inquiry-row" }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: "没有业务函询" }}
      />
      {inquiries.hasNextPage && (
        <Button block style={{ marginTop: 12 }} onClick={inquiries.loadMore}>
          加载更多
        </Button>
      )}
    </div>
  );
}
