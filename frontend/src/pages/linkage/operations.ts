import { graphql } from "../../gql";

// The linkage loop's GraphQL operations (api/linkage/*.py) for the approval
// and supervision pages. Lists are connections sorted by due time (A2);
// mutations select `... on Error { message code field }`.

export const LinkageDueFieldsFragment = graphql(`
  fragment LinkageDueFields on DueState {
    dueAt
    provisional
    overdue
    workingDaysLate
    light
  }
`);

export const LinkagePushRowFragment = graphql(`
  fragment LinkagePushRow on Push {
    id
    documentNumber
    status
    source
    approvalItemCode
    approvalItemName
    handlingItemCode
    handlingItemName
    supervisionItemName
    supervisionSubItemName
    licenseDate
    validFrom
    validUntil
    pushedAt
    claimedAt
    claimDue {
      ...LinkageDueFields
    }
    department {
      id
      name
    }
    approvalDepartment {
      id
      name
    }
    licensee {
      id
      kind
      number
      name
      contactPhone
      contactMasked
      address
      legalRepresentative
    }
    task {
      id
      status
      due {
        ...LinkageDueFields
      }
    }
    openDispute {
      id
      reason
      openedAt
    }
  }
`);

export const LinkagePushesDocument = graphql(`
  query LinkagePushes($filter: PushFilter, $first: Int, $after: String) {
    pushes(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...LinkagePushRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const LinkageTasksDocument = graphql(`
  query LinkageTasks($filter: SupervisionTaskFilter, $first: Int, $after: String) {
    supervisionTasks(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          status
          createdAt
          due {
            ...LinkageDueFields
          }
          department {
            id
            name
          }
          push {
            ...LinkagePushRow
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

export const LinkagePushDetailDocument = graphql(`
  query LinkagePushDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Push {
        ...LinkagePushRow
        licenseContent
        materials
        handlingOpinion
        commitmentContent
        attachments {
          id
          fileName
          size
          url
        }
      }
    }
  }
`);

/** The handling items of the catalogue published today (routing is by the license date). */
export const LinkagePublishedHandlingItemsDocument = graphql(`
  query LinkagePublishedHandlingItems($after: String) {
    publishedCatalogue {
      id
      number
      approvalItems(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          code
          name
          departmentName
          handlingItems {
            code
            name
            departmentName
            supervisionItemName
            supervisionSubItemName
          }
        }
      }
    }
  }
`);

/** The draft records of the department's handling items: their ids by code. */
export const LinkageOwnHandlingItemsDocument = graphql(`
  query LinkageOwnHandlingItems($departmentId: ID, $search: String, $after: String) {
    approvalItems(departmentId: $departmentId, search: $search, first: 100, after: $after) {
      nodes {
        id
        handlingItems {
          id
          code
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RecordApprovalDecisionDocument = graphql(`
  mutation RecordApprovalDecision($input: RecordApprovalDecisionInput!) {
    recordApprovalDecision(input: $input) {
      __typename
      ... on RecordApprovalDecisionSuccess {
        push {
          id
          documentNumber
          status
          department {
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

export const ClaimPushDocument = graphql(`
  mutation ClaimPush($input: ClaimPushInput!) {
    claimPush(input: $input) {
      __typename
      ... on ClaimPushSuccess {
        push {
          id
          documentNumber
          status
        }
        task {
          id
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

export const ClaimPushesDocument = graphql(`
  mutation ClaimPushes($input: ClaimPushesInput!) {
    claimPushes(input: $input) {
      __typename
      ... on ClaimPushesSuccess {
        claimedCount
        results {
          pushId
          result {
            __typename
            ... on ClaimPushSuccess {
              push {
                id
                documentNumber
              }
            }
            ... on Error {
              message
              code
              field
            }
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

export const ReturnPushDocument = graphql(`
  mutation ReturnPush($input: ReturnPushInput!) {
    returnPush(input: $input) {
      __typename
      ... on ReturnPushSuccess {
        push {
          id
          status
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
