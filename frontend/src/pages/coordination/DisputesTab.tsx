import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useConnection } from "../../api/useConnection";
import { formatDateTime } from "../../components/format";
import type { CoordinationDisputesQuery, DisputeStatus } from "../../gql/graphql";
import { DISPUTE_STATUS_LABELS } from "../linkage/labels";
import type { DepartmentOption } from "../users/useDepartments";
import { documentColumn, licenseeColumn, TimelineButton } from "./columns";
import { CoordinationDisputesDocument } from "./operations";
import type { ReassignTarget } from "./ReassignModal";

// 职责争议 (P3): pushes a department returned with a reason, visible until the
// coordination group reassigns them.

type DisputeRow = CoordinationDisputesQuery["disputes"]["edges"][number]["node"];

const ALL = "__all__";

export function DisputesTab(props: {
  refresh: number;
  departments: DepartmentOption[];
  onReassign: (target: ReassignTarget) => void;
  onTimeline: (push: { id: string; documentNumber: string }) => void;
}) {
  const [status, setStatus] = useState<DisputeStatus | typeof ALL>("OPEN");
  const [department, setDepartment] = useState(ALL);
  const disputes = useConnection(
    CoordinationDisputesDocument,
    {
      status: status === ALL ? null : status,
      departmentId: department === ALL ? null : department,
      first: 50,
    },
    (data) => data.disputes,
  );
  const { reload } = disputes;
  useEffect(() => {
    if (props.refresh > 0) reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.refresh]);
  return (
    <Card
      title="职责争议"
      data-testid="disputes"
      extra={
        <Space wrap>
          <Select
            style={{ width: 130 }}
            aria-label="争议状态"
            value={status}
            onChange={setStatus}
            options={[
              { value: "OPEN", label: DISPUTE_STATUS_LABELS.OPEN },
              { value: "RESOLVED", label: DISPUTE_STATUS_LABELS.RESOLVED },
              { value: ALL, label: "全部" },
            ]}
          />
          <Select
            style={{ width: 220 }}
            aria-label="退回部门"
            value={department}
            onChange={setDepartment}
            showSearch={{ optionFilterProp: "label" }}
            options={[
              { value: ALL, label: "全部退回部门" },
              ...props.departments
                .filter((d) => d.kind === "SUPERVISION")
                .map((d) => ({ value: d.id, label: d.name })),
            ]}
          />
        </Space>
      }
    >
      {disputes.error && (
        <Alert type="error" showIcon title={disputes.error} style={{ marginBottom: 16 }} />
      )}
      <Table<DisputeRow>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={disputes.loading}
        dataSource={disputes.nodes}
        locale={{ emptyText: "没有职责争议" }}
        columns={[
          documentColumn<DisputeRow>((d) => ({
            id: d.push?.id ?? d.id,
            documentNumber: d.documentNumber,
            handlingItemName: d.push?.handlingItemName ?? "",
          })),
          licenseeColumn<DisputeRow>((d) => d.push?.licensee ?? { name: "—", number: "" }),
          { title: "退回部门", key: "department", render: (_, d) => d.department.name },
          {
            title: "退回理由",
            key: "reason",
            render: (_, d) => (
              <Typography.Paragraph className="coordination-reason">
                {d.reason}
              </Typography.Paragraph>
            ),
          },
          {
            title: "退回时间",
            key: "opened",
            width: 150,
            render: (_, d) => formatDateTime(d.openedAt),
          },
          {
            title: "状态",
            key: "status",
            render: (_, d) =>
              d.status === "OPEN" ? (
                <Tag color="orange">{DISPUTE_STATUS_LABELS.OPEN}</Tag>
              ) : (
                <div>
                  <Tag color="green">{DISPUTE_STATUS_LABELS.RESOLVED}</Tag>
                  <div className="coordination-sub">
                    分派至 {d.assignedDepartment?.name ?? "—"}
                    {d.resolutionNote ? `：${d.resolutionNote}` : ""}
                  </div>
                </div>
              ),
          },
          {
            title: "操作",
            key: "actions",
            width: 170,
            render: (_, d) => (
              <Space>
                {d.status === "OPEN" && d.push && (
                  <Button
                    type="primary"
                    size="small"
                    onClick={() =>
                      d.push &&
                      props.onReassign({
                        pushId: d.push.id,
                        documentNumber: d.documentNumber,
                        handlingItem: `${d.push.handlingItemCode} ${d.push.handlingItemName}`,
                        licensee: d.push.licensee.name,
                        returnedBy: d.department.name,
                        reason: d.reason,
                      })
                    }
                  >
                    重新分派
                  </Button>
                )}
                {d.push && <TimelineButton onClick={() => d.push && props.onTimeline(d.push)} />}
              </Space>
            ),
          },
        ]}
      />
      {disputes.hasNextPage && (
        <Button block style={{ marginTop: 12 }} onClick={disputes.loadMore}>
          加载更多
        </Button>
      )}
    </Card>
  );
}
