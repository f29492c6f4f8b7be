/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AssistanceMeasureKinds($divisionCode: String!) {\n    measureKinds(divisionCode: $divisionCode) {\n      code name nature requiredFields maxAmount maxTermMonths incomeSource answersRisks active description definedBy national\n    }\n  }\n": typeof types.AssistanceMeasureKindsDocument,
    "\n  mutation AssistanceSetMeasureKind($divisionCode: String!, $input: MeasureKindInput!) {\n    setMeasureKind(divisionCode: $divisionCode, input: $input) { id code }\n  }\n": typeof types.AssistanceSetMeasureKindDocument,
    "\n  query AssistanceHousehold($id: String!) {\n    household(id: $id) {\n      id householdNumber divisionCode status\n      head { name }\n      members { id name labourCapacity workMonths }\n      riskFactors { id type status occurredOn }\n      openCase { id state identifiedOn }\n      incomes { year assistanceContributions { measureId kindName incomeSource amount } }\n      measures {\n        id version kindCode kindName nature incomeSource amount startsOn endsOn responsibleUnit responsiblePerson status post monthlyPay\n        riskFactorIds note member { name }\n      }\n      assistancePlan {\n        id version status targetOn goal caseId\n        risks { risk { id type occurredOn } measures { id kindName status } }\n        gaps { kind detail }\n      }\n      assistanceGaps { kind detail }\n      team { id version name role unit phone isPrimary userId }\n      visits { id visitedOn visitorName findings incomeCheck incomeNote photoRef measureChecks { measureId working } }\n    }\n  }\n": typeof types.AssistanceHouseholdDocument,
    "\n  mutation AssistanceAddMeasure($householdId: String!, $input: MeasureInput!) {\n    addMeasure(householdId: $householdId, input: $input) { id }\n  }\n": typeof types.AssistanceAddMeasureDocument,
    "\n  mutation AssistanceSetMeasureStatus($id: String!, $version: Int!, $status: MeasureStatus!) {\n    setMeasureStatus(id: $id, version: $version, status: $status) { id status }\n  }\n": typeof types.AssistanceSetMeasureStatusDocument,
    "\n  mutation AssistanceCreatePlan($householdId: String!) {\n    createAssistancePlan(householdId: $householdId) { id }\n  }\n": typeof types.AssistanceCreatePlanDocument,
    "\n  mutation AssistanceUpdatePlan($id: String!, $version: Int!, $input: PlanInput!) {\n    updateAssistancePlan(id: $id, version: $version, input: $input) { id status }\n  }\n": typeof types.AssistanceUpdatePlanDocument,
    "\n  mutation AssistanceAddTeamMember($householdId: String!, $input: TeamMemberInput!) {\n    addTeamMember(householdId: $householdId, input: $input) { id }\n  }\n": typeof types.AssistanceAddTeamMemberDocument,
    "\n  query AssistanceGapReport($divisionCode: String!, $kinds: [GapKind!], $offset: Int, $limit: Int) {\n    assistanceGaps(divisionCode: $divisionCode, kinds: $kinds, offset: $offset, limit: $limit) {\n      divisionCode asOf total\n      summary { divisionCode divisionName monitoredHouseholds total counts { kind count } }\n      children { divisionCode divisionName monitoredHouseholds total counts { kind count } }\n      items { kind householdId divisionCode detail household { id householdNumber head { name } division { name } } }\n    }\n  }\n": typeof types.AssistanceGapReportDocument,
    "\n  query AssistanceContactPeople($divisionCode: String!) {\n    contactPeople(divisionCode: $divisionCode) {\n      member { id name role unit phone }\n      households { id householdNumber head { name } division { name } }\n    }\n  }\n": typeof types.AssistanceContactPeopleDocument,
    "\n  query AssistanceMyHouseholds {\n    myHouseholds { id householdNumber head { name } division { name } assistancePlan { status } assistanceGaps { kind } }\n  }\n": typeof types.AssistanceMyHouseholdsDocument,
    "\n  query AssistanceVisitsDue {\n    visitsDue {\n      householdId lastVisitOn dueOn overdue\n      household { id householdNumber address head { name } division { name } measures { id kindName status } }\n    }\n  }\n": typeof types.AssistanceVisitsDueDocument,
    "\n  mutation AssistanceRecordVisit($input: VisitInput!) {\n    recordVisit(input: $input) { id clientKey visitedOn }\n  }\n": typeof types.AssistanceRecordVisitDocument,
    "\n  fragment DivisionFields on Division {\n    code\n    name\n    level\n    parentCode\n  }\n": typeof types.DivisionFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    roles\n    permissions\n    department\n    phone\n    disabled\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ConsoleChangePasswordDocument,
    "\n  query ConsoleRoleDefinitions {\n    roleDefinitions {\n      role\n      label\n      permissions\n    }\n  }\n": typeof types.ConsoleRoleDefinitionsDocument,
    "\n  query ConsoleUsers(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $role: Role\n    $disabled: Boolean\n    $divisionCode: String\n  ) {\n    users(\n      offset: $offset\n      limit: $limit\n      search: $search\n      role: $role\n      disabled: $disabled\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.ConsoleUsersDocument,
    "\n  query ConsoleUser($id: String!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleUserDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, version: $version, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleSetUserDisabledDocument,
    "\n  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {\n    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleResetUserPasswordDocument,
    "\n  query ConsoleDivisions(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $level: DivisionLevel\n    $parentCode: String\n    $within: String\n  ) {\n    divisions(\n      offset: $offset\n      limit: $limit\n      search: $search\n      level: $level\n      parentCode: $parentCode\n      within: $within\n    ) {\n      total\n      items {\n        ...DivisionFields\n      }\n    }\n  }\n": typeof types.ConsoleDivisionsDocument,
    "\n  query ConsoleDivision($code: String!) {\n    division(code: $code) {\n      ...DivisionFields\n      parent {\n        ...DivisionFields\n      }\n    }\n  }\n": typeof types.ConsoleDivisionDocument,
    "\n  query ConsoleSearchDivisions($name: String!, $limit: Int!) {\n    searchDivisions(name: $name, limit: $limit) {\n      ...DivisionFields\n    }\n  }\n": typeof types.ConsoleSearchDivisionsDocument,
    "\n  fragment ApiTokenFields on AccessToken {\n    id\n    kind\n    name\n    partnerName\n    role\n    divisionCode\n    tokenPrefix\n    createdAt\n    createdById\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ConsoleApiTokens($offset: Int!, $limit: Int!) {\n    apiTokens(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.ConsoleApiTokensDocument,
    "\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.ConsoleIssueApiTokenDocument,
    "\n  mutation ConsoleRevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ConsoleRevokeApiTokenDocument,
    "\n  query ConsoleAuditEntries(\n    $offset: Int!\n    $limit: Int!\n    $action: AuditAction\n    $entityName: String\n    $entityId: String\n    $actorName: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditEntries(\n      offset: $offset\n      limit: $limit\n      action: $action\n      entityName: $entityName\n      entityId: $entityId\n      actorName: $actorName\n      from: $from\n      to: $to\n    ) {\n      total\n      items {\n        id\n        at\n        action\n        actorId\n        actorKind\n        actorName\n        entityName\n        entityId\n        divisionCode\n        changes\n        requestId\n      }\n    }\n  }\n": typeof types.ConsoleAuditEntriesDocument,
    "\n  fragment HouseholdListFields on Household {\n    id\n    householdNumber\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    head {\n      id\n      name\n    }\n    category\n    memberCount\n    perCapitaNetIncome\n    incomeYear\n    status\n    noLabourCapacity\n    minimumLivingAllowance\n    extremePoverty\n    relocated\n    version\n  }\n": typeof types.HouseholdListFieldsFragmentDoc,
    "\n  fragment MemberFields on Member {\n    id\n    householdId\n    name\n    idNumber\n    sex\n    birthDate\n    age\n    relation\n    ethnicity\n    education\n    schoolingStage\n    healthStatus\n    disabilityGrade\n    labourCapacity\n    workPlace\n    workMonths\n    medicalInsurance\n    criticalIllnessInsurance\n    pensionInsurance\n    minimumLivingAllowance\n    extremePoverty\n    status\n    removalReason\n    version\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment IncomeFields on HouseholdIncome {\n    id\n    year\n    memberCount\n    wages\n    operations\n    property\n    transfers\n    subsidies\n    productionCosts\n    medicalExpense\n    schoolingExpense\n    disasterExpense\n    accidentExpense\n    netIncome\n    perCapitaNetIncome\n    rigidExpenditure\n    updatedAt\n    version\n  }\n": typeof types.IncomeFieldsFragmentDoc,
    "\n  fragment RiskFactorFields on RiskFactor {\n    id\n    householdId\n    memberId\n    type\n    source\n    status\n    amount\n    occurredOn\n    resolvedOn\n    note\n    warnings\n    createdAt\n    version\n  }\n": typeof types.RiskFactorFieldsFragmentDoc,
    "\n  fragment CaseSummaryFields on MonitoringCase {\n    id\n    householdId\n    divisionCode\n    state\n    category\n    source\n    reasons\n    openedOn\n    identifiedOn\n    noticeEndsOn\n    closedOn\n    stateChangedAt\n    createdAt\n    version\n  }\n": typeof types.CaseSummaryFieldsFragmentDoc,
    "\n  fragment HouseholdDetailFields on Household {\n    ...HouseholdListFields\n    address\n    phone\n    archiveReason\n    createdAt\n    updatedAt\n    members {\n      ...MemberFields\n    }\n    incomes {\n      ...IncomeFields\n    }\n    riskFactors {\n      ...RiskFactorFields\n    }\n  }\n": typeof types.HouseholdDetailFieldsFragmentDoc,
    "\n  query ConsoleHouseholds(\n    $offset: Int!\n    $limit: Int!\n    $filter: HouseholdFilter\n    $sortBy: HouseholdSortField!\n    $sortOrder: SortOrder!\n  ) {\n    households(offset: $offset, limit: $limit, filter: $filter, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        ...HouseholdListFields\n      }\n    }\n  }\n": typeof types.ConsoleHouseholdsDocument,
    "\n  query ConsoleHousehold($id: String!, $withCases: Boolean!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n      monitoringCases @include(if: $withCases) {\n        ...CaseSummaryFields\n      }\n      openCase @include(if: $withCases) {\n        id\n        state\n      }\n    }\n  }\n": typeof types.ConsoleHouseholdDocument,
    "\n  mutation ConsoleCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": typeof types.ConsoleCreateHouseholdDocument,
    "\n  mutation ConsoleUpdateHousehold($id: String!, $version: Int!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, version: $version, input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": typeof types.ConsoleUpdateHouseholdDocument,
    "\n  mutation ConsoleArchiveHousehold($id: String!, $version: Int!, $reason: String!) {\n    archiveHousehold(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ConsoleArchiveHouseholdDocument,
    "\n  mutation ConsoleSetHouseholdIncome($householdId: String!, $year: Int!, $version: Int, $input: IncomeInput!) {\n    setHouseholdIncome(householdId: $householdId, year: $year, version: $version, input: $input) {\n      ...IncomeFields\n    }\n  }\n": typeof types.ConsoleSetHouseholdIncomeDocument,
    "\n  mutation ConsoleAddMember($householdId: String!, $input: MemberInput!) {\n    addMember(householdId: $householdId, input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.ConsoleAddMemberDocument,
    "\n  mutation ConsoleUpdateMember($id: String!, $version: Int!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, version: $version, input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.ConsoleUpdateMemberDocument,
    "\n  mutation ConsoleRemoveMember($id: String!, $version: Int!, $reason: String!) {\n    removeMember(id: $id, version: $version, reason: $reason) {\n      ...MemberFields\n    }\n  }\n": typeof types.ConsoleRemoveMemberDocument,
    "\n  mutation ConsoleSetHouseholdHead($memberId: String!, $formerHeadRelation: Relation!) {\n    setHouseholdHead(memberId: $memberId, formerHeadRelation: $formerHeadRelation) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleSetHouseholdHeadDocument,
    "\n  query ConsoleHouseholdImportTemplate {\n    householdImportTemplate {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ConsoleHouseholdImportTemplateDocument,
    "\n  query ConsoleExportHouseholds($filter: HouseholdFilter) {\n    exportHouseholds(filter: $filter) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.ConsoleExportHouseholdsDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    filename\n    status\n    validOnly\n    totalRows\n    processedRows\n    importedHouseholds\n    importedMembers\n    skippedHouseholds\n    errorCount\n    errors {\n      row\n      column\n      message\n    }\n    message\n    createdBy\n    createdAt\n    finishedAt\n    version\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  mutation ConsoleImportHouseholds($fileBase64: String!, $filename: String, $validOnly: Boolean!) {\n    importHouseholds(fileBase64: $fileBase64, filename: $filename, validOnly: $validOnly) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ConsoleImportHouseholdsDocument,
    "\n  query ConsoleImportJob($id: String!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ConsoleImportJobDocument,
    "\n  mutation ConsoleAddRiskFactor($householdId: String!, $input: RiskFactorInput!) {\n    addRiskFactor(householdId: $householdId, input: $input) {\n      ...RiskFactorFields\n    }\n  }\n": typeof types.ConsoleAddRiskFactorDocument,
    "\n  mutation ConsoleResolveRiskFactor($id: String!, $version: Int!, $resolvedOn: String!, $note: String) {\n    resolveRiskFactor(id: $id, version: $version, resolvedOn: $resolvedOn, note: $note) {\n      ...RiskFactorFields\n    }\n  }\n": typeof types.ConsoleResolveRiskFactorDocument,
    "\n  fragment CaseListFields on MonitoringCase {\n    ...CaseSummaryFields\n    household {\n      id\n      householdNumber\n      head {\n        id\n        name\n      }\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.CaseListFieldsFragmentDoc,
    "\n  query ConsoleMonitoringCases(\n    $offset: Int!\n    $limit: Int!\n    $pendingForMe: Boolean\n    $overdue: Boolean\n    $states: [CaseState!]\n    $category: MonitoringCategory\n    $divisionCode: String\n  ) {\n    monitoringCases(\n      offset: $offset\n      limit: $limit\n      pendingForMe: $pendingForMe\n      overdue: $overdue\n      states: $states\n      category: $category\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...CaseListFields\n      }\n    }\n  }\n": typeof types.ConsoleMonitoringCasesDocument,
    "\n  query ConsoleMonitoringCaseCount($pendingForMe: Boolean, $overdue: Boolean, $states: [CaseState!]) {\n    monitoringCases(offset: 0, limit: 1, pendingForMe: $pendingForMe, overdue: $overdue, states: $states) {\n      total\n    }\n  }\n": typeof types.ConsoleMonitoringCaseCountDocument,
    "\n  fragment CaseEventFields on CaseEvent {\n    id\n    at\n    action\n    actorName\n    fromState\n    toState\n    note\n  }\n": typeof types.CaseEventFieldsFragmentDoc,
    "\n  query ConsoleMonitoringCase($id: String!) {\n    monitoringCase(id: $id) {\n      ...CaseSummaryFields\n      updatedAt\n      availableActions\n      events {\n        ...CaseEventFields\n      }\n      household {\n        ...HouseholdListFields\n        address\n        riskFactors {\n          ...RiskFactorFields\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMonitoringCaseDocument,
    "\n  mutation ConsoleActOnCase($caseId: String!, $version: Int!, $action: CaseAction!, $note: String, $category: MonitoringCategory) {\n    actOnCase(caseId: $caseId, version: $version, action: $action, note: $note, category: $category) {\n      ...CaseSummaryFields\n      availableActions\n    }\n  }\n": typeof types.ConsoleActOnCaseDocument,
    "\n  mutation ConsoleOpenLead($input: OpenLeadInput!) {\n    openLead(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.ConsoleOpenLeadDocument,
    "\n  mutation ConsoleIdentifyHouseholds($divisionCode: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $divisionCode, year: $year) {\n      divisionCode\n      year\n      matched\n      leadsOpened\n      alreadyOpen\n      villagesWithoutLine\n    }\n  }\n": typeof types.ConsoleIdentifyHouseholdsDocument,
    "\n  fragment PolicyValues on MonitoringPolicy {\n    incomeLine\n    rigidExpenditureShare\n    incomeDropShare\n    subsidyShareWarning\n    exitStabilityMonths\n    publicNoticeDays\n    expectedMonitoredRatio\n    maxMonitoredRatio\n    overdueDays\n    medicalSelfPayThreshold\n    disasterLossThreshold\n  }\n": typeof types.PolicyValuesFragmentDoc,
    "\n  query ConsoleEffectivePolicy($divisionCode: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $divisionCode, year: $year) {\n      divisionCode\n      year\n      incomeLine\n      rigidExpenditureShare\n      incomeDropShare\n      subsidyShareWarning\n      exitStabilityMonths\n      publicNoticeDays\n      expectedMonitoredRatio\n      maxMonitoredRatio\n      overdueDays\n      medicalSelfPayThreshold\n      disasterLossThreshold\n      sources {\n        field\n        divisionCode\n      }\n    }\n    policies(year: $year) {\n      id\n      divisionCode\n      year\n      ...PolicyValues\n      updatedAt\n      version\n    }\n  }\n": typeof types.ConsoleEffectivePolicyDocument,
    "\n  mutation ConsoleSetPolicy($divisionCode: String!, $year: Int!, $input: PolicyInput!) {\n    setPolicy(divisionCode: $divisionCode, year: $year, input: $input) {\n      id\n      divisionCode\n      year\n      ...PolicyValues\n      version\n    }\n  }\n": typeof types.ConsoleSetPolicyDocument,
    "\n  fragment SupervisionRowFields on SupervisionRow {\n    divisionCode\n    divisionName\n    persons\n    monitoredPersons\n    monitoredRatio\n    expectedRatio\n    maxRatio\n    ratioFlag\n    overdueCases\n    byState {\n      state\n      cases\n    }\n  }\n": typeof types.SupervisionRowFieldsFragmentDoc,
    "\n  query ConsoleSupervision($divisionCode: String!) {\n    supervision(divisionCode: $divisionCode) {\n      overdueDays\n      total {\n        ...SupervisionRowFields\n      }\n      children {\n        ...SupervisionRowFields\n      }\n    }\n  }\n": typeof types.ConsoleSupervisionDocument,
    "\n  fragment DepartmentWarningFields on DepartmentWarning {\n    id\n    householdId\n    memberId\n    divisionCode\n    department\n    kind\n    amount\n    grade\n    occurredOn\n    reason\n    status\n    handledBy\n    handleNote\n    caseId\n    createdAt\n    version\n    household {\n      id\n      householdNumber\n      category\n      head {\n        id\n        name\n      }\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.DepartmentWarningFieldsFragmentDoc,
    "\n  query ConsoleDepartmentWarnings($offset: Int!, $limit: Int!, $status: WarningStatus, $divisionCode: String) {\n    departmentWarnings(offset: $offset, limit: $limit, status: $status, divisionCode: $divisionCode) {\n      total\n      items {\n        ...DepartmentWarningFields\n      }\n    }\n  }\n": typeof types.ConsoleDepartmentWarningsDocument,
    "\n  mutation ConsoleConvertWarningToLead($id: String!, $version: Int!, $category: MonitoringCategory!) {\n    convertWarningToLead(id: $id, version: $version, category: $category) {\n      ...DepartmentWarningFields\n    }\n  }\n": typeof types.ConsoleConvertWarningToLeadDocument,
    "\n  mutation ConsoleDismissWarning($id: String!, $version: Int!, $reason: String!) {\n    dismissWarning(id: $id, version: $version, reason: $reason) {\n      ...DepartmentWarningFields\n    }\n  }\n": typeof types.ConsoleDismissWarningDocument,
    "\n  fragment DepartmentBatchFields on DepartmentBatch {\n    id\n    department\n    divisionCode\n    submittedBy\n    status\n    total\n    processed\n    matched\n    warnings\n    unmatchedCount\n    message\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.DepartmentBatchFieldsFragmentDoc,
    "\n  query ConsoleDepartmentBatches($offset: Int!, $limit: Int!) {\n    departmentBatches(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DepartmentBatchFields\n      }\n    }\n  }\n": typeof types.ConsoleDepartmentBatchesDocument,
    "\n  query ConsoleDepartmentBatch($id: String!) {\n    departmentBatch(id: $id) {\n      ...DepartmentBatchFields\n      invalid\n      unmatched\n    }\n  }\n": typeof types.ConsoleDepartmentBatchDocument,
    "\n  mutation ConsoleSubmitDepartmentRecords($fileBase64: String!) {\n    submitDepartmentRecords(fileBase64: $fileBase64) {\n      ...DepartmentBatchFields\n      invalid\n      unmatched\n    }\n  }\n": typeof types.ConsoleSubmitDepartmentRecordsDocument,
    "\n  query HouseholdHistory($id: String!) {\n    household(id: $id) {\n      id\n      history { id at action actorKind actorName entityName entityId changes }\n    }\n  }\n": typeof types.HouseholdHistoryDocument,
};
const documents: Documents = {
    "\n  query AssistanceMeasureKinds($divisionCode: String!) {\n    measureKinds(divisionCode: $divisionCode) {\n      code name nature requiredFields maxAmount maxTermMonths incomeSource answersRisks active description definedBy national\n    }\n  }\n": types.AssistanceMeasureKindsDocument,
    "\n  mutation AssistanceSetMeasureKind($divisionCode: String!, $input: MeasureKindInput!) {\n    setMeasureKind(divisionCode: $divisionCode, input: $input) { id code }\n  }\n": types.AssistanceSetMeasureKindDocument,
    "\n  query AssistanceHousehold($id: String!) {\n    household(id: $id) {\n      id householdNumber divisionCode status\n      head { name }\n      members { id name labourCapacity workMonths }\n      riskFactors { id type status occurredOn }\n      openCase { id state identifiedOn }\n      incomes { year assistanceContributions { measureId kindName incomeSource amount } }\n      measures {\n        id version kindCode kindName nature incomeSource amount startsOn endsOn responsibleUnit responsiblePerson status post monthlyPay\n        riskFactorIds note member { name }\n      }\n      assistancePlan {\n        id version status targetOn goal caseId\n        risks { risk { id type occurredOn } measures { id kindName status } }\n        gaps { kind detail }\n      }\n      assistanceGaps { kind detail }\n      team { id version name role unit phone isPrimary userId }\n      visits { id visitedOn visitorName findings incomeCheck incomeNote photoRef measureChecks { measureId working } }\n    }\n  }\n": types.AssistanceHouseholdDocument,
    "\n  mutation AssistanceAddMeasure($householdId: String!, $input: MeasureInput!) {\n    addMeasure(householdId: $householdId, input: $input) { id }\n  }\n": types.AssistanceAddMeasureDocument,
    "\n  mutation AssistanceSetMeasureStatus($id: String!, $version: Int!, $status: MeasureStatus!) {\n    setMeasureStatus(id: $id, version: $version, status: $status) { id status }\n  }\n": types.AssistanceSetMeasureStatusDocument,
    "\n  mutation AssistanceCreatePlan($householdId: String!) {\n    createAssistancePlan(householdId: $householdId) { id }\n  }\n": types.AssistanceCreatePlanDocument,
    "\n  mutation AssistanceUpdatePlan($id: String!, $version: Int!, $input: PlanInput!) {\n    updateAssistancePlan(id: $id, version: $version, input: $input) { id status }\n  }\n": types.AssistanceUpdatePlanDocument,
    "\n  mutation AssistanceAddTeamMember($householdId: String!, $input: TeamMemberInput!) {\n    addTeamMember(householdId: $householdId, input: $input) { id }\n  }\n": types.AssistanceAddTeamMemberDocument,
    "\n  query AssistanceGapReport($divisionCode: String!, $kinds: [GapKind!], $offset: Int, $limit: Int) {\n    assistanceGaps(divisionCode: $divisionCode, kinds: $kinds, offset: $offset, limit: $limit) {\n      divisionCode asOf total\n      summary { divisionCode divisionName monitoredHouseholds total counts { kind count } }\n      children { divisionCode divisionName monitoredHouseholds total counts { kind count } }\n      items { kind householdId divisionCode detail household { id householdNumber head { name } division { name } } }\n    }\n  }\n": types.AssistanceGapReportDocument,
    "\n  query AssistanceContactPeople($divisionCode: String!) {\n    contactPeople(divisionCode: $divisionCode) {\n      member { id name role unit phone }\n      households { id householdNumber head { name } division { name } }\n    }\n  }\n": types.AssistanceContactPeopleDocument,
    "\n  query AssistanceMyHouseholds {\n    myHouseholds { id householdNumber head { name } division { name } assistancePlan { status } assistanceGaps { kind } }\n  }\n": types.AssistanceMyHouseholdsDocument,
    "\n  query AssistanceVisitsDue {\n    visitsDue {\n      householdId lastVisitOn dueOn overdue\n      household { id householdNumber address head { name } division { name } measures { id kindName status } }\n    }\n  }\n": types.AssistanceVisitsDueDocument,
    "\n  mutation AssistanceRecordVisit($input: VisitInput!) {\n    recordVisit(input: $input) { id clientKey visitedOn }\n  }\n": types.AssistanceRecordVisitDocument,
    "\n  fragment DivisionFields on Division {\n    code\n    name\n    level\n    parentCode\n  }\n": types.DivisionFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    roles\n    permissions\n    department\n    phone\n    disabled\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n  }\n": types.UserFieldsFragmentDoc,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": types.ConsoleLogoutDocument,
    "\n  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ConsoleChangePasswordDocument,
    "\n  query ConsoleRoleDefinitions {\n    roleDefinitions {\n      role\n      label\n      permissions\n    }\n  }\n": types.ConsoleRoleDefinitionsDocument,
    "\n  query ConsoleUsers(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $role: Role\n    $disabled: Boolean\n    $divisionCode: String\n  ) {\n    users(\n      offset: $offset\n      limit: $limit\n      search: $search\n      role: $role\n      disabled: $disabled\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": types.ConsoleUsersDocument,
    "\n  query ConsoleUser($id: String!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.ConsoleUserDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n": types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, version: $version, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n": types.ConsoleSetUserDisabledDocument,
    "\n  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {\n    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {\n      ...UserFields\n    }\n  }\n": types.ConsoleResetUserPasswordDocument,
    "\n  query ConsoleDivisions(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $level: DivisionLevel\n    $parentCode: String\n    $within: String\n  ) {\n    divisions(\n      offset: $offset\n      limit: $limit\n      search: $search\n      level: $level\n      parentCode: $parentCode\n      within: $within\n    ) {\n      total\n      items {\n        ...DivisionFields\n      }\n    }\n  }\n": types.ConsoleDivisionsDocument,
    "\n  query ConsoleDivision($code: String!) {\n    division(code: $code) {\n      ...DivisionFields\n      parent {\n        ...DivisionFields\n      }\n    }\n  }\n": types.ConsoleDivisionDocument,
    "\n  query ConsoleSearchDivisions($name: String!, $limit: Int!) {\n    searchDivisions(name: $name, limit: $limit) {\n      ...DivisionFields\n    }\n  }\n": types.ConsoleSearchDivisionsDocument,
    "\n  fragment ApiTokenFields on AccessToken {\n    id\n    kind\n    name\n    partnerName\n    role\n    divisionCode\n    tokenPrefix\n    createdAt\n    createdById\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ConsoleApiTokens($offset: Int!, $limit: Int!) {\n    apiTokens(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.ConsoleApiTokensDocument,
    "\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.ConsoleIssueApiTokenDocument,
    "\n  mutation ConsoleRevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.ConsoleRevokeApiTokenDocument,
    "\n  query ConsoleAuditEntries(\n    $offset: Int!\n    $limit: Int!\n    $action: AuditAction\n    $entityName: String\n    $entityId: String\n    $actorName: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditEntries(\n      offset: $offset\n      limit: $limit\n      action: $action\n      entityName: $entityName\n      entityId: $entityId\n      actorName: $actorName\n      from: $from\n      to: $to\n    ) {\n      total\n      items {\n        id\n        at\n        action\n        actorId\n        actorKind\n        actorName\n        entityName\n        entityId\n        divisionCode\n        changes\n        requestId\n      }\n    }\n  }\n": types.ConsoleAuditEntriesDocument,
    "\n  fragment HouseholdListFields on Household {\n    id\n    householdNumber\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    head {\n      id\n      name\n    }\n    category\n    memberCount\n    perCapitaNetIncome\n    incomeYear\n    status\n    noLabourCapacity\n    minimumLivingAllowance\n    extremePoverty\n    relocated\n    version\n  }\n": types.HouseholdListFieldsFragmentDoc,
    "\n  fragment MemberFields on Member {\n    id\n    householdId\n    name\n    idNumber\n    sex\n    birthDate\n    age\n    relation\n    ethnicity\n    education\n    schoolingStage\n    healthStatus\n    disabilityGrade\n    labourCapacity\n    workPlace\n    workMonths\n    medicalInsurance\n    criticalIllnessInsurance\n    pensionInsurance\n    minimumLivingAllowance\n    extremePoverty\n    status\n    removalReason\n    version\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment IncomeFields on HouseholdIncome {\n    id\n    year\n    memberCount\n    wages\n    operations\n    property\n    transfers\n    subsidies\n    productionCosts\n    medicalExpense\n    schoolingExpense\n    disasterExpense\n    accidentExpense\n    netIncome\n    perCapitaNetIncome\n    rigidExpenditure\n    updatedAt\n    version\n  }\n": types.IncomeFieldsFragmentDoc,
    "\n  fragment RiskFactorFields on RiskFactor {\n    id\n    householdId\n    memberId\n    type\n    source\n    status\n    amount\n    occurredOn\n    resolvedOn\n    note\n    warnings\n    createdAt\n    version\n  }\n": types.RiskFactorFieldsFragmentDoc,
    "\n  fragment CaseSummaryFields on MonitoringCase {\n    id\n    householdId\n    divisionCode\n    state\n    category\n    source\n    reasons\n    openedOn\n    identifiedOn\n    noticeEndsOn\n    closedOn\n    stateChangedAt\n    createdAt\n    version\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  fragment HouseholdDetailFields on Household {\n    ...HouseholdListFields\n    address\n    phone\n    archiveReason\n    createdAt\n    updatedAt\n    members {\n      ...MemberFields\n    }\n    incomes {\n      ...IncomeFields\n    }\n    riskFactors {\n      ...RiskFactorFields\n    }\n  }\n": types.HouseholdDetailFieldsFragmentDoc,
    "\n  query ConsoleHouseholds(\n    $offset: Int!\n    $limit: Int!\n    $filter: HouseholdFilter\n    $sortBy: HouseholdSortField!\n    $sortOrder: SortOrder!\n  ) {\n    households(offset: $offset, limit: $limit, filter: $filter, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        ...HouseholdListFields\n      }\n    }\n  }\n": types.ConsoleHouseholdsDocument,
    "\n  query ConsoleHousehold($id: String!, $withCases: Boolean!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n      monitoringCases @include(if: $withCases) {\n        ...CaseSummaryFields\n      }\n      openCase @include(if: $withCases) {\n        id\n        state\n      }\n    }\n  }\n": types.ConsoleHouseholdDocument,
    "\n  mutation ConsoleCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": types.ConsoleCreateHouseholdDocument,
    "\n  mutation ConsoleUpdateHousehold($id: String!, $version: Int!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, version: $version, input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n": types.ConsoleUpdateHouseholdDocument,
    "\n  mutation ConsoleArchiveHousehold($id: String!, $version: Int!, $reason: String!) {\n    archiveHousehold(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": types.ConsoleArchiveHouseholdDocument,
    "\n  mutation ConsoleSetHouseholdIncome($householdId: String!, $year: Int!, $version: Int, $input: IncomeInput!) {\n    setHouseholdIncome(householdId: $householdId, year: $year, version: $version, input: $input) {\n      ...IncomeFields\n    }\n  }\n": types.ConsoleSetHouseholdIncomeDocument,
    "\n  mutation ConsoleAddMember($householdId: String!, $input: MemberInput!) {\n    addMember(householdId: $householdId, input: $input) {\n      ...MemberFields\n    }\n  }\n": types.ConsoleAddMemberDocument,
    "\n  mutation ConsoleUpdateMember($id: String!, $version: Int!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, version: $version, input: $input) {\n      ...MemberFields\n    }\n  }\n": types.ConsoleUpdateMemberDocument,
    "\n  mutation ConsoleRemoveMember($id: String!, $version: Int!, $reason: String!) {\n    removeMember(id: $id, version: $version, reason: $reason) {\n      ...MemberFields\n    }\n  }\n": types.ConsoleRemoveMemberDocument,
    "\n  mutation ConsoleSetHouseholdHead($memberId: String!, $formerHeadRelation: Relation!) {\n    setHouseholdHead(memberId: $memberId, formerHeadRelation: $formerHeadRelation) {\n      id\n      version\n    }\n  }\n": types.ConsoleSetHouseholdHeadDocument,
    "\n  query ConsoleHouseholdImportTemplate {\n    householdImportTemplate {\n      filename\n      contentBase64\n    }\n  }\n": types.ConsoleHouseholdImportTemplateDocument,
    "\n  query ConsoleExportHouseholds($filter: HouseholdFilter) {\n    exportHouseholds(filter: $filter) {\n      filename\n      contentBase64\n    }\n  }\n": types.ConsoleExportHouseholdsDocument,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    filename\n    status\n    validOnly\n    totalRows\n    processedRows\n    importedHouseholds\n    importedMembers\n    skippedHouseholds\n    errorCount\n    errors {\n      row\n      column\n      message\n    }\n    message\n    createdBy\n    createdAt\n    finishedAt\n    version\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  mutation ConsoleImportHouseholds($fileBase64: String!, $filename: String, $validOnly: Boolean!) {\n    importHouseholds(fileBase64: $fileBase64, filename: $filename, validOnly: $validOnly) {\n      ...ImportJobFields\n    }\n  }\n": types.ConsoleImportHouseholdsDocument,
    "\n  query ConsoleImportJob($id: String!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": types.ConsoleImportJobDocument,
    "\n  mutation ConsoleAddRiskFactor($householdId: String!, $input: RiskFactorInput!) {\n    addRiskFactor(householdId: $householdId, input: $input) {\n      ...RiskFactorFields\n    }\n  }\n": types.ConsoleAddRiskFactorDocument,
    "\n  mutation ConsoleResolveRiskFactor($id: String!, $version: Int!, $resolvedOn: String!, $note: String) {\n    resolveRiskFactor(id: $id, version: $version, resolvedOn: $resolvedOn, note: $note) {\n      ...RiskFactorFields\n    }\n  }\n": types.ConsoleResolveRiskFactorDocument,
    "\n  fragment CaseListFields on MonitoringCase {\n    ...CaseSummaryFields\n    household {\n      id\n      householdNumber\n      head {\n        id\n        name\n      }\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.CaseListFieldsFragmentDoc,
    "\n  query ConsoleMonitoringCases(\n    $offset: Int!\n    $limit: Int!\n    $pendingForMe: Boolean\n    $overdue: Boolean\n    $states: [CaseState!]\n    $category: MonitoringCategory\n    $divisionCode: String\n  ) {\n    monitoringCases(\n      offset: $offset\n      limit: $limit\n      pendingForMe: $pendingForMe\n      overdue: $overdue\n      states: $states\n      category: $category\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...CaseListFields\n      }\n    }\n  }\n": types.ConsoleMonitoringCasesDocument,
    "\n  query ConsoleMonitoringCaseCount($pendingForMe: Boolean, $overdue: Boolean, $states: [CaseState!]) {\n    monitoringCases(offset: 0, limit: 1, pendingForMe: $pendingForMe, overdue: $overdue, states: $states) {\n      total\n    }\n  }\n": types.ConsoleMonitoringCaseCountDocument,
    "\n  fragment CaseEventFields on CaseEvent {\n    id\n    at\n    action\n    actorName\n    fromState\n    toState\n    note\n  }\n": types.CaseEventFieldsFragmentDoc,
    "\n  query ConsoleMonitoringCase($id: String!) {\n    monitoringCase(id: $id) {\n      ...CaseSummaryFields\n      updatedAt\n      availableActions\n      events {\n        ...CaseEventFields\n      }\n      household {\n        ...HouseholdListFields\n        address\n        riskFactors {\n          ...RiskFactorFields\n        }\n      }\n    }\n  }\n": types.ConsoleMonitoringCaseDocument,
    "\n  mutation ConsoleActOnCase($caseId: String!, $version: Int!, $action: CaseAction!, $note: String, $category: MonitoringCategory) {\n    actOnCase(caseId: $caseId, version: $version, action: $action, note: $note, category: $category) {\n      ...CaseSummaryFields\n      availableActions\n    }\n  }\n": types.ConsoleActOnCaseDocument,
    "\n  mutation ConsoleOpenLead($input: OpenLeadInput!) {\n    openLead(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": types.ConsoleOpenLeadDocument,
    "\n  mutation ConsoleIdentifyHouseholds($divisionCode: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $divisionCode, year: $year) {\n      divisionCode\n      year\n      matched\n      leadsOpened\n      alreadyOpen\n      villagesWithoutLine\n    }\n  }\n": types.ConsoleIdentifyHouseholdsDocument,
    "\n  fragment PolicyValues on MonitoringPolicy {\n    incomeLine\n    rigidExpenditureShare\n    incomeDropShare\n    subsidyShareWarning\n    exitStabilityMonths\n    publicNoticeDays\n    expectedMonitoredRatio\n    maxMonitoredRatio\n    overdueDays\n    medicalSelfPayThreshold\n    disasterLossThreshold\n  }\n": types.PolicyValuesFragmentDoc,
    "\n  query ConsoleEffectivePolicy($divisionCode: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $divisionCode, year: $year) {\n      divisionCode\n      year\n      incomeLine\n      rigidExpenditureShare\n      incomeDropShare\n      subsidyShareWarning\n      exitStabilityMonths\n      publicNoticeDays\n      expectedMonitoredRatio\n      maxMonitoredRatio\n      overdueDays\n      medicalSelfPayThreshold\n      disasterLossThreshold\n      sources {\n        field\n        divisionCode\n      }\n    }\n    policies(year: $year) {\n      id\n      divisionCode\n      year\n      ...PolicyValues\n      updatedAt\n      version\n    }\n  }\n": types.ConsoleEffectivePolicyDocument,
    "\n  mutation ConsoleSetPolicy($divisionCode: String!, $year: Int!, $input: PolicyInput!) {\n    setPolicy(divisionCode: $divisionCode, year: $year, input: $input) {\n      id\n      divisionCode\n      year\n      ...PolicyValues\n      version\n    }\n  }\n": types.ConsoleSetPolicyDocument,
    "\n  fragment SupervisionRowFields on SupervisionRow {\n    divisionCode\n    divisionName\n    persons\n    monitoredPersons\n    monitoredRatio\n    expectedRatio\n    maxRatio\n    ratioFlag\n    overdueCases\n    byState {\n      state\n      cases\n    }\n  }\n": types.SupervisionRowFieldsFragmentDoc,
    "\n  query ConsoleSupervision($divisionCode: String!) {\n    supervision(divisionCode: $divisionCode) {\n      overdueDays\n      total {\n        ...SupervisionRowFields\n      }\n      children {\n        ...SupervisionRowFields\n      }\n    }\n  }\n": types.ConsoleSupervisionDocument,
    "\n  fragment DepartmentWarningFields on DepartmentWarning {\n    id\n    householdId\n    memberId\n    divisionCode\n    department\n    kind\n    amount\n    grade\n    occurredOn\n    reason\n    status\n    handledBy\n    handleNote\n    caseId\n    createdAt\n    version\n    household {\n      id\n      householdNumber\n      category\n      head {\n        id\n        name\n      }\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.DepartmentWarningFieldsFragmentDoc,
    "\n  query ConsoleDepartmentWarnings($offset: Int!, $limit: Int!, $status: WarningStatus, $divisionCode: String) {\n    departmentWarnings(offset: $offset, limit: $limit, status: $status, divisionCode: $divisionCode) {\n      total\n      items {\n        ...DepartmentWarningFields\n      }\n    }\n  }\n": types.ConsoleDepartmentWarningsDocument,
    "\n  mutation ConsoleConvertWarningToLead($id: String!, $version: Int!, $category: MonitoringCategory!) {\n    convertWarningToLead(id: $id, version: $version, category: $category) {\n      ...DepartmentWarningFields\n    }\n  }\n": types.ConsoleConvertWarningToLeadDocument,
    "\n  mutation ConsoleDismissWarning($id: String!, $version: Int!, $reason: String!) {\n    dismissWarning(id: $id, version: $version, reason: $reason) {\n      ...DepartmentWarningFields\n    }\n  }\n": types.ConsoleDismissWarningDocument,
    "\n  fragment DepartmentBatchFields on DepartmentBatch {\n    id\n    department\n    divisionCode\n    submittedBy\n    status\n    total\n    processed\n    matched\n    warnings\n    unmatchedCount\n    message\n    createdAt\n    updatedAt\n    version\n  }\n": types.DepartmentBatchFieldsFragmentDoc,
    "\n  query ConsoleDepartmentBatches($offset: Int!, $limit: Int!) {\n    departmentBatches(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DepartmentBatchFields\n      }\n    }\n  }\n": types.ConsoleDepartmentBatchesDocument,
    "\n  query ConsoleDepartmentBatch($id: String!) {\n    departmentBatch(id: $id) {\n      ...DepartmentBatchFields\n      invalid\n      unmatched\n    }\n  }\n": types.ConsoleDepartmentBatchDocument,
    "\n  mutation ConsoleSubmitDepartmentRecords($fileBase64: String!) {\n    submitDepartmentRecords(fileBase64: $fileBase64) {\n      ...DepartmentBatchFields\n      invalid\n      unmatched\n    }\n  }\n": types.ConsoleSubmitDepartmentRecordsDocument,
    "\n  query HouseholdHistory($id: String!) {\n    household(id: $id) {\n      id\n      history { id at action actorKind actorName entityName entityId changes }\n    }\n  }\n": types.HouseholdHistoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceMeasureKinds($divisionCode: String!) {\n    measureKinds(divisionCode: $divisionCode) {\n      code name nature requiredFields maxAmount maxTermMonths incomeSource answersRisks active description definedBy national\n    }\n  }\n"): (typeof documents)["\n  query AssistanceMeasureKinds($divisionCode: String!) {\n    measureKinds(divisionCode: $divisionCode) {\n      code name nature requiredFields maxAmount maxTermMonths incomeSource answersRisks active description definedBy national\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceSetMeasureKind($divisionCode: String!, $input: MeasureKindInput!) {\n    setMeasureKind(divisionCode: $divisionCode, input: $input) { id code }\n  }\n"): (typeof documents)["\n  mutation AssistanceSetMeasureKind($divisionCode: String!, $input: MeasureKindInput!) {\n    setMeasureKind(divisionCode: $divisionCode, input: $input) { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceHousehold($id: String!) {\n    household(id: $id) {\n      id householdNumber divisionCode status\n      head { name }\n      members { id name labourCapacity workMonths }\n      riskFactors { id type status occurredOn }\n      openCase { id state identifiedOn }\n      incomes { year assistanceContributions { measureId kindName incomeSource amount } }\n      measures {\n        id version kindCode kindName nature incomeSource amount startsOn endsOn responsibleUnit responsiblePerson status post monthlyPay\n        riskFactorIds note member { name }\n      }\n      assistancePlan {\n        id version status targetOn goal caseId\n        risks { risk { id type occurredOn } measures { id kindName status } }\n        gaps { kind detail }\n      }\n      assistanceGaps { kind detail }\n      team { id version name role unit phone isPrimary userId }\n      visits { id visitedOn visitorName findings incomeCheck incomeNote photoRef measureChecks { measureId working } }\n    }\n  }\n"): (typeof documents)["\n  query AssistanceHousehold($id: String!) {\n    household(id: $id) {\n      id householdNumber divisionCode status\n      head { name }\n      members { id name labourCapacity workMonths }\n      riskFactors { id type status occurredOn }\n      openCase { id state identifiedOn }\n      incomes { year assistanceContributions { measureId kindName incomeSource amount } }\n      measures {\n        id version kindCode kindName nature incomeSource amount startsOn endsOn responsibleUnit responsiblePerson status post monthlyPay\n        riskFactorIds note member { name }\n      }\n      assistancePlan {\n        id version status targetOn goal caseId\n        risks { risk { id type occurredOn } measures { id kindName status } }\n        gaps { kind detail }\n      }\n      assistanceGaps { kind detail }\n      team { id version name role unit phone isPrimary userId }\n      visits { id visitedOn visitorName findings incomeCheck incomeNote photoRef measureChecks { measureId working } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceAddMeasure($householdId: String!, $input: MeasureInput!) {\n    addMeasure(householdId: $householdId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AssistanceAddMeasure($householdId: String!, $input: MeasureInput!) {\n    addMeasure(householdId: $householdId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceSetMeasureStatus($id: String!, $version: Int!, $status: MeasureStatus!) {\n    setMeasureStatus(id: $id, version: $version, status: $status) { id status }\n  }\n"): (typeof documents)["\n  mutation AssistanceSetMeasureStatus($id: String!, $version: Int!, $status: MeasureStatus!) {\n    setMeasureStatus(id: $id, version: $version, status: $status) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceCreatePlan($householdId: String!) {\n    createAssistancePlan(householdId: $householdId) { id }\n  }\n"): (typeof documents)["\n  mutation AssistanceCreatePlan($householdId: String!) {\n    createAssistancePlan(householdId: $householdId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceUpdatePlan($id: String!, $version: Int!, $input: PlanInput!) {\n    updateAssistancePlan(id: $id, version: $version, input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation AssistanceUpdatePlan($id: String!, $version: Int!, $input: PlanInput!) {\n    updateAssistancePlan(id: $id, version: $version, input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceAddTeamMember($householdId: String!, $input: TeamMemberInput!) {\n    addTeamMember(householdId: $householdId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AssistanceAddTeamMember($householdId: String!, $input: TeamMemberInput!) {\n    addTeamMember(householdId: $householdId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceGapReport($divisionCode: String!, $kinds: [GapKind!], $offset: Int, $limit: Int) {\n    assistanceGaps(divisionCode: $divisionCode, kinds: $kinds, offset: $offset, limit: $limit) {\n      divisionCode asOf total\n      summary { divisionCode divisionName monitoredHouseholds total counts { kind count } }\n      children { divisionCode divisionName monitoredHouseholds total counts { kind count } }\n      items { kind householdId divisionCode detail household { id householdNumber head { name } division { name } } }\n    }\n  }\n"): (typeof documents)["\n  query AssistanceGapReport($divisionCode: String!, $kinds: [GapKind!], $offset: Int, $limit: Int) {\n    assistanceGaps(divisionCode: $divisionCode, kinds: $kinds, offset: $offset, limit: $limit) {\n      divisionCode asOf total\n      summary { divisionCode divisionName monitoredHouseholds total counts { kind count } }\n      children { divisionCode divisionName monitoredHouseholds total counts { kind count } }\n      items { kind householdId divisionCode detail household { id householdNumber head { name } division { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceContactPeople($divisionCode: String!) {\n    contactPeople(divisionCode: $divisionCode) {\n      member { id name role unit phone }\n      households { id householdNumber head { name } division { name } }\n    }\n  }\n"): (typeof documents)["\n  query AssistanceContactPeople($divisionCode: String!) {\n    contactPeople(divisionCode: $divisionCode) {\n      member { id name role unit phone }\n      households { id householdNumber head { name } division { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceMyHouseholds {\n    myHouseholds { id householdNumber head { name } division { name } assistancePlan { status } assistanceGaps { kind } }\n  }\n"): (typeof documents)["\n  query AssistanceMyHouseholds {\n    myHouseholds { id householdNumber head { name } division { name } assistancePlan { status } assistanceGaps { kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceVisitsDue {\n    visitsDue {\n      householdId lastVisitOn dueOn overdue\n      household { id householdNumber address head { name } division { name } measures { id kindName status } }\n    }\n  }\n"): (typeof documents)["\n  query AssistanceVisitsDue {\n    visitsDue {\n      householdId lastVisitOn dueOn overdue\n      household { id householdNumber address head { name } division { name } measures { id kindName status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssistanceRecordVisit($input: VisitInput!) {\n    recordVisit(input: $input) { id clientKey visitedOn }\n  }\n"): (typeof documents)["\n  mutation AssistanceRecordVisit($input: VisitInput!) {\n    recordVisit(input: $input) { id clientKey visitedOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DivisionFields on Division {\n    code\n    name\n    level\n    parentCode\n  }\n"): (typeof documents)["\n  fragment DivisionFields on Division {\n    code\n    name\n    level\n    parentCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    roles\n    permissions\n    department\n    phone\n    disabled\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    roles\n    permissions\n    department\n    phone\n    disabled\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRoleDefinitions {\n    roleDefinitions {\n      role\n      label\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query ConsoleRoleDefinitions {\n    roleDefinitions {\n      role\n      label\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUsers(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $role: Role\n    $disabled: Boolean\n    $divisionCode: String\n  ) {\n    users(\n      offset: $offset\n      limit: $limit\n      search: $search\n      role: $role\n      disabled: $disabled\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUsers(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $role: Role\n    $disabled: Boolean\n    $divisionCode: String\n  ) {\n    users(\n      offset: $offset\n      limit: $limit\n      search: $search\n      role: $role\n      disabled: $disabled\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUser($id: String!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUser($id: String!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, version: $version, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, version: $version, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {\n    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {\n    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivisions(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $level: DivisionLevel\n    $parentCode: String\n    $within: String\n  ) {\n    divisions(\n      offset: $offset\n      limit: $limit\n      search: $search\n      level: $level\n      parentCode: $parentCode\n      within: $within\n    ) {\n      total\n      items {\n        ...DivisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivisions(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $level: DivisionLevel\n    $parentCode: String\n    $within: String\n  ) {\n    divisions(\n      offset: $offset\n      limit: $limit\n      search: $search\n      level: $level\n      parentCode: $parentCode\n      within: $within\n    ) {\n      total\n      items {\n        ...DivisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivision($code: String!) {\n    division(code: $code) {\n      ...DivisionFields\n      parent {\n        ...DivisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivision($code: String!) {\n    division(code: $code) {\n      ...DivisionFields\n      parent {\n        ...DivisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSearchDivisions($name: String!, $limit: Int!) {\n    searchDivisions(name: $name, limit: $limit) {\n      ...DivisionFields\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSearchDivisions($name: String!, $limit: Int!) {\n    searchDivisions(name: $name, limit: $limit) {\n      ...DivisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on AccessToken {\n    id\n    kind\n    name\n    partnerName\n    role\n    divisionCode\n    tokenPrefix\n    createdAt\n    createdById\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on AccessToken {\n    id\n    kind\n    name\n    partnerName\n    role\n    divisionCode\n    tokenPrefix\n    createdAt\n    createdById\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApiTokens($offset: Int!, $limit: Int!) {\n    apiTokens(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleApiTokens($offset: Int!, $limit: Int!) {\n    apiTokens(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditEntries(\n    $offset: Int!\n    $limit: Int!\n    $action: AuditAction\n    $entityName: String\n    $entityId: String\n    $actorName: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditEntries(\n      offset: $offset\n      limit: $limit\n      action: $action\n      entityName: $entityName\n      entityId: $entityId\n      actorName: $actorName\n      from: $from\n      to: $to\n    ) {\n      total\n      items {\n        id\n        at\n        action\n        actorId\n        actorKind\n        actorName\n        entityName\n        entityId\n        divisionCode\n        changes\n        requestId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditEntries(\n    $offset: Int!\n    $limit: Int!\n    $action: AuditAction\n    $entityName: String\n    $entityId: String\n    $actorName: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditEntries(\n      offset: $offset\n      limit: $limit\n      action: $action\n      entityName: $entityName\n      entityId: $entityId\n      actorName: $actorName\n      from: $from\n      to: $to\n    ) {\n      total\n      items {\n        id\n        at\n        action\n        actorId\n        actorKind\n        actorName\n        entityName\n        entityId\n        divisionCode\n        changes\n        requestId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdListFields on Household {\n    id\n    householdNumber\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    head {\n      id\n      name\n    }\n    category\n    memberCount\n    perCapitaNetIncome\n    incomeYear\n    status\n    noLabourCapacity\n    minimumLivingAllowance\n    extremePoverty\n    relocated\n    version\n  }\n"): (typeof documents)["\n  fragment HouseholdListFields on Household {\n    id\n    householdNumber\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    head {\n      id\n      name\n    }\n    category\n    memberCount\n    perCapitaNetIncome\n    incomeYear\n    status\n    noLabourCapacity\n    minimumLivingAllowance\n    extremePoverty\n    relocated\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    householdId\n    name\n    idNumber\n    sex\n    birthDate\n    age\n    relation\n    ethnicity\n    education\n    schoolingStage\n    healthStatus\n    disabilityGrade\n    labourCapacity\n    workPlace\n    workMonths\n    medicalInsurance\n    criticalIllnessInsurance\n    pensionInsurance\n    minimumLivingAllowance\n    extremePoverty\n    status\n    removalReason\n    version\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    householdId\n    name\n    idNumber\n    sex\n    birthDate\n    age\n    relation\n    ethnicity\n    education\n    schoolingStage\n    healthStatus\n    disabilityGrade\n    labourCapacity\n    workPlace\n    workMonths\n    medicalInsurance\n    criticalIllnessInsurance\n    pensionInsurance\n    minimumLivingAllowance\n    extremePoverty\n    status\n    removalReason\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncomeFields on HouseholdIncome {\n    id\n    year\n    memberCount\n    wages\n    operations\n    property\n    transfers\n    subsidies\n    productionCosts\n    medicalExpense\n    schoolingExpense\n    disasterExpense\n    accidentExpense\n    netIncome\n    perCapitaNetIncome\n    rigidExpenditure\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment IncomeFields on HouseholdIncome {\n    id\n    year\n    memberCount\n    wages\n    operations\n    property\n    transfers\n    subsidies\n    productionCosts\n    medicalExpense\n    schoolingExpense\n    disasterExpense\n    accidentExpense\n    netIncome\n    perCapitaNetIncome\n    rigidExpenditure\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RiskFactorFields on RiskFactor {\n    id\n    householdId\n    memberId\n    type\n    source\n    status\n    amount\n    occurredOn\n    resolvedOn\n    note\n    warnings\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment RiskFactorFields on RiskFactor {\n    id\n    householdId\n    memberId\n    type\n    source\n    status\n    amount\n    occurredOn\n    resolvedOn\n    note\n    warnings\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummaryFields on MonitoringCase {\n    id\n    householdId\n    divisionCode\n    state\n    category\n    source\n    reasons\n    openedOn\n    identifiedOn\n    noticeEndsOn\n    closedOn\n    stateChangedAt\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment CaseSummaryFields on MonitoringCase {\n    id\n    householdId\n    divisionCode\n    state\n    category\n    source\n    reasons\n    openedOn\n    identifiedOn\n    noticeEndsOn\n    closedOn\n    stateChangedAt\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdDetailFields on Household {\n    ...HouseholdListFields\n    address\n    phone\n    archiveReason\n    createdAt\n    updatedAt\n    members {\n      ...MemberFields\n    }\n    incomes {\n      ...IncomeFields\n    }\n    riskFactors {\n      ...RiskFactorFields\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdDetailFields on Household {\n    ...HouseholdListFields\n    address\n    phone\n    archiveReason\n    createdAt\n    updatedAt\n    members {\n      ...MemberFields\n    }\n    incomes {\n      ...IncomeFields\n    }\n    riskFactors {\n      ...RiskFactorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHouseholds(\n    $offset: Int!\n    $limit: Int!\n    $filter: HouseholdFilter\n    $sortBy: HouseholdSortField!\n    $sortOrder: SortOrder!\n  ) {\n    households(offset: $offset, limit: $limit, filter: $filter, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        ...HouseholdListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHouseholds(\n    $offset: Int!\n    $limit: Int!\n    $filter: HouseholdFilter\n    $sortBy: HouseholdSortField!\n    $sortOrder: SortOrder!\n  ) {\n    households(offset: $offset, limit: $limit, filter: $filter, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        ...HouseholdListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHousehold($id: String!, $withCases: Boolean!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n      monitoringCases @include(if: $withCases) {\n        ...CaseSummaryFields\n      }\n      openCase @include(if: $withCases) {\n        id\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHousehold($id: String!, $withCases: Boolean!) {\n    household(id: $id) {\n      ...HouseholdDetailFields\n      monitoringCases @include(if: $withCases) {\n        ...CaseSummaryFields\n      }\n      openCase @include(if: $withCases) {\n        id\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateHousehold($id: String!, $version: Int!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, version: $version, input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateHousehold($id: String!, $version: Int!, $input: UpdateHouseholdInput!) {\n    updateHousehold(id: $id, version: $version, input: $input) {\n      ...HouseholdDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleArchiveHousehold($id: String!, $version: Int!, $reason: String!) {\n    archiveHousehold(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleArchiveHousehold($id: String!, $version: Int!, $reason: String!) {\n    archiveHousehold(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetHouseholdIncome($householdId: String!, $year: Int!, $version: Int, $input: IncomeInput!) {\n    setHouseholdIncome(householdId: $householdId, year: $year, version: $version, input: $input) {\n      ...IncomeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetHouseholdIncome($householdId: String!, $year: Int!, $version: Int, $input: IncomeInput!) {\n    setHouseholdIncome(householdId: $householdId, year: $year, version: $version, input: $input) {\n      ...IncomeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddMember($householdId: String!, $input: MemberInput!) {\n    addMember(householdId: $householdId, input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddMember($householdId: String!, $input: MemberInput!) {\n    addMember(householdId: $householdId, input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateMember($id: String!, $version: Int!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, version: $version, input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateMember($id: String!, $version: Int!, $input: UpdateMemberInput!) {\n    updateMember(id: $id, version: $version, input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveMember($id: String!, $version: Int!, $reason: String!) {\n    removeMember(id: $id, version: $version, reason: $reason) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveMember($id: String!, $version: Int!, $reason: String!) {\n    removeMember(id: $id, version: $version, reason: $reason) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetHouseholdHead($memberId: String!, $formerHeadRelation: Relation!) {\n    setHouseholdHead(memberId: $memberId, formerHeadRelation: $formerHeadRelation) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetHouseholdHead($memberId: String!, $formerHeadRelation: Relation!) {\n    setHouseholdHead(memberId: $memberId, formerHeadRelation: $formerHeadRelation) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHouseholdImportTemplate {\n    householdImportTemplate {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHouseholdImportTemplate {\n    householdImportTemplate {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExportHouseholds($filter: HouseholdFilter) {\n    exportHouseholds(filter: $filter) {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query ConsoleExportHouseholds($filter: HouseholdFilter) {\n    exportHouseholds(filter: $filter) {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    filename\n    status\n    validOnly\n    totalRows\n    processedRows\n    importedHouseholds\n    importedMembers\n    skippedHouseholds\n    errorCount\n    errors {\n      row\n      column\n      message\n    }\n    message\n    createdBy\n    createdAt\n    finishedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ImportJobFields on ImportJob {\n    id\n    kind\n    filename\n    status\n    validOnly\n    totalRows\n    processedRows\n    importedHouseholds\n    importedMembers\n    skippedHouseholds\n    errorCount\n    errors {\n      row\n      column\n      message\n    }\n    message\n    createdBy\n    createdAt\n    finishedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportHouseholds($fileBase64: String!, $filename: String, $validOnly: Boolean!) {\n    importHouseholds(fileBase64: $fileBase64, filename: $filename, validOnly: $validOnly) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportHouseholds($fileBase64: String!, $filename: String, $validOnly: Boolean!) {\n    importHouseholds(fileBase64: $fileBase64, filename: $filename, validOnly: $validOnly) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleImportJob($id: String!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  query ConsoleImportJob($id: String!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAddRiskFactor($householdId: String!, $input: RiskFactorInput!) {\n    addRiskFactor(householdId: $householdId, input: $input) {\n      ...RiskFactorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleAddRiskFactor($householdId: String!, $input: RiskFactorInput!) {\n    addRiskFactor(householdId: $householdId, input: $input) {\n      ...RiskFactorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResolveRiskFactor($id: String!, $version: Int!, $resolvedOn: String!, $note: String) {\n    resolveRiskFactor(id: $id, version: $version, resolvedOn: $resolvedOn, note: $note) {\n      ...RiskFactorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleResolveRiskFactor($id: String!, $version: Int!, $resolvedOn: String!, $note: String) {\n    resolveRiskFactor(id: $id, version: $version, resolvedOn: $resolvedOn, note: $note) {\n      ...RiskFactorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListFields on MonitoringCase {\n    ...CaseSummaryFields\n    household {\n      id\n      householdNumber\n      head {\n        id\n        name\n      }\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListFields on MonitoringCase {\n    ...CaseSummaryFields\n    household {\n      id\n      householdNumber\n      head {\n        id\n        name\n      }\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMonitoringCases(\n    $offset: Int!\n    $limit: Int!\n    $pendingForMe: Boolean\n    $overdue: Boolean\n    $states: [CaseState!]\n    $category: MonitoringCategory\n    $divisionCode: String\n  ) {\n    monitoringCases(\n      offset: $offset\n      limit: $limit\n      pendingForMe: $pendingForMe\n      overdue: $overdue\n      states: $states\n      category: $category\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...CaseListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMonitoringCases(\n    $offset: Int!\n    $limit: Int!\n    $pendingForMe: Boolean\n    $overdue: Boolean\n    $states: [CaseState!]\n    $category: MonitoringCategory\n    $divisionCode: String\n  ) {\n    monitoringCases(\n      offset: $offset\n      limit: $limit\n      pendingForMe: $pendingForMe\n      overdue: $overdue\n      states: $states\n      category: $category\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...CaseListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMonitoringCaseCount($pendingForMe: Boolean, $overdue: Boolean, $states: [CaseState!]) {\n    monitoringCases(offset: 0, limit: 1, pendingForMe: $pendingForMe, overdue: $overdue, states: $states) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMonitoringCaseCount($pendingForMe: Boolean, $overdue: Boolean, $states: [CaseState!]) {\n    monitoringCases(offset: 0, limit: 1, pendingForMe: $pendingForMe, overdue: $overdue, states: $states) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseEventFields on CaseEvent {\n    id\n    at\n    action\n    actorName\n    fromState\n    toState\n    note\n  }\n"): (typeof documents)["\n  fragment CaseEventFields on CaseEvent {\n    id\n    at\n    action\n    actorName\n    fromState\n    toState\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMonitoringCase($id: String!) {\n    monitoringCase(id: $id) {\n      ...CaseSummaryFields\n      updatedAt\n      availableActions\n      events {\n        ...CaseEventFields\n      }\n      household {\n        ...HouseholdListFields\n        address\n        riskFactors {\n          ...RiskFactorFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMonitoringCase($id: String!) {\n    monitoringCase(id: $id) {\n      ...CaseSummaryFields\n      updatedAt\n      availableActions\n      events {\n        ...CaseEventFields\n      }\n      household {\n        ...HouseholdListFields\n        address\n        riskFactors {\n          ...RiskFactorFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleActOnCase($caseId: String!, $version: Int!, $action: CaseAction!, $note: String, $category: MonitoringCategory) {\n    actOnCase(caseId: $caseId, version: $version, action: $action, note: $note, category: $category) {\n      ...CaseSummaryFields\n      availableActions\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleActOnCase($caseId: String!, $version: Int!, $action: CaseAction!, $note: String, $category: MonitoringCategory) {\n    actOnCase(caseId: $caseId, version: $version, action: $action, note: $note, category: $category) {\n      ...CaseSummaryFields\n      availableActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleOpenLead($input: OpenLeadInput!) {\n    openLead(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleOpenLead($input: OpenLeadInput!) {\n    openLead(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIdentifyHouseholds($divisionCode: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $divisionCode, year: $year) {\n      divisionCode\n      year\n      matched\n      leadsOpened\n      alreadyOpen\n      villagesWithoutLine\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleIdentifyHouseholds($divisionCode: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $divisionCode, year: $year) {\n      divisionCode\n      year\n      matched\n      leadsOpened\n      alreadyOpen\n      villagesWithoutLine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyValues on MonitoringPolicy {\n    incomeLine\n    rigidExpenditureShare\n    incomeDropShare\n    subsidyShareWarning\n    exitStabilityMonths\n    publicNoticeDays\n    expectedMonitoredRatio\n    maxMonitoredRatio\n    overdueDays\n    medicalSelfPayThreshold\n    disasterLossThreshold\n  }\n"): (typeof documents)["\n  fragment PolicyValues on MonitoringPolicy {\n    incomeLine\n    rigidExpenditureShare\n    incomeDropShare\n    subsidyShareWarning\n    exitStabilityMonths\n    publicNoticeDays\n    expectedMonitoredRatio\n    maxMonitoredRatio\n    overdueDays\n    medicalSelfPayThreshold\n    disasterLossThreshold\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEffectivePolicy($divisionCode: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $divisionCode, year: $year) {\n      divisionCode\n      year\n      incomeLine\n      rigidExpenditureShare\n      incomeDropShare\n      subsidyShareWarning\n      exitStabilityMonths\n      publicNoticeDays\n      expectedMonitoredRatio\n      maxMonitoredRatio\n      overdueDays\n      medicalSelfPayThreshold\n      disasterLossThreshold\n      sources {\n        field\n        divisionCode\n      }\n    }\n    policies(year: $year) {\n      id\n      divisionCode\n      year\n      ...PolicyValues\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEffectivePolicy($divisionCode: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $divisionCode, year: $year) {\n      divisionCode\n      year\n      incomeLine\n      rigidExpenditureShare\n      incomeDropShare\n      subsidyShareWarning\n      exitStabilityMonths\n      publicNoticeDays\n      expectedMonitoredRatio\n      maxMonitoredRatio\n      overdueDays\n      medicalSelfPayThreshold\n      disasterLossThreshold\n      sources {\n        field\n        divisionCode\n      }\n    }\n    policies(year: $year) {\n      id\n      divisionCode\n      year\n      ...PolicyValues\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetPolicy($divisionCode: String!, $year: Int!, $input: PolicyInput!) {\n    setPolicy(divisionCode: $divisionCode, year: $year, input: $input) {\n      id\n      divisionCode\n      year\n      ...PolicyValues\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetPolicy($divisionCode: String!, $year: Int!, $input: PolicyInput!) {\n    setPolicy(divisionCode: $divisionCode, year: $year, input: $input) {\n      id\n      divisionCode\n      year\n      ...PolicyValues\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionRowFields on SupervisionRow {\n    divisionCode\n    divisionName\n    persons\n    monitoredPersons\n    monitoredRatio\n    expectedRatio\n    maxRatio\n    ratioFlag\n    overdueCases\n    byState {\n      state\n      cases\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionRowFields on SupervisionRow {\n    divisionCode\n    divisionName\n    persons\n    monitoredPersons\n    monitoredRatio\n    expectedRatio\n    maxRatio\n    ratioFlag\n    overdueCases\n    byState {\n      state\n      cases\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSupervision($divisionCode: String!) {\n    supervision(divisionCode: $divisionCode) {\n      overdueDays\n      total {\n        ...SupervisionRowFields\n      }\n      children {\n        ...SupervisionRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSupervision($divisionCode: String!) {\n    supervision(divisionCode: $divisionCode) {\n      overdueDays\n      total {\n        ...SupervisionRowFields\n      }\n      children {\n        ...SupervisionRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentWarningFields on DepartmentWarning {\n    id\n    householdId\n    memberId\n    divisionCode\n    department\n    kind\n    amount\n    grade\n    occurredOn\n    reason\n    status\n    handledBy\n    handleNote\n    caseId\n    createdAt\n    version\n    household {\n      id\n      householdNumber\n      category\n      head {\n        id\n        name\n      }\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DepartmentWarningFields on DepartmentWarning {\n    id\n    householdId\n    memberId\n    divisionCode\n    department\n    kind\n    amount\n    grade\n    occurredOn\n    reason\n    status\n    handledBy\n    handleNote\n    caseId\n    createdAt\n    version\n    household {\n      id\n      householdNumber\n      category\n      head {\n        id\n        name\n      }\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDepartmentWarnings($offset: Int!, $limit: Int!, $status: WarningStatus, $divisionCode: String) {\n    departmentWarnings(offset: $offset, limit: $limit, status: $status, divisionCode: $divisionCode) {\n      total\n      items {\n        ...DepartmentWarningFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDepartmentWarnings($offset: Int!, $limit: Int!, $status: WarningStatus, $divisionCode: String) {\n    departmentWarnings(offset: $offset, limit: $limit, status: $status, divisionCode: $divisionCode) {\n      total\n      items {\n        ...DepartmentWarningFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleConvertWarningToLead($id: String!, $version: Int!, $category: MonitoringCategory!) {\n    convertWarningToLead(id: $id, version: $version, category: $category) {\n      ...DepartmentWarningFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleConvertWarningToLead($id: String!, $version: Int!, $category: MonitoringCategory!) {\n    convertWarningToLead(id: $id, version: $version, category: $category) {\n      ...DepartmentWarningFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDismissWarning($id: String!, $version: Int!, $reason: String!) {\n    dismissWarning(id: $id, version: $version, reason: $reason) {\n      ...DepartmentWarningFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleDismissWarning($id: String!, $version: Int!, $reason: String!) {\n    dismissWarning(id: $id, version: $version, reason: $reason) {\n      ...DepartmentWarningFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentBatchFields on DepartmentBatch {\n    id\n    department\n    divisionCode\n    submittedBy\n    status\n    total\n    processed\n    matched\n    warnings\n    unmatchedCount\n    message\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment DepartmentBatchFields on DepartmentBatch {\n    id\n    department\n    divisionCode\n    submittedBy\n    status\n    total\n    processed\n    matched\n    warnings\n    unmatchedCount\n    message\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDepartmentBatches($offset: Int!, $limit: Int!) {\n    departmentBatches(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DepartmentBatchFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDepartmentBatches($offset: Int!, $limit: Int!) {\n    departmentBatches(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...DepartmentBatchFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDepartmentBatch($id: String!) {\n    departmentBatch(id: $id) {\n      ...DepartmentBatchFields\n      invalid\n      unmatched\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDepartmentBatch($id: String!) {\n    departmentBatch(id: $id) {\n      ...DepartmentBatchFields\n      invalid\n      unmatched\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitDepartmentRecords($fileBase64: String!) {\n    submitDepartmentRecords(fileBase64: $fileBase64) {\n      ...DepartmentBatchFields\n      invalid\n      unmatched\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSubmitDepartmentRecords($fileBase64: String!) {\n    submitDepartmentRecords(fileBase64: $fileBase64) {\n      ...DepartmentBatchFields\n      invalid\n      unmatched\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdHistory($id: String!) {\n    household(id: $id) {\n      id\n      history { id at action actorKind actorName entityName entityId changes }\n    }\n  }\n"): (typeof documents)["\n  query HouseholdHistory($id: String!) {\n    household(id: $id) {\n      id\n      history { id at action actorKind actorName entityName entityId changes }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;