import { graphql } from "../../gql";

// Random inspection's GraphQL operations (api/inspections/*.py, R4): the inspector pool,
// plans, the draw and its check, publication, and the public results.

export const InspectionPlanFieldsFragment = graphql(`
  fragment InspectionPlanFields on InspectionPlan {
    id
    name
    status
    seed
    candidateCount
    inspectorsPerTarget
    workingDays
    createdAt
    drawnAt
    publishedAt
    canAct
    rates {
      grade
      ratePercent
    }
    department {
      id
      name
    }
    supervisionItem {
      id
      code
      name
    }
    targets {
      position
      grade
      publishedResult
      licensee {
        id
        name
        number
        kind
      }
      inspectors {
        id
        displayName
      }
      task {
        id
        status
        result
      }
    }
  }
`);

export const InspectionPlansDocument = graphql(`
  query InspectionPlans($first: Int, $after: String) {
    inspectionPlans(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...InspectionPlanFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DrawCheckDocument = graphql(`
  query InspectionDrawCheck($id: ID!) {
    node(id: $id) {
      ... on InspectionPlan {
        id
        drawCheck {
          matches
          seed
        }
      }
    }
  }
`);

export const InspectorsDocument = graphql(`
  query Inspectors {
    inspectors {
      id
      username
      displayName
    }
    inspectionRateDefaults {
      grade
      ratePercent
    }
  }
`);

export const DepartmentPeopleDocument = graphql(`
  query InspectionDepartmentPeople($departmentId: ID) {
    users(departmentId: $departmentId, first: 100) {
      nodes {
        id
        displayName
        roles
        isActive
      }
    }
    supervisionItems(departmentId: $departmentId, first: 100) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

export const SetInspectorsDocument = graphql(`
  mutation SetInspectors($input: SetInspectorsInput!) {
    setInspectors(input: $input) {
      __typename
      ... on SetInspectorsSuccess {
        inspectors {
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

export const CreateInspectionPlanDocument = graphql(`
  mutation CreateInspectionPlan($input: CreateInspectionPlanInput!) {
    createInspectionPlan(input: $input) {
      __typename
      ... on CreateInspectionPlanSuccess {
        inspectionPlan {
          ...InspectionPlanFields
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

export const DrawInspectionDocument = graphql(`
  mutation DrawInspection($input: DrawInspectionInput!) {
    drawInspection(input: $input) {
      __typename
      ... on DrawInspectionSuccess {
        inspectionPlan {
          ...InspectionPlanFields
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

export const PublishInspectionResultsDocument = graphql(`
  mutation PublishInspectionResults($input: PublishInspectionResultsInput!) {
    publishInspectionResults(input: $input) {
      __typename
      ... on PublishInspectionResultsSuccess {
        inspectionPlan {
          ...InspectionPlanFields
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

export const PublishedInspectionsDocument = graphql(`
  query PublishedInspections($first: Int, $after: String) {
    publishedInspections(first: $first, after: $after) {
      edges {
        cursor
        node {
          name
          departmentName
          supervisionItemName
          drawnAt
          publishedAt
          targets {
            licenseeName
            licenseeNumber
            result
            pending
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
