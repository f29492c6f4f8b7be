import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

// ---- monitoring (监测案卷) ----

export const CaseListFieldsFragment = graphql(`
  fragment CaseListFields on MonitoringCase {
    ...CaseSummaryFields
    household {
      id
      householdNumber
      head {
        id
        name
      }
      division {
        code
        name
        level
        ancestors {
          code
          name
          level
        }
      }
    }
  }
`);

export const MonitoringCasesQuery = graphql(`
  query ConsoleMonitoringCases(
    $offset: Int!
    $limit: Int!
    $pendingForMe: Boolean
    $overdue: Boolean
    $states: [CaseState!]
    $category: MonitoringCategory
    $divisionCode: String
    $ids: [String!]
  ) {
    monitoringCases(
      offset: $offset
      limit: $limit
      pendingForMe: $pendingForMe
      overdue: $overdue
      states: $states
      category: $category
      divisionCode: $divisionCode
      ids: $ids
    ) {
      total
      items {
        ...CaseListFields
      }
    }
  }
`);

export const MonitoringCaseCountsQuery = graphql(`
  query ConsoleMonitoringCaseCounts(
    $pendingForMe: Boolean
    $overdue: Boolean
    $states: [CaseState!]
    $category: MonitoringCategory
    $divisionCode: String
    $ids: [String!]
  ) {
    monitoringCaseCounts(
      pendingForMe: $pendingForMe
      overdue: $overdue
      states: $states
      category: $category
      divisionCode: $divisionCode
      ids: $ids
    ) {
      state
      cases
    }
  }
`);

export const StartMonitoringCaseExportMutation = graphql(`
  mutation ConsoleStartMonitoringCaseExport(
    $pendingForMe: Boolean
    $overdue: Boolean
    $states: [CaseState!]
    $category: MonitoringCategory
    $divisionCode: String
    $ids: [String!]
  ) {
    startMonitoringCaseExport(
      pendingForMe: $pendingForMe
      overdue: $overdue
      states: $states
      category: $category
      divisionCode: $divisionCode
      ids: $ids
    ) {
      ...ExportJobFields
    }
  }
`);

export const CaseEventFieldsFragment = graphql(`
  fragment CaseEventFields on CaseEvent {
    id
    at
    action
    actorName
    actorDisplayName
    fromState
    toState
    note
  }
`);

export const MonitoringCaseQuery = graphql(`
  query ConsoleMonitoringCase($id: String!) {
    monitoringCase(id: $id) {
      ...CaseSummaryFields
      updatedAt
      availableActions
      events {
        ...CaseEventFields
      }
      reviews {
        ...CaseReviewFields
      }
      objections {
        ...CaseObjectionFields
      }
      household {
        ...HouseholdListFields
        address
        riskFactors {
          ...RiskFactorFields
        }
      }
    }
  }
`);

export const ActOnCaseMutation = graphql(`
  mutation ConsoleActOnCase(
    $caseId: String!
    $version: Int!
    $action: CaseAction!
    $note: String
    $category: MonitoringCategory
  ) {
    actOnCase(caseId: $caseId, version: $version, action: $action, note: $note, category: $category) {
      ...CaseSummaryFields
      availableActions
    }
  }
`);

export const OpenLeadMutation = graphql(`
  mutation ConsoleOpenLead($input: OpenLeadInput!) {
    openLead(input: $input) {
      ...CaseSummaryFields
    }
  }
`);

export const IdentifyHouseholdsMutation = graphql(`
  mutation ConsoleIdentifyHouseholds($divisionCode: String!, $year: Int!) {
    identifyHouseholds(divisionCode: $divisionCode, year: $year) {
      divisionCode
      year
      matched
      leadsOpened
      alreadyOpen
      villagesWithoutLine
    }
  }
`);

// ---- 村级民主评议及公示, 公示异议 ----

export const CaseReviewFieldsFragment = graphql(`
  fragment CaseReviewFields on CaseReview {
    id
    stage
    deliberatedOn
    attendees
    attendeeCount
    result
    agreed
    noticeStartsOn
    noticeEndsOn
    recordedBy
    createdAt
  }
`);

export const CaseObjectionFieldsFragment = graphql(`
  fragment CaseObjectionFields on CaseObjection {
    id
    stage
    receivedOn
    content
    recordedBy
    answer
    answeredBy
    answeredOn
    version
  }
`);

export const RecordVillageReviewMutation = graphql(`
  mutation ConsoleRecordVillageReview($caseId: String!, $input: VillageReviewInput!) {
    recordVillageReview(caseId: $caseId, input: $input) {
      ...CaseReviewFields
    }
  }
`);

export const RecordObjectionMutation = graphql(`
  mutation ConsoleRecordObjection($caseId: String!, $input: ObjectionInput!) {
    recordObjection(caseId: $caseId, input: $input) {
      ...CaseObjectionFields
    }
  }
`);

export const AnswerObjectionMutation = graphql(`
  mutation ConsoleAnswerObjection($id: String!, $version: Int!, $answer: String!) {
    answerObjection(id: $id, version: $version, answer: $answer) {
      ...CaseObjectionFields
    }
  }
`);
