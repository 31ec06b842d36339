import { graphql } from "../../gql";

export const CalendarStatusDocument = graphql(`
  query CalendarStatus {
    calendarStatus {
      today
      knownYears
      nextYear
      nextYearKnown
      warning
    }
  }
`);

export const CalendarDaysDocument = graphql(`
  query CalendarDays($from: Date!, $to: Date!) {
    calendarDays(from: $from, to: $to) {
      date
      isWorkingDay
      source
      holidayName
      provisional
      changedBy
      changedAt
      reason
    }
  }
`);

export const MovedDeadlineFieldsFragment = graphql(`
  fragment MovedDeadlineFields on MovedDeadline {
    deadlineId
    subjectType
    subjectId
    kind
    previousDueAt
    dueAt
    provisional
    department {
      id
      name
    }
  }
`);

export const EnterHolidayNoticeDocument = graphql(`
  mutation EnterHolidayNotice($input: EnterHolidayNoticeInput!) {
    enterHolidayNotice(input: $input) {
      __typename
      ... on EnterHolidayNoticeSuccess {
        year
        movedDeadlines {
          ...MovedDeadlineFields
        }
      }
      ... on Error {
        message
        code
        field
      }
    }
  }
`);

export const CorrectCalendarDayDocument = graphql(`
  mutation CorrectCalendarDay($input: CorrectCalendarDayInput!) {
    correctCalendarDay(input: $input) {
      __typename
      ... on CorrectCalendarDaySuccess {
        day {
          date
          isWorkingDay
        }
        movedDeadlines {
          ...MovedDeadlineFields
        }
      }
      ... on Error {
        message
        code
        field
      }
    }
  }
`);
