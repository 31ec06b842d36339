import { graphql } from "../../gql";

// The coordination group's GraphQL operations (api/linkage/*.py): routing
// gaps and open disputes to reassign (P3), every department's queues (A2).

export const DueFieldsFragment = graphql(`
  fragment CoordinationDueFields on DueState {
    dueAt
    provisional
    overdue
    workingDaysLate
    light
  }
`);

export const CoordinationPushesDocument = graphql(`
  query CoordinationPushes($filter: PushFilter, $first: Int, $after: String) {
    pushes(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          documentNumber
          status
          approvalItemName
          handlingItemCode
          handlingItemName
          licenseDate
          pushedAt
          claimedAt
          claimDue {
            ...CoordinationDueFields
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
            name
            number
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

export const CoordinationDisputesDocument = graphql(`
  query CoordinationDisputes(
    $status: DisputeStatus
    $departmentId: ID
    $first: Int
    $after: String
  ) {
    disputes(status: $status, departmentId: $departmentId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          reason
          status
          openedAt
          resolvedAt
          resolutionNote
          documentNumber
          department {
            id
            name
          }
          assignedDepartment {
            id
            name
          }
          push {
            id
            documentNumber
            status
            handlingItemCode
            handlingItemName
            licenseDate
            approvalDepartment {
              id
              name
            }
            licensee {
              id
              name
              number
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

export const CoordinationTasksDocument = graphql(`
  query CoordinationTasks($filter: SupervisionTaskFilter, $first: Int, $after: String) {
    supervisionTasks(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          status
          createdAt
          due {
            ...CoordinationDueFields
          }
          origin
          title
          licensee {
            id
            name
            number
          }
          department {
            id
            name
          }
          push {
            id
            documentNumber
            handlingItemCode
            handlingItemName
            licensee {
              id
              name
              number
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

export const ReassignPushDocument = graphql(`
  mutation ReassignPush($input: ReassignPushInput!) {
    reassignPush(input: $input) {
      __typename
      ... on ReassignPushSuccess {
        push {
          id
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
