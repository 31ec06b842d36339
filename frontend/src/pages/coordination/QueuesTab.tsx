import { Alert, Button, Card, Input, Select, Space, Table } from "antd";
import { useEffect, useState } from "react";
import { useConnection } from "../../api/useConnection";
import type { PushStatus } from "../../gql/graphql";
import { PUSH_STATUS_LABELS } from "../linkage/labels";
import type { DepartmentOption } from "../users/useDepartments";
import { pushColumns, taskColumns, TimelineButton, type PushRow, type TaskRow } from "./columns";
import { CoordinationPushesDocument, CoordinationTasksDocument } from "./operations";

// 全部队列 (A2): the coordination group sees every department's queues, sorted
// by due time (server order), with a department filter.

const ALL = "__all__";
type DueFilter = typeof ALL | "overdue" | "dueSoon";

export function QueuesTab(props: {
  refresh: number;
  departments: DepartmentOption[];
  onTimeline: (push: { id: string; documentNumber: string }) => void;
}) {
  const [department, setDepartment] = useState(ALL);
  const [status, setStatus] = useState<PushStatus | typeof ALL>("TO_CLAIM");
  const [due, setDue] = useState<DueFilter>(ALL);
  const [text, setText] = useState("");
  const departmentId = department === ALL ? null : department;
  const overdue = due === "overdue" ? true : null;
  const dueSoon = due === "dueSoon" ? true : null;
  const pushes = useConnection(
    CoordinationPushesDocument,
    {
      filter: {
        departmentId,
        status: status === ALL ? null : status,
        overdue,
        dueSoon,
        text: text.trim() || null,
      },
      first: 50,
    },
    (data) => data.pushes,
  );
  const tasks = useConnection(
    CoordinationTasksDocument,
    { filter: { departmentId, overdue, dueSoon }, first: 50 },
    (data) => data.supervisionTasks,
  );
  const reloadPushes = pushes.reload;
  const reloadTasks = tasks.reload;
  useEffect(() => {
    if (props.refresh > 0) {
      reloadPushes();
      reloadTasks();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.refresh]);
  const timeline = (push: { id: string; documentNumber: string }) => (
    <TimelineButton onClick={() => props.onTimeline(push)} />
  );
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          style={{ width: 240 }}
          aria-label="监管部门"
          value={department}
          onChange={setDepartment}
          showSearch={{ optionFilterProp: "label" }}
          options={[
            { value: ALL, label: "全部监管部门" },
            ...props.departments
              .filter((d) => d.kind === "SUPERVISION")
              .map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <Select
          style={{ width: 140 }}
          aria-label="期限"
          value={due}
          onChange={setDue}
          options={[
            { value: ALL, label: "全部期限" },
            { value: "dueSoon", label: "即将到期" },
            { value: "overdue", label: "已逾期" },
          ]}
        />
      </Space>
      <Card
        title="审批信息推送"
        style={{ marginBottom: 16 }}
        data-testid="queue-pushes"
        extra={
          <Space wrap>
            <Select
              style={{ width: 140 }}
              aria-label="推送状态"
              value={status}
              onChange={setStatus}
              options={[
                { value: ALL, label: "全部状态" },
                ...(Object.keys(PUSH_STATUS_LABELS) as PushStatus[]).map((s) => ({
                  value: s,
                  label: PUSH_STATUS_LABELS[s],
                })),
              ]}
            />
            <Input.Search
              allowClear
              style={{ width: 260 }}
              aria-label="搜索推送"
              placeholder="文书编号、事项、相对人"
              onSearch={setText}
            />
          </Space>
        }
      >
        {pushes.error && (
          <Alert type="error" showIcon title={pushes.error} style={{ marginBottom: 16 }} />
        )}
        <Table<PushRow>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={pushes.loading}
          dataSource={pushes.nodes}
          columns={pushColumns(timeline)}
          locale={{ emptyText: "没有符合条件的推送" }}
        />
        {pushes.hasNextPage && (
          <Button block style={{ marginTop: 12 }} onClick={pushes.loadMore}>
            加载更多
          </Button>
        )}
      </Card>
      <Card title="监管任务" data-testid="queue-tasks">
        {tasks.error && (
          <Alert type="error" showIcon title={tasks.error} style={{ marginBottom: 16 }} />
        )}
        <Table<TaskRow>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={tasks.loading}
          dataSource={tasks.nodes}
          columns={taskColumns((t) => (t.push ? timeline(t.push) : null))}
          locale={{ emptyText: "没有符合条件的监管任务" }}
        />
        {tasks.hasNextPage && (
          <Button block style={{ marginTop: 12 }} onClick={tasks.loadMore}>
            加载更多
          </Button>
        )}
      </Card>
    </>
  );
}
