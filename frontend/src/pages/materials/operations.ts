import { graphql } from "../../gql";

// The materials store's GraphQL operations (api/materials/*.py, L1).

export const MaterialFieldsFragment = graphql(`
  fragment MaterialFields on Material {
    id
    category
    name
    documentNumber
    issuer
    validFrom
    validUntil
    validity
    recordedAt
    correctedAt
    withdrawnAt
    withdrawalReason
    canChange
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

export const MaterialsDocument = graphql(`
  query Materials($filter: MaterialFilter, $first: Int, $after: String) {
    materials(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...MaterialFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AddMaterialDocument = graphql(`
  mutation AddMaterial($input: AddMaterialInput!) {
    addMaterial(input: $input) {
      __typename
      ... on AddMaterialSuccess {
        material {
          ...MaterialFields
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

export const UpdateMaterialDocument = graphql(`
  mutation UpdateMaterial($input: UpdateMaterialInput!) {
    updateMaterial(input: $input) {
      __typename
      ... on UpdateMaterialSuccess {
        material {
          ...MaterialFields
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

export const WithdrawMaterialDocument = graphql(`
  mutation WithdrawMaterial($input: WithdrawMaterialInput!) {
    withdrawMaterial(input: $input) {
      __typename
      ... on WithdrawMaterialSuccess {
        material {
          ...MaterialFields
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
