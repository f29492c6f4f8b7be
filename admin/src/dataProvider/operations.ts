import { graphql } from '../gql';

/** Every GraphQL document the console sends; types are generated into ../gql by `pnpm codegen`. */

export const DivisionFieldsFragment = graphql(`
  fragment DivisionFields on Division {
    code
    name
    level
    parentCode
  }
`);

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    username
    displayName
    divisionCode
    division {
      code
      name
      level
    }
    roles
    permissions
    department
    phone
    disabled
    mustChangePassword
    lastLoginAt
    createdAt
    updatedAt
    version
  }
`);

export const LoginMutation = graphql(`
  mutation ConsoleLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        ...UserFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation ConsoleLogout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);

export const RoleDefinitionsQuery = graphql(`
  query ConsoleRoleDefinitions {
    roleDefinitions {
      role
      label
      permissions
    }
  }
`);

// ---- users ----

export const UsersQuery = graphql(`
  query ConsoleUsers(
    $offset: Int!
    $limit: Int!
    $search: String
    $role: Role
    $disabled: Boolean
    $divisionCode: String
  ) {
    users(
      offset: $offset
      limit: $limit
      search: $search
      role: $role
      disabled: $disabled
      divisionCode: $divisionCode
    ) {
      total
      items {
        ...UserFields
      }
    }
  }
`);

export const UserQuery = graphql(`
  query ConsoleUser($id: String!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation ConsoleCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      ...UserFields
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {
    setUserDisabled(id: $id, version: $version, disabled: $disabled) {
      ...UserFields
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {
    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {
      ...UserFields
    }
  }
`);

// ---- divisions ----

export const DivisionsQuery = graphql(`
  query ConsoleDivisions(
    $offset: Int!
    $limit: Int!
    $search: String
    $level: DivisionLevel
    $parentCode: String
    $within: String
  ) {
    divisions(
      offset: $offset
      limit: $limit
      search: $search
      level: $level
      parentCode: $parentCode
      within: $within
    ) {
      total
      items {
        ...DivisionFields
      }
    }
  }
`);

export const DivisionQuery = graphql(`
  query ConsoleDivision($code: String!) {
    division(code: $code) {
      ...DivisionFields
      parent {
        ...DivisionFields
      }
    }
  }
`);

export const SearchDivisionsQuery = graphql(`
  query ConsoleSearchDivisions($name: String!, $limit: Int!) {
    searchDivisions(name: $name, limit: $limit) {
      ...DivisionFields
    }
  }
`);

// ---- API tokens ----

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on AccessToken {
    id
    kind
    name
    partnerName
    role
    divisionCode
    tokenPrefix
    createdAt
    createdById
    expiresAt
    lastUsedAt
    revokedAt
    version
  }
`);

export const ApiTokensQuery = graphql(`
  query ConsoleApiTokens($offset: Int!, $limit: Int!) {
    apiTokens(offset: $offset, limit: $limit) {
      total
      items {
        ...ApiTokenFields
      }
    }
  }
`);

export const IssueApiTokenMutation = graphql(`
  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {
    issueApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation ConsoleRevokeApiToken($id: String!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);

// ---- audit log ----

export const AuditEntriesQuery = graphql(`
  query ConsoleAuditEntries(
    $offset: Int!
    $limit: Int!
    $action: AuditAction
    $entityName: String
    $entityId: String
    $actorName: String
    $from: DateTimeISO
    $to: DateTimeISO
  ) {
    auditEntries(
      offset: $offset
      limit: $limit
      action: $action
      entityName: $entityName
      entityId: $entityId
      actorName: $actorName
      from: $from
      to: $to
    ) {
      total
      items {
        id
        at
        action
        actorId
        actorKind
        actorName
        entityName
        entityId
        divisionCode
        changes
        requestId
      }
    }
  }
`);

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
    }
    head {
      id
      name
    }
    category
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

export const ExportHouseholdsQuery = graphql(`
  query ConsoleExportHouseholds($filter: HouseholdFilter) {
    exportHouseholds(filter: $filter) {
      filename
      contentBase64
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
    message
    createdBy
    createdAt
    finishedAt
    version
  }
`);

export const ImportHouseholdsMutation = graphql(`
  mutation ConsoleImportHouseholds($fileBase64: String!, $filename: String, $validOnly: Boolean!) {
    importHouseholds(fileBase64: $fileBase64, filename: $filename, validOnly: $validOnly) {
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
  ) {
    monitoringCases(
      offset: $offset
      limit: $limit
      pendingForMe: $pendingForMe
      overdue: $overdue
      states: $states
      category: $category
      divisionCode: $divisionCode
    ) {
      total
      items {
        ...CaseListFields
      }
    }
  }
`);

export const MonitoringCaseCountQuery = graphql(`
  query ConsoleMonitoringCaseCount($pendingForMe: Boolean, $overdue: Boolean, $states: [CaseState!]) {
    monitoringCases(offset: 0, limit: 1, pendingForMe: $pendingForMe, overdue: $overdue, states: $states) {
      total
    }
  }
`);

export const CaseEventFieldsFragment = graphql(`
  fragment CaseEventFields on CaseEvent {
    id
    at
    action
    actorName
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
  mutation ConsoleActOnCase($caseId: String!, $version: Int!, $action: CaseAction!, $note: String, $category: MonitoringCategory) {
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

// ---- policies (监测标准) and supervision (监测督导) ----

export const PolicyValuesFragment = graphql(`
  fragment PolicyValues on MonitoringPolicy {
    incomeLine
    rigidExpenditureShare
    incomeDropShare
    subsidyShareWarning
    exitStabilityMonths
    publicNoticeDays
    expectedMonitoredRatio
    maxMonitoredRatio
    overdueDays
    medicalSelfPayThreshold
    disasterLossThreshold
  }
`);

export const EffectivePolicyQuery = graphql(`
  query ConsoleEffectivePolicy($divisionCode: String!, $year: Int!) {
    effectivePolicy(divisionCode: $divisionCode, year: $year) {
      divisionCode
      year
      incomeLine
      rigidExpenditureShare
      incomeDropShare
      subsidyShareWarning
      exitStabilityMonths
      publicNoticeDays
      expectedMonitoredRatio
      maxMonitoredRatio
      overdueDays
      medicalSelfPayThreshold
      disasterLossThreshold
      sources {
        field
        divisionCode
      }
    }
    policies(year: $year) {
      id
      divisionCode
      year
      ...PolicyValues
      updatedAt
      version
    }
  }
`);

export const SetPolicyMutation = graphql(`
  mutation ConsoleSetPolicy($divisionCode: String!, $year: Int!, $input: PolicyInput!) {
    setPolicy(divisionCode: $divisionCode, year: $year, input: $input) {
      id
      divisionCode
      year
      ...PolicyValues
      version
    }
  }
`);

export const SupervisionRowFieldsFragment = graphql(`
  fragment SupervisionRowFields on SupervisionRow {
    divisionCode
    divisionName
    persons
    monitoredPersons
    monitoredRatio
    expectedRatio
    maxRatio
    ratioFlag
    overdueCases
    byState {
      state
      cases
    }
  }
`);

export const SupervisionQuery = graphql(`
  query ConsoleSupervision($divisionCode: String!) {
    supervision(divisionCode: $divisionCode) {
      overdueDays
      total {
        ...SupervisionRowFields
      }
      children {
        ...SupervisionRowFields
      }
    }
  }
`);

// ---- department warnings (部门预警) ----

export const DepartmentWarningFieldsFragment = graphql(`
  fragment DepartmentWarningFields on DepartmentWarning {
    id
    householdId
    memberId
    divisionCode
    department
    kind
    amount
    grade
    occurredOn
    reason
    status
    handledBy
    handleNote
    caseId
    createdAt
    version
    household {
      id
      householdNumber
      category
      head {
        id
        name
      }
      division {
        code
        name
        level
      }
    }
  }
`);

export const DepartmentWarningsQuery = graphql(`
  query ConsoleDepartmentWarnings($offset: Int!, $limit: Int!, $status: WarningStatus, $divisionCode: String) {
    departmentWarnings(offset: $offset, limit: $limit, status: $status, divisionCode: $divisionCode) {
      total
      items {
        ...DepartmentWarningFields
      }
    }
  }
`);

export const ConvertWarningToLeadMutation = graphql(`
  mutation ConsoleConvertWarningToLead($id: String!, $version: Int!, $category: MonitoringCategory!) {
    convertWarningToLead(id: $id, version: $version, category: $category) {
      ...DepartmentWarningFields
    }
  }
`);

export const DismissWarningMutation = graphql(`
  mutation ConsoleDismissWarning($id: String!, $version: Int!, $reason: String!) {
    dismissWarning(id: $id, version: $version, reason: $reason) {
      ...DepartmentWarningFields
    }
  }
`);

// ---- department batches (部门数据报送) ----

export const DepartmentBatchFieldsFragment = graphql(`
  fragment DepartmentBatchFields on DepartmentBatch {
    id
    department
    divisionCode
    submittedBy
    status
    total
    processed
    matched
    warnings
    unmatchedCount
    message
    createdAt
    updatedAt
    version
  }
`);

export const DepartmentBatchesQuery = graphql(`
  query ConsoleDepartmentBatches($offset: Int!, $limit: Int!) {
    departmentBatches(offset: $offset, limit: $limit) {
      total
      items {
        ...DepartmentBatchFields
      }
    }
  }
`);

export const DepartmentBatchQuery = graphql(`
  query ConsoleDepartmentBatch($id: String!) {
    departmentBatch(id: $id) {
      ...DepartmentBatchFields
      invalid
      unmatched
    }
  }
`);

export const SubmitDepartmentRecordsMutation = graphql(`
  mutation ConsoleSubmitDepartmentRecords($fileBase64: String!) {
    submitDepartmentRecords(fileBase64: $fileBase64) {
      ...DepartmentBatchFields
      invalid
      unmatched
    }
  }
`);
