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
        licensee {
          id
          creditGrade {
            grade
            reasons
          }
        }
        licenseContent
        materials
        handlingOpinion
        commitmentContent
        licenseStatus
        attachments {
          ...LinkageAttachmentFields
        }
        task {
          ...LinkageTaskDetail
        }
        licenseRequests {
          ...LinkageLicenseRequestRow
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

export const LinkageAttachmentFieldsFragment = graphql(`
  fragment LinkageAttachmentFields on Attachment {
    id
    fileName
    size
    url
  }
`);

export const LinkageTaskDetailFragment = graphql(`
  fragment LinkageTaskDetail on SupervisionTask {
    id
    status
    result
    fedBackAt
    feedbackDue {
      ...LinkageDueFields
    }
    followUpDue {
      ...LinkageDueFields
    }
    feedbacks {
      id
      result
      followUpOutcome
      actedAt
      summary
      rectificationDeadline
      penaltyDocumentNumber
      fedBackAt
      due {
        ...LinkageDueFields
      }
      attachments {
        ...LinkageAttachmentFields
      }
    }
  }
`);

export const LinkageLicenseRequestRowFragment = graphql(`
  fragment LinkageLicenseRequestRow on LicenseRequest {
    id
    kind
    status
    reason
    legalBasis
    submittedAt
    jointMeeting
    jointMeetingNote
    decisionNote
    decisionDocumentNumber
    decidedAt
    department {
      id
      name
    }
    approvalDepartment {
      id
      name
    }
    attachments {
      ...LinkageAttachmentFields
    }
  }
`);

export const FeedBackTaskDocument = graphql(`
  mutation FeedBackTask($input: FeedBackTaskInput!) {
    feedBackTask(input: $input) {
      __typename
      ... on FeedBackTaskSuccess {
        task {
          id
          status
        }
        feedback {
          id
          due {
            ...LinkageDueFields
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

export const RecordFollowUpDocument = graphql(`
  mutation RecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      __typename
      ... on RecordFollowUpSuccess {
        task {
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

export const SubmitLicenseRequestDocument = graphql(`
  mutation SubmitLicenseRequest($input: SubmitLicenseRequestInput!) {
    submitLicenseRequest(input: $input) {
      __typename
      ... on SubmitLicenseRequestSuccess {
        request {
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

export const ReviewLicenseRequestDocument = graphql(`
  mutation ReviewLicenseRequest($input: ReviewLicenseRequestInput!) {
    reviewLicenseRequest(input: $input) {
      __typename
      ... on ReviewLicenseRequestSuccess {
        request {
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

export const DecideLicenseRequestDocument = graphql(`
  mutation DecideLicenseRequest($input: DecideLicenseRequestInput!) {
    decideLicenseRequest(input: $input) {
      __typename
      ... on DecideLicenseRequestSuccess {
        request {
          id
          status
        }
        push {
          id
          licenseStatus
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

export const ReversePushDocument = graphql(`
  mutation ReversePush($input: ReversePushInput!) {
    reversePush(input: $input) {
      __typename
      ... on ReversePushSuccess {
        reversePush {
          id
          documentNumber
          pushDue {
            ...LinkageDueFields
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

export const ClaimReversePushDocument = graphql(`
  mutation ClaimReversePush($input: ClaimReversePushInput!) {
    claimReversePush(input: $input) {
      __typename
      ... on ClaimReversePushSuccess {
        reversePush {
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

export const LinkageReversePushesDocument = graphql(`
  query LinkageReversePushes($filter: ReversePushFilter, $first: Int, $after: String) {
    reversePushes(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          documentNumber
          decisionDate
          content
          status
          pushedAt
          claimedAt
          claimDue {
            ...LinkageDueFields
          }
          pushDue {
            ...LinkageDueFields
          }
          department {
            id
            name
          }
          licensee {
            id
            name
            number
          }
          push {
            id
            documentNumber
          }
          attachments {
            ...LinkageAttachmentFields
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

export const LinkageLicenseRequestsDocument = graphql(`
  query LinkageLicenseRequests($filter: LicenseRequestFilter, $first: Int, $after: String) {
    licenseRequests(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...LinkageLicenseRequestRow
          push {
            id
            documentNumber
            handlingItemName
            licenseStatus
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

/** The live task stream (graphql-ws): resumable with the last event's cursor. */
export const TaskStreamDocument = graphql(`
  subscription TaskStream($after: String) {
    taskStream(after: $after) {
      cursor
      kind
      occurredAt
      reversePushId
      licenseRequestId
      department {
        id
        name
      }
      push {
        id
        documentNumber
        handlingItemName
        licensee {
          id
          name
        }
      }
      task {
        id
      }
    }
  }
`);

/** A task of another origin than a push (R4 双随机抽查, A4 群众举报), for its drawer. */
export const LinkageTaskDetailDocument = graphql(`
  query LinkageTaskDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on SupervisionTask {
        origin
        title
        createdAt
        department {
          id
          name
        }
        licensee {
          id
          name
          number
        }
        ...LinkageTaskDetail
      }
    }
  }
`);
