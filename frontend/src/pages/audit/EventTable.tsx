import { Button, Table, Tag, Tooltip, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { formatDateTimeSeconds } from "../../components/format";
import type { AuditEventFieldsFragment } from "../../gql/graphql";
import { ChangeTable } from "./ChangeTable";
import { actionLabel, targetTypeLabel } from "./labels";

export type AuditEventRow = AuditEventFieldsFragment;

interface Props {
  events: AuditEventRow[];
  loading: boolean;
  /** Open the trail of an event's target. */
  onOpenTrail?: (targetType: string, targetId: string) => void;
  emptyText: string;
}

export function EventTable({ events, loading, onOpenTrail, emptyText }: Props) {
  const columns: ColumnsType<AuditEventRow> = [
    { title: "序号", dataIndex: "seq", width: 80 },
    { title: "时间", dataIndex: "at", width: 170, render: formatDateTimeSeconds },
    {
      title: "操作人",
      dataIndex: "actorUsername",
      width: 140,
      render: (name: string) => <Typography.Text code>{name}</Typography.Text>,
    },
    {
      title: "操作",
      dataIndex: "action",
      render: (action: string) => (
        <Tooltip title={action}>
          <Tag color="blue">{actionLabel(action)}</Tag>
        </Tooltip>
      ),
    },
    {
      title: "对象",
      key: "target",
      render: (_, event) => {
        const label = `${targetTypeLabel(event.targetType)} #${event.targetId}`;
        return onOpenTrail ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => onOpenTrail(event.targetType, event.targetId)}
          >
            {label}
          </Button>
        ) : (
          label
        );
      },
    },
    {
      title: "部门",
      key: "department",
      render: (_, event) =>
        event.department?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];
  return (
    <Table<AuditEventRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={events}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      expandable={{
        expandedRowRender: (event) => (
          <div style={{ padding: "4px 0" }}>
            <ChangeTable before={event.before} after={event.after} />
            <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0", fontSize: 12 }}>
              请求编号：{event.requestId ?? "—"}　事件哈希：
              <Typography.Text code copyable style={{ fontSize: 12 }}>
                {event.hash}
              </Typography.Text>
            </Typography.Paragraph>
          </div>
        ),
      }}
    />
  );
}
