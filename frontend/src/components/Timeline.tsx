import { Alert, Drawer, Empty, Spin, Tag, Timeline as AntTimeline, Typography } from "antd";
import { useQuery } from "urql";
import { combinedErrorMessage } from "../api/errors";
import { graphql } from "../gql";
import type { PushTimelineQuery } from "../gql/graphql";
import { formatDateTimeSeconds } from "./format";

// A push's timeline (Push.timeline, from the audit trail, A1): every change of
// the push, its task, feedbacks, disputes, license requests, reverse pushes,
// deadlines and attachments, in order. Shown in a drawer opened from a record.

export const PushTimelineDocument = graphql(`
  query PushTimeline($id: ID!) {
    node(id: $id) {
      __typename
      ... on Push {
        id
        documentNumber
        timeline {
          seq
          at
          action
          actionLabel
          actorUsername
          targetType
          targetId
          changedKeys
          summary
          department {
            id
            name
          }
        }
      }
    }
  }
`);

type Entry = Extract<
  NonNullable<PushTimelineQuery["node"]>,
  { __typename: "Push" }
>["timeline"][number];

export const TIMELINE_TARGET_LABELS: Record<string, string> = {
  Push: "审批信息推送",
  SupervisionTask: "监管任务",
  TaskFeedback: "监管结果反馈",
  Dispute: "职责争议",
  LicenseRequest: "许可处理函告",
  ReversePush: "监管信息推送",
  Deadline: "期限",
  Attachment: "附件",
  Licensee: "行政相对人",
};

// The record fields an entry names as changed, in Chinese where known.
const FIELD_LABELS: Record<string, string> = {
  status: "状态",
  department_id: "部门",
  claimed_at: "认领时间",
  claimed_by_id: "认领人",
  claim_due_at: "认领期限",
  claim_late_working_days: "逾期认领工作日数",
  reason: "理由",
  resolution_note: "协调意见",
  resolved_at: "解决时间",
  assigned_department_id: "分派部门",
  due_at: "到期时间",
  closed_at: "办结时间",
  closed_late_by_working_days: "逾期工作日数",
  result_kind: "监管结果",
  summary: "情况说明",
  acted_at: "监管行为时间",
  fed_back_at: "反馈时间",
  rectification_due_on: "整改期限",
  outcome: "复查结果",
  license_status: "许可状态",
  note: "协调意见",
  push_id: "推送",
  task_id: "监管任务",
  document_number: "法律文书编号",
  approval_department_id: "审批部门",
  licensee_id: "行政相对人",
  handling_item_id: "业务办理项",
  supervision_sub_item_id: "监管事项子项",
  license_date: "许可日期",
  valid_from: "有效期起",
  valid_until: "有效期止",
  claim_deadline_id: "认领期限",
  deadline_id: "期限",
  started_at: "起算时间",
  working_days: "工作日数",
  provisional: "暂定",
  penalty_document_number: "处罚决定书编号",
  kind: "类型",
  decision: "决定",
  decided_at: "决定时间",
};

// A creation names every field as changed: the label alone says it.
const CREATION = /\.(create|open|submit|upload)$/;

const COLOURS: [RegExp, string][] = [
  [/return|dispute\.open|overdue|revoked/, "red"],
  [/claim|resolve|close|decide|feed_back/, "green"],
  [/reassign|recompute|review|follow_up/, "orange"],
];

function colour(action: string): string {
  return COLOURS.find(([pattern]) => pattern.test(action))?.[1] ?? "blue";
}

function changed(entry: Entry): string {
  if (entry.changedKeys.length === 0 || CREATION.test(entry.action)) return "";
  return entry.changedKeys.map((key) => FIELD_LABELS[key] ?? key).join("、");
}

/** The entries of one push's timeline. */
export function PushTimeline({ pushId }: { pushId: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: PushTimelineDocument,
    variables: { id: pushId },
    requestPolicy: "network-only",
  });
  if (error) return <Alert type="error" showIcon title={combinedErrorMessage(error)} />;
  const push = data?.node?.__typename === "Push" ? data.node : null;
  if (fetching && !push) return <Spin style={{ display: "block", margin: "40px auto" }} />;
  if (!push || push.timeline.length === 0) return <Empty description="没有记录" />;
  return (
    <AntTimeline
      data-testid="push-timeline"
      items={push.timeline.map((entry) => ({
        key: entry.seq,
        color: colour(entry.action),
        content: (
          <div data-testid="timeline-entry" data-action={entry.action}>
            <Typography.Text strong>{entry.actionLabel}</Typography.Text>{" "}
            <Tag bordered={false}>
              {TIMELINE_TARGET_LABELS[entry.targetType] ?? entry.targetType}
            </Tag>
            <div className="timeline-meta" style={{ color: "#6b7280", fontSize: 12 }}>
              {formatDateTimeSeconds(entry.at)} ·{" "}
              {entry.actorUsername === "system" ? "系统" : entry.actorUsername}
              {entry.department && ` · ${entry.department.name}`}
            </div>
            {changed(entry) && (
              <div style={{ fontSize: 12 }}>
                <Typography.Text type="secondary">变更：</Typography.Text>
                {changed(entry)}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** A drawer with the timeline of `push`; closed while `push` is null. */
export function TimelineDrawer(props: {
  push: { id: string; documentNumber: string } | null;
  onClose: () => void;
}) {
  return (
    <Drawer
      title={props.push ? `时间线：${props.push.documentNumber}` : "时间线"}
      open={props.push !== null}
      onClose={props.onClose}
      size={520}
      destroyOnHidden
    >
      {props.push && <PushTimeline pushId={props.push.id} />}
    </Drawer>
  );
}
