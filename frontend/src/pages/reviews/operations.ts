import { graphql } from "../../gql";

// The joint reviews' GraphQL operations (api/reviews/*.py): 商请函 (J1), the
// departments' responses and the approval department's decision (J2).

export const JointReviewResponseFieldsFragment = graphql(`
  fragment JointReviewResponseFields on JointReviewResponse {
    id
    status
    dueAt
    dueProvisional
    claimedAt
    claimedBy
    opinion
    recommendation
    staff
    respondedAt
    respondedBy
    lateWorkingDays
    overdue
    department {
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

export const JointReviewFieldsFragment = graphql(`
  fragment JointReviewFields on JointReviewRequest {
    id
    kind
    status
    isKey
    licenseeNumber
    licenseeName
    subject
    noticeDate
    staff
    outcome
    decision
    decidedAt
    decidedBy
    createdAt
    createdBy
    approvalDepartment {
      id
      name
    }
    approvalItem {
      id
      name
    }
    attachments {
      id
      fileName
      url
    }
    ownResponse {
      ...JointReviewResponseFields
    }
    responses {
      ...JointReviewResponseFields
    }
  }
`);

export const JointReviewRequestsDocument = graphql(`
  query JointReviewRequests($filter: JointReviewFilter, $first: Int, $after: String) {
    jointReviewRequests(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...JointReviewFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ReviewApprovalItemsDocument = graphql(`
  query ReviewApprovalItems($departmentId: ID, $search: String) {
    approvalItems(departmentId: $departmentId, search: $search, first: 100) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const CreateJointReviewRequestDocument = graphql(`
  mutation CreateJointReviewRequest($input: CreateJointReviewRequestInput!) {
    createJointReviewRequest(input: $input) {
      __typename
      ... on CreateJointReviewRequestSuccess {
        jointReviewRequest {
          ...JointReviewFields
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

export const ClaimJointReviewDocument = graphql(`
  mutation ClaimJointReview($input: ClaimJointReviewInput!) {
    claimJointReview(input: $input) {
      __typename
      ... on ClaimJointReviewSuccess {
        response {
          ...JointReviewResponseFields
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

export const RespondToJointReviewDocument = graphql(`
  mutation RespondToJointReview($input: RespondToJointReviewInput!) {
    respondToJointReview(input: $input) {
      __typename
      ... on RespondToJointReviewSuccess {
        response {
          ...JointReviewResponseFields
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

export const DecideJointReviewDocument = graphql(`
  mutation DecideJointReview($input: DecideJointReviewInput!) {
    decideJointReview(input: $input) {
      __typename
      ... on DecideJointReviewSuccess {
        jointReviewRequest {
          ...JointReviewFields
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
