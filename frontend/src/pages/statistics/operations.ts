import { graphql } from "../../gql";

// The statistics query (api/linkage/statistics.py, A3): figures per department
// and period; the department admin's answer holds its own row only.

export const LinkageStatisticsFiguresFragment = graphql(`
  fragment LinkageStatisticsFigures on LinkageStatisticsRow {
    pushesReceived
    claimedOnTime
    claimedLate
    unclaimedOverdue
    tasksFedBackOnTime
    tasksFedBackLate
    tasksOpenOverdue
    sameDayFeedbackLate
    reversePushesOnTime
    reversePushesLate
    reverseClaimsLate
    openDisputes
    inquiriesDeemedConsent
    jointReviewsOnTime
    jointReviewsLate
  }
`);

export const LinkageStatisticsDocument = graphql(`
  query LinkageStatistics($from: Date!, $to: Date!, $departmentId: ID) {
    linkageStatistics(from: $from, to: $to, departmentId: $departmentId) {
      from
      to
      at
      rows {
        department {
          id
          code
          name
          kind
        }
        ...LinkageStatisticsFigures
      }
      total {
        ...LinkageStatisticsFigures
      }
    }
  }
`);
