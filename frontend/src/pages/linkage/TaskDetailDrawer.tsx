import { Alert, Descriptions, Drawer, Spin, Tag } from "antd";
import { useCallback, useEffect } from "react";
import { useQuery } from "urql";
import { combinedErrorMessage } from "../../api/errors";
import { formatDateTime } from "../../components/format";
import { TASK_ORIGIN_COLORS, TASK_ORIGIN_LABELS } from "./labels";
import { LinkageTaskDetailDocument } from "./operations";
import { TaskActions } from "./TaskActions";

interface Props {
  /** The task's global id; null: closed. */
  taskId: string | null;
  onClose: () => void;
  onChanged: () => void;
  /** Changes when the record should be read again (e.g. after a live event). */
  refreshKey?: number;
}

/** A task that did not come from a push (双随机抽查, 群众举报): what it is about, its result. */
export function TaskDetailDrawer({ taskId, onClose, onChanged, refreshKey }: Props) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LinkageTaskDetailDocument,
    variables: { id: taskId ?? "" },
    pause: taskId === null,
    requestPolicy: "network-only",
  });
  const task = data?.node?.__typename === "SupervisionTask" ? data.node : null;
  const reload = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  useEffect(() => {
    if (refreshKey) reload();
  }, [refreshKey, reload]);
  return (
    <Drawer title="监管任务" open={taskId !== null} size={760} onClose={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={combinedErrorMessage(error)} />}
      {fetching && !task && <Spin />}
      {task && (
        <div data-testid="task-detail">
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              {
                key: "origin",
                label: "来源",
                children: (
                  <Tag color={TASK_ORIGIN_COLORS[task.origin]}>
                    {TASK_ORIGIN_LABELS[task.origin]}
                  </Tag>
                ),
              },
              { key: "department", label: "监管部门", children: task.department.name },
              { key: "title", label: "事项", span: 2, children: task.title },
              {
                key: "licensee",
                label: "行政相对人",
                span: 2,
                children: task.licensee
                  ? `${task.licensee.name}（${task.licensee.number}）`
                  : "未对应到已知相对人",
              },
              { key: "createdAt", label: "生成时间", children: formatDateTime(task.createdAt) },
            ]}
          />
          <TaskActions
            task={task}
            push={null}
            onChanged={() => {
              reload();
              onChanged();
            }}
          />
        </div>
      )}
    </Drawer>
  );
}
