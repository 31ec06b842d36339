// Chinese labels of the credit enums (R1–R3). The key types are the GraphQL
// enums' values, spelled out here as in ../linkage/labels.ts.

export type CreditGradeKey = "A" | "B" | "C" | "D";

/** R3: the credit risk grade, A low risk … D high risk. */
export const CREDIT_GRADE_LABELS: Record<CreditGradeKey, string> = {
  A: "A 级（低风险）",
  B: "B 级（一般风险）",
  C: "C 级（较高风险）",
  D: "D 级（高风险）",
};

export const CREDIT_GRADE_COLORS: Record<CreditGradeKey, string> = {
  A: "green",
  B: "blue",
  C: "orange",
  D: "red",
};

export type BlacklistStatusKey = "ACTIVE" | "PENDING" | "ENDED" | "REMOVED";

/** R2: an entry is in force, starts later, has reached its end, or was removed with a reason. */
export const BLACKLIST_STATUS_LABELS: Record<BlacklistStatusKey, string> = {
  ACTIVE: "惩戒中",
  PENDING: "未开始",
  ENDED: "已到期",
  REMOVED: "已移出",
};

export const BLACKLIST_STATUS_COLORS: Record<BlacklistStatusKey, string> = {
  ACTIVE: "red",
  PENDING: "gold",
  ENDED: "default",
  REMOVED: "green",
};

export type CreditSourceKey =
  | "REVOCATION"
  | "OVERDUE_COMMITMENT"
  | "UNTRUE_COMMITMENT"
  | "PENALTY"
  | "JUDICIAL_REFERRAL"
  | "OTHER";

/** R1: where a credit record comes from (domain/credit/rules.py SOURCE_LABELS). */
export const CREDIT_SOURCE_LABELS: Record<CreditSourceKey, string> = {
  REVOCATION: "撤销许可",
  OVERDUE_COMMITMENT: "逾期未履行承诺",
  UNTRUE_COMMITMENT: "承诺不实",
  PENALTY: "行政处罚",
  JUDICIAL_REFERRAL: "移送司法机关",
  OTHER: "其他失信信息",
};

export const CREDIT_SOURCES = Object.keys(CREDIT_SOURCE_LABELS) as CreditSourceKey[];

export type CreditSeverityKey = "MINOR" | "SERIOUS";

export const CREDIT_SEVERITY_LABELS: Record<CreditSeverityKey, string> = {
  MINOR: "一般失信",
  SERIOUS: "严重失信",
};

/** A source's severity unless the recorder says otherwise (the API's default). */
export const DEFAULT_SEVERITY: Record<CreditSourceKey, CreditSeverityKey> = {
  REVOCATION: "SERIOUS",
  OVERDUE_COMMITMENT: "MINOR",
  UNTRUE_COMMITMENT: "SERIOUS",
  PENALTY: "MINOR",
  JUDICIAL_REFERRAL: "SERIOUS",
  OTHER: "MINOR",
};
