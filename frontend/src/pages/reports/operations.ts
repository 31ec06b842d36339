import { graphql } from "../../gql";

// Reports from the public (举报, A4): the public's submission and status look-up (no
// login), the staff's list (api/reports/*.py).

export const SubmitReportDocument = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      __typename
      ... on SubmitReportSuccess {
        receipt {
          receiptNumber
          submittedAt
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

export const ReportStatusDocument = graphql(`
  query ReportStatus($receiptNumber: String!) {
    reportStatus(receiptNumber: $receiptNumber) {
      receiptNumber
      submittedOn
      status
    }
  }
`);

export const ReportsDocument = graphql(`
  query Reports($filter: ReportFilter, $first: Int, $after: String) {
    reports(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          receiptNumber
          namedNumber
          namedName
          content
          contact
          hasContact
          submittedAt
          routing
          status
          licensee {
            id
            name
            number
          }
          tasks {
            id
            status
            department {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ForwardReportDocument = graphql(`
  mutation ForwardReport($input: ForwardReportInput!) {
    forwardReport(input: $input) {
      __typename
      ... on ForwardReportSuccess {
        report {
          id
          departments {
            id
            name
          }
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
