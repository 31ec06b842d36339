import { graphql } from "../../gql";

// The commitments area's GraphQL operations (api/commitments/*.py): the credit check
// before approval (K1) and notification-commitment approvals (K2–K5).

export const CreditCheckFieldsFragment = graphql(`
  fragment CreditCheckFields on CreditCheck {
    id
    licenseeNumber
    licenseeKind
    knownLicensee
    approvalItemName
    grade
    blacklisted
    allowed
    reasons
    checkedAt
    askedBy
  }
`);

export const CommitmentFieldsFragment = graphql(`
  fragment CommitmentFields on Commitment {
    id
    mode
    status
    approvalItemName
    content
    materials
    handedInMaterials
    contactPhone
    contactEmail
    issuedAt
    materialsLateWorkingDays
    verificationOutcome
    resultLateWorkingDays
    revocationReason
    revocationNote
    revokedAt
    judicialReferral
    createdAt
    applicantRemindedAt
    promiseDue {
      dueAt
      overdue
      provisional
      workingDaysLate
      light
    }
    licensee {
      id
      name
      number
      kind
    }
    handlingItem {
      id
      code
      name
    }
    creditCheck {
      id
      grade
    }
    push {
      id
      documentNumber
    }
    creditRecord {
      id
      source
    }
    blacklistEntry {
      id
      active
    }
  }
`);

export const CommitmentItemsDocument = graphql(`
  query CommitmentItems {
    approvalItems(commitmentEligible: true, first: 100) {
      edges {
        node {
          id
          code
          name
          commitmentModes
          allowedCreditGrades
          handlingItems {
            id
            code
            name
          }
        }
      }
    }
  }
`);

export const RunCreditCheckDocument = graphql(`
  mutation RunCreditCheck($input: RunCreditCheckInput!) {
    runCreditCheck(input: $input) {
      __typename
      ... on RunCreditCheckSuccess {
        creditCheck {
          ...CreditCheckFields
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

export const CommitmentsDocument = graphql(`
  query Commitments($filter: CommitmentFilter, $first: Int, $after: String) {
    commitments(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...CommitmentFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateCommitmentDocument = graphql(`
  mutation CreateCommitment($input: CreateCommitmentInput!) {
    createCommitment(input: $input) {
      __typename
      ... on CreateCommitmentSuccess {
        commitment {
          ...CommitmentFields
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

export const IssueCommittedLicenseDocument = graphql(`
  mutation IssueCommittedLicense($input: IssueCommittedLicenseInput!) {
    issueCommittedLicense(input: $input) {
      __typename
      ... on IssueCommittedLicenseSuccess {
        commitment {
          ...CommitmentFields
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

export const RevokeCommitmentDocument = graphql(`
  mutation RevokeCommitment($input: RevokeCommitmentInput!) {
    revokeCommitment(input: $input) {
      __typename
      ... on RevokeCommitmentSuccess {
        commitment {
          ...CommitmentFields
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
