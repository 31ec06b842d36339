import { graphql } from "../../gql";

export const DepartmentsDocument = graphql(`
  query Departments($after: String) {
    departments(first: 100, after: $after) {
      nodes {
        id
        code
        name
        kind
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UsersDocument = graphql(`
  query Users($departmentId: ID, $first: Int, $after: String) {
    users(departmentId: $departmentId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          username
          displayName
          roles
          isActive
          email
          phone
          receivesReminders
          lockedUntil
          lastLoginAt
          createdAt
          department {
            id
            name
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

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on CreateUserSuccess {
        user {
          id
          username
          displayName
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

export const UpdateUserContactDocument = graphql(`
  mutation UpdateUserContact($input: UpdateUserInput!) {
    updateUser(input: $input) {
      __typename
      ... on UpdateUserSuccess {
        user {
          id
          displayName
          email
          phone
          receivesReminders
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
