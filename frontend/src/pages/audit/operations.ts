import { graphql } from "../../gql";

export const AuditEventFieldsFragment = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    seq
    at
    actorUsername
    action
    targetType
    targetId
    before
    after
    requestId
    hash
    department {
      id
      name
    }
  }
`);

export const AuditEventsDocument = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...AuditEventFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditTrailDocument = graphql(`
  query AuditTrail($targetType: String!, $targetId: ID!, $first: Int, $after: String) {
    auditTrail(targetType: $targetType, targetId: $targetId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...AuditEventFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditEventRecordedDocument = graphql(`
  subscription AuditEventRecorded {
    auditEventRecorded {
      id
      seq
      action
    }
  }
`);
