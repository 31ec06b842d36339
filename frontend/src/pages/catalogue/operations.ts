import { graphql } from "../../gql";

// The catalogue's GraphQL operations (api/catalogue/*.py). Every list is a
// connection; every mutation selects `... on Error { message code field }`.

export const ApprovalItemsDocument = graphql(`
  query ApprovalItems(
    $departmentId: ID
    $search: String
    $commitmentEligible: Boolean
    $commitmentMode: CommitmentMode
    $includeInactive: Boolean! = false
    $first: Int
    $after: String
  ) {
    approvalItems(
      departmentId: $departmentId
      search: $search
      commitmentEligible: $commitmentEligible
      commitmentMode: $commitmentMode
      includeInactive: $includeInactive
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          id
          code
          name
          legalBasis
          commitmentEligible
          commitmentModes
          verificationPeriodWorkingDays
          allowedCreditGrades
          isActive
          updatedAt
          department {
            id
            name
          }
          handlingItems {
            id
            code
            name
            isActive
            link {
              id
              status
              department {
                id
                name
              }
              supervisionSubItem {
                id
                code
                name
                supervisionItem {
                  id
                  code
                  name
                  isKey
                }
              }
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

export const SupervisionItemsDocument = graphql(`
  query SupervisionItems(
    $departmentId: ID
    $search: String
    $isKey: Boolean
    $keyArea: KeyArea
    $includeInactive: Boolean! = false
    $first: Int
    $after: String
  ) {
    supervisionItems(
      departmentId: $departmentId
      search: $search
      isKey: $isKey
      keyArea: $keyArea
      includeInactive: $includeInactive
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          id
          code
          name
          legalBasis
          isKey
          keyArea
          isActive
          department {
            id
            name
          }
          subItems {
            id
            code
            name
            isActive
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

export const CatalogueLinksDocument = graphql(`
  query CatalogueLinks(
    $status: [CatalogueLinkStatus!]
    $departmentId: ID
    $approvalDepartmentId: ID
    $search: String
    $first: Int
    $after: String
  ) {
    catalogueLinks(
      status: $status
      departmentId: $departmentId
      approvalDepartmentId: $approvalDepartmentId
      search: $search
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          ...LinkRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const LinkRowFragment = graphql(`
  fragment LinkRow on CatalogueLink {
    id
    status
    proposedAt
    confirmedAt
    endedAt
    reason
    proposedBy
    confirmedBy
    endedBy
    department {
      id
      name
    }
    handlingItem {
      id
      code
      name
      approvalItem {
        id
        code
        name
        department {
          id
          name
        }
      }
    }
    supervisionSubItem {
      id
      code
      name
      supervisionItem {
        id
        code
        name
        isKey
      }
    }
  }
`);

export const CatalogueCoverageDocument = graphql(`
  query CatalogueCoverage($approvalDepartmentId: ID, $supervisionDepartmentId: ID) {
    catalogueCoverage(
      approvalDepartmentId: $approvalDepartmentId
      supervisionDepartmentId: $supervisionDepartmentId
    ) {
      unlinkedHandlingItemCount
      awaitingConfirmationCount
      postVerificationGapCount
      unlinkedHandlingItems(first: 100) {
        nodes {
          id
          code
          name
          approvalItem {
            id
            code
            name
            commitmentModes
            department {
              id
              name
            }
          }
        }
      }
      awaitingConfirmation(first: 100) {
        nodes {
          ...LinkRow
        }
      }
      postVerificationGaps(first: 100) {
        nodes {
          id
          code
          name
          verificationPeriodWorkingDays
          department {
            id
            name
          }
          handlingItems {
            id
            code
            name
            link {
              id
              status
            }
          }
        }
      }
    }
  }
`);

export const CreateApprovalItemDocument = graphql(`
  mutation CreateApprovalItem($input: CreateApprovalItemInput!) {
    createApprovalItem(input: $input) {
      __typename
      ... on ApprovalItemSuccess {
        approvalItem {
          id
          code
          name
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

export const UpdateApprovalItemDocument = graphql(`
  mutation UpdateApprovalItem($input: UpdateApprovalItemInput!) {
    updateApprovalItem(input: $input) {
      __typename
      ... on ApprovalItemSuccess {
        approvalItem {
          id
          code
          name
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

export const CreateHandlingItemDocument = graphql(`
  mutation CreateHandlingItem($input: CreateHandlingItemInput!) {
    createHandlingItem(input: $input) {
      __typename
      ... on HandlingItemSuccess {
        handlingItem {
          id
          code
          name
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

export const UpdateHandlingItemDocument = graphql(`
  mutation UpdateHandlingItem($input: UpdateHandlingItemInput!) {
    updateHandlingItem(input: $input) {
      __typename
      ... on HandlingItemSuccess {
        handlingItem {
          id
          code
          name
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

export const CreateSupervisionItemDocument = graphql(`
  mutation CreateSupervisionItem($input: CreateSupervisionItemInput!) {
    createSupervisionItem(input: $input) {
      __typename
      ... on SupervisionItemSuccess {
        supervisionItem {
          id
          code
          name
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

export const UpdateSupervisionItemDocument = graphql(`
  mutation UpdateSupervisionItem($input: UpdateSupervisionItemInput!) {
    updateSupervisionItem(input: $input) {
      __typename
      ... on SupervisionItemSuccess {
        supervisionItem {
          id
          code
          name
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

export const CreateSupervisionSubItemDocument = graphql(`
  mutation CreateSupervisionSubItem($input: CreateSupervisionSubItemInput!) {
    createSupervisionSubItem(input: $input) {
      __typename
      ... on SupervisionSubItemSuccess {
        supervisionSubItem {
          id
          code
          name
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

export const UpdateSupervisionSubItemDocument = graphql(`
  mutation UpdateSupervisionSubItem($input: UpdateSupervisionSubItemInput!) {
    updateSupervisionSubItem(input: $input) {
      __typename
      ... on SupervisionSubItemSuccess {
        supervisionSubItem {
          id
          code
          name
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

export const ProposeCatalogueLinkDocument = graphql(`
  mutation ProposeCatalogueLink($input: ProposeCatalogueLinkInput!) {
    proposeCatalogueLink(input: $input) {
      __typename
      ... on CatalogueLinkSuccess {
        link {
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

export const ConfirmCatalogueLinkDocument = graphql(`
  mutation ConfirmCatalogueLink($input: ConfirmCatalogueLinkInput!) {
    confirmCatalogueLink(input: $input) {
      __typename
      ... on CatalogueLinkSuccess {
        link {
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

export const RejectCatalogueLinkDocument = graphql(`
  mutation RejectCatalogueLink($input: RejectCatalogueLinkInput!) {
    rejectCatalogueLink(input: $input) {
      __typename
      ... on CatalogueLinkSuccess {
        link {
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

export const UnlinkCatalogueLinkDocument = graphql(`
  mutation UnlinkCatalogueLink($input: UnlinkCatalogueLinkInput!) {
    unlinkCatalogueLink(input: $input) {
      __typename
      ... on CatalogueLinkSuccess {
        link {
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

export const PublishCatalogueDocument = graphql(`
  mutation PublishCatalogue($input: PublishCatalogueInput!) {
    publishCatalogue(input: $input) {
      __typename
      ... on PublishCatalogueSuccess {
        version {
          id
          number
          effectiveDate
        }
      }
      ... on CatalogueIncompleteError {
        problems
      }
      ... on Error {
        message
        code
        field
      }
    }
  }
`);

export const CatalogueVersionsDocument = graphql(`
  query CatalogueVersions($first: Int, $after: String) {
    catalogueVersions(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          number
          effectiveDate
          publishedAt
          note
          approvalItemCount
          handlingItemCount
          supervisionItemCount
          linkCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CatalogueImportDocument = graphql(`
  query CatalogueImport($id: ID!) {
    catalogueImport(id: $id) {
      id
      status
      fileName
      total
      processed
      errors {
        sheet
        row
        column
        message
      }
      summary {
        created
        updated
        unchanged
      }
      finishedAt
    }
  }
`);

export const PublishedCatalogueDocument = graphql(`
  query PublishedCatalogue($version: Int, $search: String, $first: Int, $after: String) {
    publishedCatalogue(version: $version) {
      id
      number
      effectiveDate
      publishedAt
      note
      approvalItemCount
      handlingItemCount
      supervisionItemCount
      linkCount
      approvalItems(search: $search, first: $first, after: $after) {
        edges {
          cursor
          node {
            code
            name
            departmentName
            legalBasis
            commitmentEligible
            commitmentModes
            verificationPeriodWorkingDays
            allowedCreditGrades
            handlingItems {
              code
              name
              departmentName
              supervisionItemCode
              supervisionItemName
              supervisionSubItemCode
              supervisionSubItemName
              isKey
              keyArea
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
