import { ReloadOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Divider,
  Input,
  Result,
  Segmented,
  Space,
  Switch,
  Tabs,
  Typography,
} from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { useViewer } from "../../auth/AuthContext";
import { ClaimQueue } from "./ClaimQueue";
import { PushDetailDrawer } from "./PushDetailDrawer";
import { TaskActions } from "./TaskActions";
import { TaskDetailDrawer } from "./TaskDetailDrawer";
import { TaskQueue, type TaskRow } from "./TaskQueue";
import { TASK_STATUS_LABELS, type LinkageEventKindKey, type TaskStatusKey } from "./labels";
import { useLiveNotifications } from "./useLiveNotifications";

const TABS = ["toClaim", "inProgress", "dueSoon", "overdue"] as const;
const LIVE_NOTICES: LinkageEventKindKey[] = [
  "PUSH_RECEIVED",
  "TASK_CREATED",
  "CLAIM_DUE_SOON",
  "CLAIM_OVERDUE",
  "TASK_DUE_SOON",
  "TASK_OVERDUE",
  "LICENSE_REQUEST_DECIDED",
];
type Tab = (typeof TABS)[number];

/** 监管任务: the supervision department's queue (P2–P4, S1–S4, A2), live. */
export function TasksPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab") as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : "toClaim";
  const [text, setText] = useState("");
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [taskStatus, setTaskStatus] = useState<TaskStatusKey>("IN_PROGRESS");
  const [refreshKey, setRefreshKey] = useState(0);
  const [openPush, setOpenPush] = useState<string | null>(null);
  const [openTask, setOpenTask] = useState<TaskRow | null>(null);
  const refresh = () => setRefreshKey((k) => k + 1);
  const departmentId = viewer.department?.id ?? null;
  useLiveNotifications(LIVE_NOTICES, refresh);

  if (viewer.department?.kind !== "SUPERVISION") {
    return <Result status="info" title="本页面供监管部门使用" />;
  }

  const pushFilter = { departmentId, text: text.trim() || null };
  const claimQueue = (extra: { overdue?: boolean | null; dueSoon?: boolean | null }) => (
    <ClaimQueue
      filter={{ ...pushFilter, ...extra }}
      refreshKey={refreshKey}
      onOpen={setOpenPush}
      onChanged={refresh}
    />
  );
  const taskQueue = (
    extra: { overdue?: boolean | null; dueSoon?: boolean | null },
    status: TaskStatusKey | null = null,
  ) => (
    <TaskQueue
      filter={{ departmentId, status, ...extra }}
      text={text}
      refreshKey={refreshKey}
      onOpen={setOpenTask}
    />
  );

  return (
    <>
      <div className="page-header">
        <div>
          <Typography.Title level={3}>监管任务</Typography.Title>
          <Typography.Text type="secondary">
            审批推送 3 个工作日内认领；认领生成监管任务，推送后 30
            个工作日内采取监管措施并反馈结果。新推送到达时自动刷新。
          </Typography.Text>
        </div>
      </div>
      <Card>
        <Space style={{ marginBottom: 8 }} wrap>
          <Input.Search
            style={{ width: 300 }}
            placeholder="文书编号、相对人或事项"
            allowClear
            aria-label="搜索任务"
            onSearch={setText}
          />
          {(tab === "toClaim" || tab === "inProgress") && (
            <Space>
              <Switch checked={overdueOnly} onChange={setOverdueOnly} aria-label="只看逾期" />
              只看逾期
            </Space>
          )}
          <Button icon={<ReloadOutlined />} onClick={refresh}>
            刷新
          </Button>
        </Space>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: "toClaim",
              label: "待认领",
              children: claimQueue({ overdue: overdueOnly || null }),
            },
            {
              key: "inProgress",
              label: "办理中",
              children: (
                <>
                  <Segmented<TaskStatusKey>
                    style={{ marginBottom: 12 }}
                    value={taskStatus}
                    onChange={setTaskStatus}
                    options={(["IN_PROGRESS", "RECTIFYING", "COMPLETED"] as const).map((s) => ({
                      value: s,
                      label: TASK_STATUS_LABELS[s],
                    }))}
                  />
                  {taskQueue({ overdue: overdueOnly || null }, taskStatus)}
                </>
              ),
            },
            {
              key: "dueSoon",
              label: "即将到期",
              children: (
                <>
                  <Divider titlePlacement="start">待认领（1 个工作日内到期）</Divider>
                  {claimQueue({ dueSoon: true })}
                  <Divider titlePlacement="start">监管任务（1 个工作日内到期）</Divider>
                  {taskQueue({ dueSoon: true })}
                </>
              ),
            },
            {
              key: "overdue",
              label: "已逾期",
              children: (
                <>
                  <Divider titlePlacement="start">逾期未认领</Divider>
                  {claimQueue({ overdue: true })}
                  <Divider titlePlacement="start">逾期未反馈的监管任务</Divider>
                  {taskQueue({ overdue: true })}
                </>
              ),
            },
          ]}
        />
      </Card>
      <PushDetailDrawer
        pushId={openPush}
        onClose={() => setOpenPush(null)}
        refreshKey={refreshKey}
      />
      <PushDetailDrawer
        title="监管任务"
        pushId={openTask?.push?.id ?? null}
        onClose={() => setOpenTask(null)}
        refreshKey={refreshKey}
      >
        {(push, reload) =>
          push.task ? (
            <TaskActions
              task={push.task}
              push={push}
              onChanged={() => {
                reload();
                refresh();
              }}
            />
          ) : null
        }
      </PushDetailDrawer>
      <TaskDetailDrawer
        taskId={openTask && !openTask.push ? openTask.id : null}
        onClose={() => setOpenTask(null)}
        refreshKey={refreshKey}
        onChanged={refresh}
      />
    </>
  );
}
