import type { InquiryStatus, InquiryTopic } from "../../gql/graphql";

// The Chinese of the inquiry enums (api/inquiries/types.py, Q1).

export const TOPIC_LABELS: Record<InquiryTopic, string> = {
  PLAN: "方案",
  POLICY: "政策",
  HANDLING_STANDARD: "办理标准",
};

export const STATUS_LABELS: Record<InquiryStatus, string> = {
  OPEN: "待回复",
  ANSWERED: "已回复",
  DEEMED_CONSENT: "视为同意",
};

export const STATUS_COLORS: Record<InquiryStatus, string> = {
  OPEN: "processing",
  ANSWERED: "success",
  DEEMED_CONSENT: "red",
};
