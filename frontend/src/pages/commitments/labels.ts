import type { CommitmentMode, CommitmentStatus, RevocationReason } from "../../gql/graphql";

export const COMMITMENT_MODE_LABELS: Record<CommitmentMode, string> = {
  DEFERRED_MATERIALS: "材料延期",
  MATERIAL_VERIFICATION: "材料核验",
  POST_VERIFICATION: "事后核查",
};

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  PENDING: "待补交/核验",
  ISSUED: "已发证",
  VERIFIED: "核查属实",
  UNTRUE: "承诺不实",
  REVOKED: "已撤销",
};

export const COMMITMENT_STATUS_COLORS: Record<CommitmentStatus, string> = {
  PENDING: "processing",
  ISSUED: "green",
  VERIFIED: "green",
  UNTRUE: "orange",
  REVOKED: "red",
};

export const REVOCATION_REASON_LABELS: Record<RevocationReason, string> = {
  OVERDUE: "逾期未补交材料",
  UNTRUE: "承诺不实",
};
