import { graphql } from "../../gql";

export const NotificationsDocument = graphql(`
  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          body
          read
          readAt
          createdAt
          subjectType
          subjectId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      __typename
      ... on MarkNotificationsReadSuccess {
        unreadCount
        notifications {
          id
          read
          readAt
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

export const NotificationStreamDocument = graphql(`
  subscription NotificationStream($after: String) {
    taskStream(after: $after) {
      cursor
      kind
      notification {
        id
        title
      }
    }
  }
`);

export const ReminderTemplatesDocument = graphql(`
  query ReminderTemplates {
    reminderTemplates {
      name
      channels
      subject
      text
      variables
    }
  }
`);
