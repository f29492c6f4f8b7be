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
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username roles division { code name level } }\n    }\n  }\n": typeof types.TestLoginDocument,
    "query TestMe { me { id username roles permissions division { code name level } } }": typeof types.TestMeDocument,
    "\n  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String, $mode: ImportMode) {\n    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename, mode: $mode) { id status filename divisionCode createdBy mode }\n  }\n": typeof types.TestImportHouseholdsDocument,
    "\n  query TestImportJob($id: String!) {\n    importJob(id: $id) {\n      id status mode totalRows processedRows importedHouseholds importedMembers skippedHouseholds errorCount message\n      changeCount updatedHouseholds conflictCount\n      errors { row column message }\n      changes { row householdNumber memberName column before after }\n    }\n  }\n": typeof types.TestImportJobDocument,
    "\n  mutation TestApplyImport($id: String!) { applyImportJob(id: $id) { id status } }\n": typeof types.TestApplyImportDocument,
    "\n  mutation TestImportErrorsLink($id: String!) { createImportErrorsDownloadLink(id: $id) { url expiresAt } }\n": typeof types.TestImportErrorsLinkDocument,
    "\n  query TestImportJobs { importJobs(limit: 50) { total items { id status createdBy } } }\n": typeof types.TestImportJobsDocument,
    "\n  query TestImportTemplate { householdImportTemplate { filename contentBase64 } }\n": typeof types.TestImportTemplateDocument,
    "\n  mutation TestStartExport($filter: HouseholdFilter) { startHouseholdExport(filter: $filter) { id status filename totalRows masked } }\n": typeof types.TestStartExportDocument,
    "\n  query TestExportJob($id: String!) { exportJob(id: $id) { id status filename totalRows processedRows byteSize message expiresAt } }\n": typeof types.TestExportJobDocument,
    "\n  mutation TestExportLink($id: String!) { createExportDownloadLink(id: $id) { url expiresAt } }\n": typeof types.TestExportLinkDocument,
    "\n  query TestHouseholds($filter: HouseholdFilter, $limit: Int, $offset: Int, $sortBy: HouseholdSortField, $sortOrder: SortOrder) {\n    households(filter: $filter, limit: $limit, offset: $offset, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        id householdNumber divisionCode registrationStatus liftedOutYear monitoringCategory memberCount perCapitaNetIncome phone version\n        division { name }\n        head { name idNumber }\n        members { id name idNumber relation healthStatus disabilityGrade age }\n        incomes { year perCapitaNetIncome }\n      }\n    }\n  }\n": typeof types.TestHouseholdsDocument,
    "\n  mutation TestCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) { id householdNumber memberCount version head { name } members { id name relation idNumber } }\n  }\n": typeof types.TestCreateHouseholdDocument,
    "\n  mutation TestSetIncome($householdId: String!, $year: Int!, $input: IncomeInput!, $version: Int) {\n    setHouseholdIncome(householdId: $householdId, year: $year, input: $input, version: $version) { id version netIncome perCapitaNetIncome rigidExpenditure memberCount }\n  }\n": typeof types.TestSetIncomeDocument,
    "\n  query TestDivisions($within: String, $parentCode: String, $search: String, $limit: Int) {\n    divisions(within: $within, parentCode: $parentCode, search: $search, limit: $limit) { total items { code name level } }\n  }\n": typeof types.TestDivisionsDocument,
    "\n  query TestUsers($limit: Int, $divisionCode: String) {\n    users(limit: $limit, divisionCode: $divisionCode) { total items { id username divisionCode version division { code name } } }\n  }\n": typeof types.TestUsersDocument,
    "\n  mutation TestCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username divisionCode roles mustChangePassword } }\n": typeof types.TestCreateUserDocument,
    "\n  mutation TestUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) { id displayName roles version }\n  }\n": typeof types.TestUpdateUserDocument,
    "\n  query TestEffectivePolicy($code: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $code, year: $year) { incomeLine publicNoticeDays exitStabilityMonths sources { field divisionCode } }\n  }\n": typeof types.TestEffectivePolicyDocument,
    "\n  mutation TestIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) { matched leadsOpened alreadyOpen villagesWithoutLine }\n  }\n": typeof types.TestIdentifyDocument,
    "\n  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {\n    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) { id state version noticeEndsOn identifiedOn }\n  }\n": typeof types.TestActDocument,
    "\n  query TestRegion($code: String!, $year: Int!) {\n    regionStatistics(divisionCode: $code, year: $year) {\n      divisionCode level households persons registeredHouseholds registeredPersons monitoredHouseholds monitoredPersons monitoredRatio riskEliminatedHouseholds suppressed\n      byCategory { category households persons }\n      byRiskType { riskType households }\n      assistanceCoverageRate expectedRatio maxRatio suppressionThreshold\n      children { divisionCode households persons monitoredHouseholds monitoredPersons monitoredRatio riskEliminatedHouseholds suppressed }\n    }\n  }\n": typeof types.TestRegionDocument,
    "\n  query TestTrend($code: String!, $from: String!, $to: String!) {\n    monitoringTrend(divisionCode: $code, from: $from, to: $to) { month identified eliminated monitoredAtMonthEnd }\n  }\n": typeof types.TestTrendDocument,
    "\n  query TestWhatIf($code: String!, $year: Int!, $line: Money) {\n    policyWhatIf(divisionCode: $code, year: $year, incomeLine: $line) {\n      total { current { matched belowIncomeLine rigidExpenditure incomeDrop subsidyShare } proposed { matched belowIncomeLine } }\n      children { divisionCode current { matched } proposed { matched belowIncomeLine } }\n    }\n  }\n": typeof types.TestWhatIfDocument,
    "\n  mutation TestStatIdentify($code: String!, $year: Int!) { identifyHouseholds(divisionCode: $code, year: $year) { matched leadsOpened } }\n": typeof types.TestStatIdentifyDocument,
};
const documents: Documents = {
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username roles division { code name level } }\n    }\n  }\n": types.TestLoginDocument,
    "query TestMe { me { id username roles permissions division { code name level } } }": types.TestMeDocument,
    "\n  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String, $mode: ImportMode) {\n    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename, mode: $mode) { id status filename divisionCode createdBy mode }\n  }\n": types.TestImportHouseholdsDocument,
    "\n  query TestImportJob($id: String!) {\n    importJob(id: $id) {\n      id status mode totalRows processedRows importedHouseholds importedMembers skippedHouseholds errorCount message\n      changeCount updatedHouseholds conflictCount\n      errors { row column message }\n      changes { row householdNumber memberName column before after }\n    }\n  }\n": types.TestImportJobDocument,
    "\n  mutation TestApplyImport($id: String!) { applyImportJob(id: $id) { id status } }\n": types.TestApplyImportDocument,
    "\n  mutation TestImportErrorsLink($id: String!) { createImportErrorsDownloadLink(id: $id) { url expiresAt } }\n": types.TestImportErrorsLinkDocument,
    "\n  query TestImportJobs { importJobs(limit: 50) { total items { id status createdBy } } }\n": types.TestImportJobsDocument,
    "\n  query TestImportTemplate { householdImportTemplate { filename contentBase64 } }\n": types.TestImportTemplateDocument,
    "\n  mutation TestStartExport($filter: HouseholdFilter) { startHouseholdExport(filter: $filter) { id status filename totalRows masked } }\n": types.TestStartExportDocument,
    "\n  query TestExportJob($id: String!) { exportJob(id: $id) { id status filename totalRows processedRows byteSize message expiresAt } }\n": types.TestExportJobDocument,
    "\n  mutation TestExportLink($id: String!) { createExportDownloadLink(id: $id) { url expiresAt } }\n": types.TestExportLinkDocument,
    "\n  query TestHouseholds($filter: HouseholdFilter, $limit: Int, $offset: Int, $sortBy: HouseholdSortField, $sortOrder: SortOrder) {\n    households(filter: $filter, limit: $limit, offset: $offset, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        id householdNumber divisionCode registrationStatus liftedOutYear monitoringCategory memberCount perCapitaNetIncome phone version\n        division { name }\n        head { name idNumber }\n        members { id name idNumber relation healthStatus disabilityGrade age }\n        incomes { year perCapitaNetIncome }\n      }\n    }\n  }\n": types.TestHouseholdsDocument,
    "\n  mutation TestCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) { id householdNumber memberCount version head { name } members { id name relation idNumber } }\n  }\n": types.TestCreateHouseholdDocument,
    "\n  mutation TestSetIncome($householdId: String!, $year: Int!, $input: IncomeInput!, $version: Int) {\n    setHouseholdIncome(householdId: $householdId, year: $year, input: $input, version: $version) { id version netIncome perCapitaNetIncome rigidExpenditure memberCount }\n  }\n": types.TestSetIncomeDocument,
    "\n  query TestDivisions($within: String, $parentCode: String, $search: String, $limit: Int) {\n    divisions(within: $within, parentCode: $parentCode, search: $search, limit: $limit) { total items { code name level } }\n  }\n": types.TestDivisionsDocument,
    "\n  query TestUsers($limit: Int, $divisionCode: String) {\n    users(limit: $limit, divisionCode: $divisionCode) { total items { id username divisionCode version division { code name } } }\n  }\n": types.TestUsersDocument,
    "\n  mutation TestCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username divisionCode roles mustChangePassword } }\n": types.TestCreateUserDocument,
    "\n  mutation TestUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) { id displayName roles version }\n  }\n": types.TestUpdateUserDocument,
    "\n  query TestEffectivePolicy($code: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $code, year: $year) { incomeLine publicNoticeDays exitStabilityMonths sources { field divisionCode } }\n  }\n": types.TestEffectivePolicyDocument,
    "\n  mutation TestIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) { matched leadsOpened alreadyOpen villagesWithoutLine }\n  }\n": types.TestIdentifyDocument,
    "\n  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {\n    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) { id state version noticeEndsOn identifiedOn }\n  }\n": types.TestActDocument,
    "\n  query TestRegion($code: String!, $year: Int!) {\n    regionStatistics(divisionCode: $code, year: $year) {\n      divisionCode level households persons registeredHouseholds registeredPersons monitoredHouseholds monitoredPersons monitoredRatio riskEliminatedHouseholds suppressed\n      byCategory { category households persons }\n      byRiskType { riskType households }\n      assistanceCoverageRate expectedRatio maxRatio suppressionThreshold\n      children { divisionCode households persons monitoredHouseholds monitoredPersons monitoredRatio riskEliminatedHouseholds suppressed }\n    }\n  }\n": types.TestRegionDocument,
    "\n  query TestTrend($code: String!, $from: String!, $to: String!) {\n    monitoringTrend(divisionCode: $code, from: $from, to: $to) { month identified eliminated monitoredAtMonthEnd }\n  }\n": types.TestTrendDocument,
    "\n  query TestWhatIf($code: String!, $year: Int!, $line: Money) {\n    policyWhatIf(divisionCode: $code, year: $year, incomeLine: $line) {\n      total { current { matched belowIncomeLine rigidExpenditure incomeDrop subsidyShare } proposed { matched belowIncomeLine } }\n      children { divisionCode current { matched } proposed { matched belowIncomeLine } }\n    }\n  }\n": types.TestWhatIfDocument,
    "\n  mutation TestStatIdentify($code: String!, $year: Int!) { identifyHouseholds(divisionCode: $code, year: $year) { matched leadsOpened } }\n": types.TestStatIdentifyDocument,
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
export function graphql(source: "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username roles division { code name level } }\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username roles division { code name level } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestMe { me { id username roles permissions division { code name level } } }"): (typeof documents)["query TestMe { me { id username roles permissions division { code name level } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String, $mode: ImportMode) {\n    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename, mode: $mode) { id status filename divisionCode createdBy mode }\n  }\n"): (typeof documents)["\n  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String, $mode: ImportMode) {\n    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename, mode: $mode) { id status filename divisionCode createdBy mode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestImportJob($id: String!) {\n    importJob(id: $id) {\n      id status mode totalRows processedRows importedHouseholds importedMembers skippedHouseholds errorCount message\n      changeCount updatedHouseholds conflictCount\n      errors { row column message }\n      changes { row householdNumber memberName column before after }\n    }\n  }\n"): (typeof documents)["\n  query TestImportJob($id: String!) {\n    importJob(id: $id) {\n      id status mode totalRows processedRows importedHouseholds importedMembers skippedHouseholds errorCount message\n      changeCount updatedHouseholds conflictCount\n      errors { row column message }\n      changes { row householdNumber memberName column before after }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApplyImport($id: String!) { applyImportJob(id: $id) { id status } }\n"): (typeof documents)["\n  mutation TestApplyImport($id: String!) { applyImportJob(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestImportErrorsLink($id: String!) { createImportErrorsDownloadLink(id: $id) { url expiresAt } }\n"): (typeof documents)["\n  mutation TestImportErrorsLink($id: String!) { createImportErrorsDownloadLink(id: $id) { url expiresAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestImportJobs { importJobs(limit: 50) { total items { id status createdBy } } }\n"): (typeof documents)["\n  query TestImportJobs { importJobs(limit: 50) { total items { id status createdBy } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestImportTemplate { householdImportTemplate { filename contentBase64 } }\n"): (typeof documents)["\n  query TestImportTemplate { householdImportTemplate { filename contentBase64 } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStartExport($filter: HouseholdFilter) { startHouseholdExport(filter: $filter) { id status filename totalRows masked } }\n"): (typeof documents)["\n  mutation TestStartExport($filter: HouseholdFilter) { startHouseholdExport(filter: $filter) { id status filename totalRows masked } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestExportJob($id: String!) { exportJob(id: $id) { id status filename totalRows processedRows byteSize message expiresAt } }\n"): (typeof documents)["\n  query TestExportJob($id: String!) { exportJob(id: $id) { id status filename totalRows processedRows byteSize message expiresAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestExportLink($id: String!) { createExportDownloadLink(id: $id) { url expiresAt } }\n"): (typeof documents)["\n  mutation TestExportLink($id: String!) { createExportDownloadLink(id: $id) { url expiresAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestHouseholds($filter: HouseholdFilter, $limit: Int, $offset: Int, $sortBy: HouseholdSortField, $sortOrder: SortOrder) {\n    households(filter: $filter, limit: $limit, offset: $offset, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        id householdNumber divisionCode registrationStatus liftedOutYear monitoringCategory memberCount perCapitaNetIncome phone version\n        division { name }\n        head { name idNumber }\n        members { id name idNumber relation healthStatus disabilityGrade age }\n        incomes { year perCapitaNetIncome }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestHouseholds($filter: HouseholdFilter, $limit: Int, $offset: Int, $sortBy: HouseholdSortField, $sortOrder: SortOrder) {\n    households(filter: $filter, limit: $limit, offset: $offset, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        id householdNumber divisionCode registrationStatus liftedOutYear monitoringCategory memberCount perCapitaNetIncome phone version\n        division { name }\n        head { name idNumber }\n        members { id name idNumber relation healthStatus disabilityGrade age }\n        incomes { year perCapitaNetIncome }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) { id householdNumber memberCount version head { name } members { id name relation idNumber } }\n  }\n"): (typeof documents)["\n  mutation TestCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) { id householdNumber memberCount version head { name } members { id name relation idNumber } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetIncome($householdId: String!, $year: Int!, $input: IncomeInput!, $version: Int) {\n    setHouseholdIncome(householdId: $householdId, year: $year, input: $input, version: $version) { id version netIncome perCapitaNetIncome rigidExpenditure memberCount }\n  }\n"): (typeof documents)["\n  mutation TestSetIncome($householdId: String!, $year: Int!, $input: IncomeInput!, $version: Int) {\n    setHouseholdIncome(householdId: $householdId, year: $year, input: $input, version: $version) { id version netIncome perCapitaNetIncome rigidExpenditure memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestDivisions($within: String, $parentCode: String, $search: String, $limit: Int) {\n    divisions(within: $within, parentCode: $parentCode, search: $search, limit: $limit) { total items { code name level } }\n  }\n"): (typeof documents)["\n  query TestDivisions($within: String, $parentCode: String, $search: String, $limit: Int) {\n    divisions(within: $within, parentCode: $parentCode, search: $search, limit: $limit) { total items { code name level } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestUsers($limit: Int, $divisionCode: String) {\n    users(limit: $limit, divisionCode: $divisionCode) { total items { id username divisionCode version division { code name } } }\n  }\n"): (typeof documents)["\n  query TestUsers($limit: Int, $divisionCode: String) {\n    users(limit: $limit, divisionCode: $divisionCode) { total items { id username divisionCode version division { code name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username divisionCode roles mustChangePassword } }\n"): (typeof documents)["\n  mutation TestCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username divisionCode roles mustChangePassword } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) { id displayName roles version }\n  }\n"): (typeof documents)["\n  mutation TestUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) { id displayName roles version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEffectivePolicy($code: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $code, year: $year) { incomeLine publicNoticeDays exitStabilityMonths sources { field divisionCode } }\n  }\n"): (typeof documents)["\n  query TestEffectivePolicy($code: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $code, year: $year) { incomeLine publicNoticeDays exitStabilityMonths sources { field divisionCode } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) { matched leadsOpened alreadyOpen villagesWithoutLine }\n  }\n"): (typeof documents)["\n  mutation TestIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) { matched leadsOpened alreadyOpen villagesWithoutLine }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {\n    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) { id state version noticeEndsOn identifiedOn }\n  }\n"): (typeof documents)["\n  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {\n    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) { id state version noticeEndsOn identifiedOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRegion($code: String!, $year: Int!) {\n    regionStatistics(divisionCode: $code, year: $year) {\n      divisionCode level households persons registeredHouseholds registeredPersons monitoredHouseholds monitoredPersons monitoredRatio riskEliminatedHouseholds suppressed\n      byCategory { category households persons }\n      byRiskType { riskType households }\n      assistanceCoverageRate expectedRatio maxRatio suppressionThreshold\n      children { divisionCode households persons monitoredHouseholds monitoredPersons monitoredRatio riskEliminatedHouseholds suppressed }\n    }\n  }\n"): (typeof documents)["\n  query TestRegion($code: String!, $year: Int!) {\n    regionStatistics(divisionCode: $code, year: $year) {\n      divisionCode level households persons registeredHouseholds registeredPersons monitoredHouseholds monitoredPersons monitoredRatio riskEliminatedHouseholds suppressed\n      byCategory { category households persons }\n      byRiskType { riskType households }\n      assistanceCoverageRate expectedRatio maxRatio suppressionThreshold\n      children { divisionCode households persons monitoredHouseholds monitoredPersons monitoredRatio riskEliminatedHouseholds suppressed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestTrend($code: String!, $from: String!, $to: String!) {\n    monitoringTrend(divisionCode: $code, from: $from, to: $to) { month identified eliminated monitoredAtMonthEnd }\n  }\n"): (typeof documents)["\n  query TestTrend($code: String!, $from: String!, $to: String!) {\n    monitoringTrend(divisionCode: $code, from: $from, to: $to) { month identified eliminated monitoredAtMonthEnd }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestWhatIf($code: String!, $year: Int!, $line: Money) {\n    policyWhatIf(divisionCode: $code, year: $year, incomeLine: $line) {\n      total { current { matched belowIncomeLine rigidExpenditure incomeDrop subsidyShare } proposed { matched belowIncomeLine } }\n      children { divisionCode current { matched } proposed { matched belowIncomeLine } }\n    }\n  }\n"): (typeof documents)["\n  query TestWhatIf($code: String!, $year: Int!, $line: Money) {\n    policyWhatIf(divisionCode: $code, year: $year, incomeLine: $line) {\n      total { current { matched belowIncomeLine rigidExpenditure incomeDrop subsidyShare } proposed { matched belowIncomeLine } }\n      children { divisionCode current { matched } proposed { matched belowIncomeLine } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStatIdentify($code: String!, $year: Int!) { identifyHouseholds(divisionCode: $code, year: $year) { matched leadsOpened } }\n"): (typeof documents)["\n  mutation TestStatIdentify($code: String!, $year: Int!) { identifyHouseholds(divisionCode: $code, year: $year) { matched leadsOpened } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;