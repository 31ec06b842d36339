import type {
  JointReviewKind,
  JointReviewOutcome,
  JointReviewRecommendation,
  JointReviewResponseStatus,
} from "../../gql/graphql";

export const KIND_LABELS: Record<JointReviewKind, string> = {
  MATERIALS_REVIEW: "联合审查材料",
  SITE_SURVEY: "现场踏勘",
  TECHNICAL_EVALUATION: "技术评估",
  INSPECTION_AND_TESTING: "检验检测",
  HEARING: "听证",
  EXPERT_REVIEW: "专家评审",
};
export const KINDS = Object.keys(KIND_LABELS) as JointReviewKind[];

export const RESPONSE_STATUS_LABELS: Record<JointReviewResponseStatus, string> = {
  PENDING: "待认领",
  CLAIMED: "已认领",
  RESPONDED: "已答复",
  NO_RESPONSE: "未答复",
};

export const RECOMMENDATION_LABELS: Record<JointReviewRecommendation, string> = {
  AGREE: "同意",
  AGREE_WITH_CONDITIONS: "附条件同意",
  DISAGREE: "不同意",
};

export const OUTCOME_LABELS: Record<JointReviewOutcome, string> = {
  APPROVED: "准予许可",
  APPROVED_WITH_CONDITIONS: "附条件准予许可",
  REJECTED: "不予许可",
};
