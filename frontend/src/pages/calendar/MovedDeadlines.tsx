import { Table, Tag, Typography } from "antd";
import { formatDateTime } from "../../components/format";
import type { MovedDeadlineFieldsFragment } from "../../gql/graphql";

export type MovedDeadlineRow = MovedDeadlineFieldsFragment;

// Chinese names of deadline kinds; a kind not listed is shown as it is.
const KIND_LABELS: Record<string, string> = {
  "push.claim": "推送认领",
  "task.feedback": "监管结果反馈",
  "reverse_push.claim": "监管信息推送认领",
  "inquiry.answer": "函询答复",
  "commitment.materials": "承诺材料提交",
  "commitment.verification": "事后核查",
};

export function MovedDeadlines({ rows }: { rows: MovedDeadlineRow[] }) {
  return (
    <Table<MovedDeadlineRow>
      rowKey="deadlineId"
      size="middle"
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      dataSource={rows}
      locale={{ emptyText: "没有到期时间变动的期限" }}
      columns={[
        {
          title: "期限",
          dataIndex: "kind",
          render: (kind: string) => KIND_LABELS[kind] ?? kind,
        },
        {
          title: "对象",
          key: "subject",
          render: (_, row) => `${row.subjectType} #${row.subjectId}`,
        },
        {
          title: "责任部门",
          key: "department",
          render: (_, row) =>
            row.department?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
        },
        {
          title: "原到期时间",
          dataIndex: "previousDueAt",
          render: (value: string) => (
            <Typography.Text delete type="secondary">
              {formatDateTime(value)}
            </Typography.Text>
          ),
        },
        {
          title: "新到期时间",
          key: "dueAt",
          render: (_, row) => (
            <>
              <Typography.Text strong>{formatDateTime(row.dueAt)}</Typography.Text>
              {row.provisional && (
                <Tag color="gold" style={{ marginLeft: 8 }}>
                  暂定
                </Tag>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
