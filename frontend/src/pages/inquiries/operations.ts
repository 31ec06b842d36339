import { graphql } from "../../gql";

// The inquiries area's GraphQL operations (api/inquiries/*.py, Q1).

export const InquiryFieldsFragment = graphql(`
  fragment InquiryFields on Inquiry {
    id
    topic
    subject
    question
    status
    sentAt
    sentByName
    replyWorkingDays
    replyDue {
      dueAt
      overdue
      provisional
      workingDaysLate
      light
    }
    reply
    repliedAt
    repliedByName
    deemedConsentAt
    askingDepartment {
      id
      name
    }
    askedDepartment {
      id
      name
    }
    attachments {
      id
      fileName
      url
    }
  }
`);

export const InquiriesDocument = graphql(`
  query Inquiries($filter: InquiryFilter, $first: Int, $after: String) {
    inquiries(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...InquiryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SendInquiryDocument = graphql(`
  mutation SendInquiry($input: SendInquiryInput!) {
    sendInquiry(input: $input) {
      __typename
      ... on SendInquirySuccess {
        inquiry {
          ...InquiryFields
        }
      }
      ... on Error {
        code
        message
        field
      }
    }
  }
`);

export const AnswerInquiryDocument = graphql(`
  mutation AnswerInquiry($input: AnswerInquiryInput!) {
    answerInquiry(input: $input) {
      __typename
      ... on AnswerInquirySuccess {
        inquiry {
          ...InquiryFields
        }
      }
      ... on Error {
        code
        message
        field
      }
    }
  }
`);
