import type { LinkageStatisticsFiguresFragment } from "../../gql/graphql";

// Every figure of linkageStatistics (docs/statistics.md), in the table's order,
// with its Chinese heading; `late` marks the accountability figures (A3, T4)
// shown in red when not zero.

export type FigureKey = Exclude<keyof LinkageStatisticsFiguresFragment, "__typename">;

export interface Figure {
  key: FigureKey;
  label: string;
  group: string;
  late?: boolean;
}

export const FIGURES: readonly Figure[] = [
  { key: "pushesReceived", label: "收到推送", group: "审批信息推送认领" },
  { key: "claimedOnTime", label: "按期认领", group: "审批信息推送认领" },
  { key: "claimedLate", label: "逾期认领", group: "审批信息推送认领", late: true },
  { key: "unclaimedOverdue", label: "逾期未认领", group: "审批信息推送认领", late: true },
  { key: "tasksFedBackOnTime", label: "按期反馈", group: "监管任务" },
  { key: "tasksFedBackLate", label: "逾期反馈", group: "监管任务", late: true },
  { key: "tasksOpenOverdue", label: "逾期未办结", group: "监管任务", late: true },
  { key: "sameDayFeedbackLate", label: "未当日反馈", group: "监管任务", late: true },
  { key: "reversePushesOnTime", label: "按期推送", group: "监管信息推送" },
  { key: "reversePushesLate", label: "逾期推送", group: "监管信息推送", late: true },
  { key: "reverseClaimsLate", label: "逾期认领", group: "监管信息推送", late: true },
  { key: "openDisputes", label: "未解决职责争议", group: "职责争议", late: true },
  { key: "inquiriesDeemedConsent", label: "函询视为同意", group: "业务函询", late: true },
  { key: "jointReviewsOnTime", label: "按期答复", group: "会审" },
  { key: "jointReviewsLate", label: "逾期答复", group: "会审", late: true },
];
