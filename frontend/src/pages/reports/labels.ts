import type { ReportRouting, ReportStatus } from "../../gql/graphql";

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  IN_PROGRESS: "处理中",
  COMPLETED: "已办结",
};

export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = {
  IN_PROGRESS: "blue",
  COMPLETED: "green",
};

export const REPORT_ROUTING_LABELS: Record<ReportRouting, string> = {
  SUPERVISING_DEPARTMENT: "监管部门",
  NO_LICENSEE: "未对应到相对人，转协调小组",
  NO_DEPARTMENT: "无有效许可的监管部门，转协调小组",
};
