import { Alert, Button, Space, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { DueLight } from "../../components/DueLight";
import { formatDateTime } from "../../components/format";
import type { LinkageTasksQuery, SupervisionTaskFilter } from "../../gql/graphql";
import { useConnection } from "../../api/useConnection";
import { TASK_STATUS_COLORS, TASK_STATUS_LABELS } from "./labels";
import { LinkageTasksDocument } from "./operations";
import { renderTaskLicensee, renderTaskSubject, taskSearchTexts } from "./taskSubject";
import { useReloadOn } from "./useReloadOn";

export type TaskRow = LinkageTasksQuery["supervisionTasks"]["edges"][number]["node"];

interface Props {
  filter: SupervisionTaskFilter;
  /** Narrows the loaded rows by document number, licensee or item. */
  text: string;
  refreshKey: number;
  onOpen: (task: TaskRow) => void;
}

function matches(task: TaskRow, text: string): boolean {
  if (!text) return true;
  const push = task.push;
  const texts = [
    ...taskSearchTexts(task),
    push?.handlingItemCode ?? "",
    push?.approvalItemName ?? "",
  ];
  return texts.some((value) => value.toLowerCase().includes(text.toLowerCase()));
}

/** 监管任务: the department's tasks, soonest due first (S1, A2). */
export function TaskQueue({ filter, text, refreshKey, onOpen }: Props) {
  const tasks = useConnection(
    LinkageTasksDocument,
    { filter, first: 50 },
    (data) => data.supervisionTasks,
  );
  useReloadOn(refreshKey, tasks.reload);
  const rows = tasks.nodes.filter((task) => matches(task, text.trim()));

  const columns: ColumnsType<TaskRow> = [
    {
      title: "法律文书 / 事项",
      key: "document",
      width: 300,
      render: (_, task) => renderTaskSubject(task),
    },
    {
      title: "行政相对人",
      key: "licensee",
      width: 230,
      render: (_, task) => renderTaskLicensee(task),
    },
    {
      title: "状态",
      key: "status",
      width: 100,
      render: (_, task) => (
        <Tag color={TASK_STATUS_COLORS[task.status]}>{TASK_STATUS_LABELS[task.status]}</Tag>
      ),
    },
    {
      title: "反馈期限",
      key: "due",
      width: 210,
      render: (_, task) => (
        <Space orientation="vertical" size={2}>
          <DueLight due={task.due} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(task.due.dueAt)} 前
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: "认领/生成时间",
      key: "claimedAt",
      width: 150,
      render: (_, task) => formatDateTime(task.push?.claimedAt ?? task.createdAt),
    },
    {
      title: "操作",
      key: "actions",
      fixed: "right",
      width: 80,
      render: (_, task) => (
        <Button type="link" size="small" onClick={() => onOpen(task)}>
          办理
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="task-queue">
      {tasks.error && (
        <Alert type="error" showIcon title={tasks.error} style={{ marginBottom: 16 }} />
      )}
      <Table<TaskRow>
        rowKey="id"
        scroll={{ x: "max-content" }}
        columns={columns}
        dataSource={rows}
        loading={tasks.loading}
        pagination={false}
        size="middle"
        locale={{ emptyText: "没有符合条件的监管任务" }}
      />
      {tasks.hasNextPage && (
        <div style={{ textAlign: "center", marginTop: 16 }}>
          <Button onClick={tasks.loadMore} loading={tasks.loading}>
            加载更多
          </Button>
        </div>
      )}
    </div>
  );
}
