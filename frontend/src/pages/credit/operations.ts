import { graphql } from "../../gql";

// The credit area's GraphQL operations (api/credit/*.py): the blacklist (R2),
// credit records (R1) and the credit grade of a licensee (R3).

export const CreditGradeFieldsFragment = graphql(`
  fragment CreditGradeFields on CreditGradeResult {
    grade
    reasons
    blacklisted
    asOf
  }
`);

export const BlacklistEntryFieldsFragment = graphql(`
  fragment BlacklistEntryFields on BlacklistEntry {
    id
    reason
    legalBasis
    startsOn
    endsOn
    addedAt
    removedAt
    removalReason
    active
    status
    department {
      id
      name
    }
    licensee {
      id
      name
      number
      kind
    }
    attachments {
      id
      fileName
      url
    }
  }
`);

export const CreditRecordFieldsFragment = graphql(`
  fragment CreditRecordFields on CreditRecord {
    id
    source
    severity
    occurredOn
    description
    subjectType
    recordedAt
    department {
      id
      name
    }
    licensee {
      id
      name
      number
      kind
    }
    attachments {
      id
      fileName
      url
    }
  }
`);

export const CreditBlacklistDocument = graphql(`
  query CreditBlacklist($filter: BlacklistFilter, $first: Int, $after: String) {
    blacklistEntries(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...BlacklistEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreditRecordsDocument = graphql(`
  query CreditRecords($filter: CreditRecordFilter, $first: Int, $after: String) {
    creditRecords(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...CreditRecordFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreditCheckDocument = graphql(`
  query CreditCheck($number: String!) {
    creditGrade(number: $number) {
      licensee {
        id
        name
        number
        kind
      }
      grade {
        ...CreditGradeFields
      }
    }
    blacklistEntries(filter: { licenseeNumber: $number }, first: 20) {
      edges {
        cursor
        node {
          ...BlacklistEntryFields
        }
      }
    }
    creditRecords(filter: { licenseeNumber: $number }, first: 50) {
      edges {
        cursor
        node {
          ...CreditRecordFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AddToBlacklistDocument = graphql(`
  mutation AddToBlacklist($input: AddToBlacklistInput!) {
    addToBlacklist(input: $input) {
      __typename
      ... on AddToBlacklistSuccess {
        blacklistEntry {
          ...BlacklistEntryFields
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

export const RemoveFromBlacklistDocument = graphql(`
  mutation RemoveFromBlacklist($input: RemoveFromBlacklistInput!) {
    removeFromBlacklist(input: $input) {
      __typename
      ... on RemoveFromBlacklistSuccess {
        blacklistEntry {
          ...BlacklistEntryFields
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

export const AddCreditRecordDocument = graphql(`
  mutation AddCreditRecord($input: AddCreditRecordInput!) {
    addCreditRecord(input: $input) {
      __typename
      ... on AddCreditRecordSuccess {
        creditRecord {
          ...CreditRecordFields
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
