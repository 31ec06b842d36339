// Chinese labels of the linkage enums (domain/linkage/rules.py), shared by the
// approval, supervision, coordination and statistics pages. The key types are
// the GraphQL enums' values (codegen emits an enum type only once an operation
// uses it, so they are spelled out here).

export type PushStatus = "ROUTING_GAP" | "TO_CLAIM" | "CLAIMED" | "RETURNED";
export type PushSource = "RECORDED" | "IMPORTED";
export type LicenseeKind = "COMPANY" | "PERSON";
export type DisputeStatus = "OPEN" | "RESOLVED";

export const PUSH_STATUS_LABELS: Record<PushStatus, string> = {
  ROUTING_GAP: "无审管关联",
  TO_CLAIM: "待认领",
  CLAIMED: "已认领",
  RETURNED: "已退回",
};

export const PUSH_STATUS_COLORS: Record<PushStatus, string> = {
  ROUTING_GAP: "volcano",
  TO_CLAIM: "blue",
  CLAIMED: "green",
  RETURNED: "orange",
};

export const PUSH_SOURCE_LABELS: Record<PushSource, string> = {
  RECORDED: "本系统录入",
  IMPORTED: "省平台导入",
};

export const LICENSEE_KIND_LABELS: Record<LicenseeKind, string> = {
  COMPANY: "单位",
  PERSON: "个人",
};

export const DISPUTE_STATUS_LABELS: Record<DisputeStatus, string> = {
  OPEN: "未解决",
  RESOLVED: "已解决",
};

export type TaskStatusKey = "IN_PROGRESS" | "RECTIFYING" | "COMPLETED";

export const TASK_STATUS_LABELS: Record<TaskStatusKey, string> = {
  IN_PROGRESS: "办理中",
  RECTIFYING: "整改中",
  COMPLETED: "已办结",
};

export const TASK_STATUS_COLORS: Record<TaskStatusKey, string> = {
  IN_PROGRESS: "blue",
  RECTIFYING: "gold",
  COMPLETED: "green",
};

export type ResultKindKey =
  "COMPLIANT" | "RECTIFICATION_ORDERED" | "REVOCATION_RECOMMENDED" | "PENALTY" | "OTHER";

/** S3: the result of a supervision action. */
export const RESULT_KIND_LABELS: Record<ResultKindKey, string> = {
  COMPLIANT: "合规",
  RECTIFICATION_ORDERED: "责令限期整改",
  REVOCATION_RECOMMENDED: "建议撤销许可",
  PENALTY: "行政处罚",
  OTHER: "其他",
};

export const RESULT_KINDS = Object.keys(RESULT_KIND_LABELS) as ResultKindKey[];

export type FollowUpOutcomeKey = "RECTIFIED" | "NOT_RECTIFIED" | "REFUSED";

/** S3: the follow-up check of a rectification. */
export const FOLLOW_UP_OUTCOME_LABELS: Record<FollowUpOutcomeKey, string> = {
  RECTIFIED: "已整改",
  NOT_RECTIFIED: "未整改",
  REFUSED: "拒不整改",
};

export const FOLLOW_UP_OUTCOMES = Object.keys(FOLLOW_UP_OUTCOME_LABELS) as FollowUpOutcomeKey[];

export type LicenseStatusKey = "VALID" | "CHANGED" | "WITHDRAWN" | "REVOKED" | "CANCELLED";

export const LICENSE_STATUS_LABELS: Record<LicenseStatusKey, string> = {
  VALID: "有效",
  CHANGED: "已变更",
  WITHDRAWN: "已撤回",
  REVOKED: "已撤销",
  CANCELLED: "已注销",
};

export type LicenseRequestKindKey = "CHANGE" | "WITHDRAW" | "REVOKE" | "CANCEL";

/** S4: what a supervision department asks the approval department to do. */
export const LICENSE_REQUEST_KIND_LABELS: Record<LicenseRequestKindKey, string> = {
  CHANGE: "变更",
  WITHDRAW: "撤回",
  REVOKE: "撤销",
  CANCEL: "注销",
};

export const LICENSE_REQUEST_KINDS = Object.keys(
  LICENSE_REQUEST_KIND_LABELS,
) as LicenseRequestKindKey[];

export type LicenseRequestStatusKey = "SUBMITTED" | "UNDER_REVIEW" | "APPROVED" | "REJECTED";

export const LICENSE_REQUEST_STATUS_LABELS: Record<LicenseRequestStatusKey, string> = {
  SUBMITTED: "待审查",
  UNDER_REVIEW: "审查中",
  APPROVED: "已同意",
  REJECTED: "不予同意",
};

export const LICENSE_REQUEST_STATUS_COLORS: Record<LicenseRequestStatusKey, string> = {
  SUBMITTED: "blue",
  UNDER_REVIEW: "gold",
  APPROVED: "green",
  REJECTED: "red",
};

export type ReversePushKindKey =
  "PENALTY" | "ENFORCEMENT" | "LEVY" | "INSPECTION" | "SUSPENSION_ORDER" | "LICENSE_REVOKED";

/** P5: supervision information pushed to the approval department. */
export const REVERSE_PUSH_KIND_LABELS: Record<ReversePushKindKey, string> = {
  PENALTY: "行政处罚",
  ENFORCEMENT: "行政强制",
  LEVY: "行政征收",
  INSPECTION: "检查",
  SUSPENSION_ORDER: "责令停产停业",
  LICENSE_REVOKED: "吊销许可证",
};

export const REVERSE_PUSH_KINDS = Object.keys(REVERSE_PUSH_KIND_LABELS) as ReversePushKindKey[];

export type ReversePushStatusKey = "TO_CLAIM" | "CLAIMED";

export const REVERSE_PUSH_STATUS_LABELS: Record<ReversePushStatusKey, string> = {
  TO_CLAIM: "待认领",
  CLAIMED: "已认领",
};

export type LinkageEventKindKey =
  | "PUSH_RECEIVED"
  | "ROUTING_GAP"
  | "PUSH_RETURNED"
  | "TASK_CREATED"
  | "CLAIM_DUE_SOON"
  | "CLAIM_OVERDUE"
  | "TASK_DUE_SOON"
  | "TASK_OVERDUE"
  | "TASK_FED_BACK"
  | "REVERSE_PUSH_RECEIVED"
  | "LICENSE_REQUEST_RECEIVED"
  | "LICENSE_REQUEST_DECIDED"
  | "NOTIFICATION"
  | "JOINT_REVIEW_RECEIVED"
  | "JOINT_REVIEW_DECIDED"
  | "INQUIRY_RECEIVED"
  | "INQUIRY_ANSWERED"
  | "INQUIRY_DEEMED_CONSENT";

/** The live task stream's events, as a notification says them. */
export const LINKAGE_EVENT_LABELS: Record<LinkageEventKindKey, string> = {
  PUSH_RECEIVED: "收到新的审批推送",
  ROUTING_GAP: "新的无审管关联推送",
  PUSH_RETURNED: "推送被退回",
  TASK_CREATED: "新的监管任务",
  CLAIM_DUE_SOON: "推送即将超过认领期限",
  CLAIM_OVERDUE: "推送已超过认领期限",
  TASK_DUE_SOON: "监管任务即将到期",
  TASK_OVERDUE: "监管任务已逾期",
  TASK_FED_BACK: "监管结果已反馈",
  REVERSE_PUSH_RECEIVED: "收到新的监管信息推送",
  LICENSE_REQUEST_RECEIVED: "收到新的许可处理函告",
  LICENSE_REQUEST_DECIDED: "许可处理函告已有决定",
  NOTIFICATION: "新的提醒",
  JOINT_REVIEW_RECEIVED: "收到新的商请函",
  JOINT_REVIEW_DECIDED: "会审已作出决定",
  INQUIRY_RECEIVED: "收到新的业务函询",
  INQUIRY_ANSWERED: "业务函询已回复",
  INQUIRY_DEEMED_CONSENT: "业务函询逾期未回复，视为同意",
};

export type TaskOriginKey = "PUSH" | "RANDOM_INSPECTION" | "REPORT";

/** Where a supervision task came from (TaskOrigin). */
export const TASK_ORIGIN_LABELS: Record<TaskOriginKey, string> = {
  PUSH: "审批推送",
  RANDOM_INSPECTION: "双随机抽查",
  REPORT: "群众举报",
};

export const TASK_ORIGIN_COLORS: Record<TaskOriginKey, string> = {
  PUSH: "default",
  RANDOM_INSPECTION: "purple",
  REPORT: "magenta",
};
