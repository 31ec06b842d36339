import { Descriptions, Divider, Tabs, Tag } from "antd";
import { DueLight } from "../../components/DueLight";
import type { LinkageTaskDetailFragment } from "../../gql/graphql";
import { formatDateTime } from "../../components/format";
import { FeedbackForm } from "./FeedbackForm";
import { FeedbackList } from "./FeedbackList";
import { FollowUpForm } from "./FollowUpForm";
import {
  LICENSE_STATUS_LABELS,
  RESULT_KIND_LABELS,
  TASK_STATUS_COLORS,
  TASK_STATUS_LABELS,
} from "./labels";
import { LicenseRequestForm } from "./LicenseRequestForm";
import { LicenseRequestList } from "./LicenseRequestList";
import type { PushDetail } from "./PushDescriptions";
import { ReversePushForm } from "./ReversePushForm";

export type TaskDetail = LinkageTaskDetailFragment;

interface Props {
  task: TaskDetail;
  /** The push of a push's task; null for a task of another origin (R4, A4). */
  push: PushDetail | null;
  onChanged: () => void;
}

/** What a supervisor does on a task: feed back, follow up, and for a push's task ask about
 * the license and push back supervision information. */
export function TaskActions({ task, push, onChanged }: Props) {
  return (
    <div data-testid="task-actions">
      <Divider titlePlacement="start">监管任务</Divider>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          {
            key: "status",
            label: "任务状态",
            children: (
              <Tag color={TASK_STATUS_COLORS[task.status]} data-testid="task-status">
                {TASK_STATUS_LABELS[task.status]}
              </Tag>
            ),
          },
          {
            key: "result",
            label: "监管结果",
            children: task.result ? RESULT_KIND_LABELS[task.result] : "未反馈",
          },
          {
            key: "feedbackDue",
            label: "反馈期限",
            children: <DueLight due={task.feedbackDue} done={!!task.fedBackAt} showTime />,
          },
          { key: "fedBackAt", label: "首次反馈", children: formatDateTime(task.fedBackAt) },
          ...(task.followUpDue
            ? [
                {
                  key: "followUpDue",
                  label: "整改复查期限",
                  span: 2,
                  children: (
                    <DueLight due={task.followUpDue} done={task.status === "COMPLETED"} showTime />
                  ),
                },
              ]
            : []),
          ...(push
            ? [
                {
                  key: "licenseStatus",
                  label: "许可状态",
                  span: 2,
                  children: LICENSE_STATUS_LABELS[push.licenseStatus],
                },
              ]
            : []),
        ]}
      />
      {task.feedbacks.length > 0 && <FeedbackList feedbacks={task.feedbacks} />}
      {push && push.licenseRequests.length > 0 && (
        <LicenseRequestList requests={push.licenseRequests} />
      )}
      <Tabs
        style={{ marginTop: 16 }}
        destroyOnHidden
        items={[
          ...(task.status === "IN_PROGRESS"
            ? [
                {
                  key: "feedback",
                  label: "反馈结果",
                  children: <FeedbackForm taskId={task.id} onSaved={onChanged} />,
                },
              ]
            : []),
          ...(task.status === "RECTIFYING"
            ? [
                {
                  key: "followUp",
                  label: "整改复查",
                  children: <FollowUpForm taskId={task.id} onSaved={onChanged} />,
                },
              ]
            : []),
          ...(push
            ? [
                {
                  key: "licenseRequest",
                  label: "许可处理函告",
                  children: (
                    <LicenseRequestForm pushId={push.id} taskId={task.id} onSaved={onChanged} />
                  ),
                },
                {
                  key: "reversePush",
                  label: "监管信息推送",
                  children: (
                    <ReversePushForm
                      pushId={push.id}
                      licensee={push.licensee}
                      onSaved={onChanged}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
