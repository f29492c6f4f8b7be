import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

// ---- the public page (no sign-in) ----

export const PublicDivisionsQuery = graphql(`
  query PublicDivisions($parentCode: String) {
    publicDivisions(parentCode: $parentCode) {
      code
      name
      level
    }
  }
`);

export const SubmitSelfReportMutation = graphql(`
  mutation SubmitSelfReport($input: SelfReportInput!) {
    submitSelfReport(input: $input) {
      received
      message
    }
  }
`);

// ---- the village's queue ----

export const SelfReportFieldsFragment = graphql(`
  fragment SelfReportFields on SelfReport {
    id
    version
    divisionCode
    householdId
    name
    idNumber
    phone
    difficulty
    description
    status
    caseId
    handledBy
    handleNote
    createdAt
    household {
      id
      householdNumber
      head {
        id
        name
      }
    }
  }
`);

export const SelfReportsQuery = graphql(`
  query ConsoleSelfReports(
    $offset: Int!
    $limit: Int!
    $status: SelfReportStatus
    $divisionCode: String
    $caseId: String
  ) {
    selfReports(offset: $offset, limit: $limit, status: $status, divisionCode: $divisionCode, caseId: $caseId) {
      total
      items {
        ...SelfReportFields
      }
    }
  }
`);

export const HandleSelfReportMutation = graphql(`
  mutation ConsoleHandleSelfReport(
    $id: String!
    $version: Int!
    $decision: SelfReportDecision!
    $householdId: String
    $category: MonitoringCategory
    $note: String
  ) {
    handleSelfReport(
      id: $id
      version: $version
      decision: $decision
      householdId: $householdId
      category: $category
      note: $note
    ) {
      ...SelfReportFields
    }
  }
`);
