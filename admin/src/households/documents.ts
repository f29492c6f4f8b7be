import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

// ---- households (一户一档) ----

export const HouseholdListFieldsFragment = graphql(`
  fragment HouseholdListFields on Household {
    id
    householdNumber
    divisionCode
    division {
      code
      name
      level
      level
      ancestors {
        code
        name
        level
      }
    }
    head {
      id
      name
    }
    registrationStatus
    liftedOutYear
    monitoringCategory
    monitoredSince
    memberCount
    perCapitaNetIncome
    incomeYear
    status
    noLabourCapacity
    minimumLivingAllowance
    extremePoverty
    relocated
    version
  }
`);

export const MemberFieldsFragment = graphql(`
  fragment MemberFields on Member {
    id
    householdId
    name
    idNumber
    sex
    birthDate
    age
    relation
    ethnicity
    education
    schoolingStage
    healthStatus
    disabilityGrade
    labourCapacity
    workPlace
    workMonths
    medicalInsurance
    criticalIllnessInsurance
    pensionInsurance
    minimumLivingAllowance
    extremePoverty
    status
    removalReason
    version
  }
`);

export const IncomeFieldsFragment = graphql(`
  fragment IncomeFields on HouseholdIncome {
    id
    year
    memberCount
    wages
    operations
    property
    transfers
    subsidies
    productionCosts
    medicalExpense
    schoolingExpense
    disasterExpense
    accidentExpense
    netIncome
    perCapitaNetIncome
    rigidExpenditure
    updatedAt
    version
  }
`);

export const RiskFactorFieldsFragment = graphql(`
  fragment RiskFactorFields on RiskFactor {
    id
    householdId
    memberId
    type
    source
    status
    amount
    occurredOn
    resolvedOn
    note
    warnings
    createdAt
    version
  }
`);

export const CaseSummaryFieldsFragment = graphql(`
  fragment CaseSummaryFields on MonitoringCase {
    id
    householdId
    divisionCode
    state
    category
    source
    reasons
    openedOn
    identifiedOn
    noticeEndsOn
    closedOn
    stateChangedAt
    createdAt
    version
  }
`);

export const HouseholdDetailFieldsFragment = graphql(`
  fragment HouseholdDetailFields on Household {
    ...HouseholdListFields
    address
    phone
    archiveReason
    createdAt
    updatedAt
    members {
      ...MemberFields
    }
    incomes {
      ...IncomeFields
    }
    riskFactors {
      ...RiskFactorFields
    }
  }
`);

export const HouseholdsQuery = graphql(`
  query ConsoleHouseholds(
    $offset: Int!
    $limit: Int!
    $filter: HouseholdFilter
    $sortBy: HouseholdSortField!
    $sortOrder: SortOrder!
  ) {
    households(offset: $offset, limit: $limit, filter: $filter, sortBy: $sortBy, sortOrder: $sortOrder) {
      total
      items {
        ...HouseholdListFields
      }
    }
  }
`);

export const HouseholdQuery = graphql(`
  query ConsoleHousehold($id: String!, $withCases: Boolean!) {
    household(id: $id) {
      ...HouseholdDetailFields
      monitoringCases @include(if: $withCases) {
        ...CaseSummaryFields
      }
      openCase @include(if: $withCases) {
        id
        state
      }
      monitoringHistory @include(if: $withCases) {
        caseId
        category
        identifiedOn
        eliminatedOn
      }
    }
  }
`);

export const CreateHouseholdMutation = graphql(`
  mutation ConsoleCreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      ...HouseholdDetailFields
    }
  }
`);

export const UpdateHouseholdMutation = graphql(`
  mutation ConsoleUpdateHousehold($id: String!, $version: Int!, $input: UpdateHouseholdInput!) {
    updateHousehold(id: $id, version: $version, input: $input) {
      ...HouseholdDetailFields
    }
  }
`);

export const SetHouseholdRegistrationMutation = graphql(`
  mutation ConsoleSetHouseholdRegistration(
    $householdId: String!
    $version: Int!
    $registrationStatus: RegistrationStatus!
    $liftedOutYear: Int
    $reason: String!
  ) {
    setHouseholdRegistration(
      householdId: $householdId
      version: $version
      registrationStatus: $registrationStatus
      liftedOutYear: $liftedOutYear
      reason: $reason
    ) {
      ...HouseholdDetailFields
    }
  }
`);

export const ArchiveHouseholdMutation = graphql(`
  mutation ConsoleArchiveHousehold($id: String!, $version: Int!, $reason: String!) {
    archiveHousehold(id: $id, version: $version, reason: $reason) {
      id
      status
      version
    }
  }
`);

export const SetHouseholdIncomeMutation = graphql(`
  mutation ConsoleSetHouseholdIncome($householdId: String!, $year: Int!, $version: Int, $input: IncomeInput!) {
    setHouseholdIncome(householdId: $householdId, year: $year, version: $version, input: $input) {
      ...IncomeFields
    }
  }
`);

export const AddMemberMutation = graphql(`
  mutation ConsoleAddMember($householdId: String!, $input: MemberInput!) {
    addMember(householdId: $householdId, input: $input) {
      ...MemberFields
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation ConsoleUpdateMember($id: String!, $version: Int!, $input: UpdateMemberInput!) {
    updateMember(id: $id, version: $version, input: $input) {
      ...MemberFields
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation ConsoleRemoveMember($id: String!, $version: Int!, $reason: String!) {
    removeMember(id: $id, version: $version, reason: $reason) {
      ...MemberFields
    }
  }
`);

export const SetHouseholdHeadMutation = graphql(`
  mutation ConsoleSetHouseholdHead($memberId: String!, $formerHeadRelation: Relation!) {
    setHouseholdHead(memberId: $memberId, formerHeadRelation: $formerHeadRelation) {
      id
      version
    }
  }
`);

// ---- import / export ----

export const HouseholdImportTemplateQuery = graphql(`
  query ConsoleHouseholdImportTemplate {
    householdImportTemplate {
      filename
      contentBase64
    }
  }
`);

export const ExportJobFieldsFragment = graphql(`
  fragment ExportJobFields on ExportJob {
    id
    kind
    status
    filename
    totalRows
    processedRows
    byteSize
    masked
    message
    expiresAt
  }
`);

export const StartHouseholdExportMutation = graphql(`
  mutation ConsoleStartHouseholdExport($filter: HouseholdFilter) {
    startHouseholdExport(filter: $filter) {
      ...ExportJobFields
    }
  }
`);

export const ExportJobQuery = graphql(`
  query ConsoleExportJob($id: String!) {
    exportJob(id: $id) {
      ...ExportJobFields
    }
  }
`);

export const ExportDownloadLinkMutation = graphql(`
  mutation ConsoleExportDownloadLink($id: String!) {
    createExportDownloadLink(id: $id) {
      url
    }
  }
`);

export const ImportErrorsDownloadLinkMutation = graphql(`
  mutation ConsoleImportErrorsDownloadLink($id: String!) {
    createImportErrorsDownloadLink(id: $id) {
      url
    }
  }
`);

export const ApplyImportJobMutation = graphql(`
  mutation ConsoleApplyImportJob($id: String!) {
    applyImportJob(id: $id) {
      ...ImportJobFields
    }
  }
`);

export const ImportJobFieldsFragment = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    kind
    filename
    status
    validOnly
    totalRows
    processedRows
    importedHouseholds
    importedMembers
    skippedHouseholds
    errorCount
    errors {
      row
      column
      message
    }
    mode
    changeCount
    updatedHouseholds
    conflictCount
    changes {
      row
      householdNumber
      memberName
      column
      before
      after
    }
    message
    createdBy
    createdAt
    finishedAt
    version
  }
`);

export const ImportHouseholdsMutation = graphql(`
  mutation ConsoleImportHouseholds($fileBase64: String!, $filename: String, $validOnly: Boolean!, $mode: ImportMode!) {
    importHouseholds(fileBase64: $fileBase64, filename: $filename, validOnly: $validOnly, mode: $mode) {
      ...ImportJobFields
    }
  }
`);

export const ImportJobQuery = graphql(`
  query ConsoleImportJob($id: String!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);

// ---- risk factors ----

export const AddRiskFactorMutation = graphql(`
  mutation ConsoleAddRiskFactor($householdId: String!, $input: RiskFactorInput!) {
    addRiskFactor(householdId: $householdId, input: $input) {
      ...RiskFactorFields
    }
  }
`);

export const ResolveRiskFactorMutation = graphql(`
  mutation ConsoleResolveRiskFactor($id: String!, $version: Int!, $resolvedOn: String!, $note: String) {
    resolveRiskFactor(id: $id, version: $version, resolvedOn: $resolvedOn, note: $note) {
      ...RiskFactorFields
    }
  }
`);
