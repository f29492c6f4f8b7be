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
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        roles\n        division {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n": typeof types.TestLoginDocument,
    "\n  query TestMe {\n    me {\n      id\n      username\n      roles\n      permissions\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.TestMeDocument,
    "\n  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String, $mode: ImportMode) {\n    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename, mode: $mode) {\n      id\n      status\n      filename\n      divisionCode\n      createdBy\n      mode\n    }\n  }\n": typeof types.TestImportHouseholdsDocument,
    "\n  query TestImportJob($id: String!) {\n    importJob(id: $id) {\n      id\n      status\n      mode\n      totalRows\n      processedRows\n      importedHouseholds\n      importedMembers\n      skippedHouseholds\n      errorCount\n      message\n      changeCount\n      updatedHouseholds\n      conflictCount\n      errors {\n        row\n        column\n        message\n      }\n      changes {\n        row\n        householdNumber\n        memberName\n        column\n        before\n        after\n      }\n    }\n  }\n": typeof types.TestImportJobDocument,
    "\n  mutation TestApplyImport($id: String!) {\n    applyImportJob(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.TestApplyImportDocument,
    "\n  mutation TestImportErrorsLink($id: String!) {\n    createImportErrorsDownloadLink(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.TestImportErrorsLinkDocument,
    "\n  query TestImportJobs {\n    importJobs(limit: 50) {\n      total\n      items {\n        id\n        status\n        createdBy\n      }\n    }\n  }\n": typeof types.TestImportJobsDocument,
    "\n  query TestImportTemplate {\n    householdImportTemplate {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.TestImportTemplateDocument,
    "\n  mutation TestStartExport($filter: HouseholdFilter) {\n    startHouseholdExport(filter: $filter) {\n      id\n      status\n      filename\n      totalRows\n      masked\n    }\n  }\n": typeof types.TestStartExportDocument,
    "\n  query TestExportJob($id: String!) {\n    exportJob(id: $id) {\n      id\n      status\n      filename\n      totalRows\n      processedRows\n      byteSize\n      message\n      expiresAt\n    }\n  }\n": typeof types.TestExportJobDocument,
    "\n  mutation TestExportLink($id: String!) {\n    createExportDownloadLink(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.TestExportLinkDocument,
    "\n  query TestHouseholds(\n    $filter: HouseholdFilter\n    $limit: Int\n    $offset: Int\n    $sortBy: HouseholdSortField\n    $sortOrder: SortOrder\n  ) {\n    households(filter: $filter, limit: $limit, offset: $offset, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        householdNumber\n        divisionCode\n        registrationStatus\n        liftedOutYear\n        monitoringCategory\n        memberCount\n        perCapitaNetIncome\n        phone\n        version\n        division {\n          name\n        }\n        head {\n          name\n          idNumber\n        }\n        members {\n          id\n          name\n          idNumber\n          relation\n          healthStatus\n          disabilityGrade\n          age\n        }\n        incomes {\n          year\n          perCapitaNetIncome\n        }\n      }\n    }\n  }\n": typeof types.TestHouseholdsDocument,
    "\n  mutation TestCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      householdNumber\n      memberCount\n      version\n      head {\n        name\n      }\n      members {\n        id\n        name\n        relation\n        idNumber\n      }\n    }\n  }\n": typeof types.TestCreateHouseholdDocument,
    "\n  mutation TestSetIncome($householdId: String!, $year: Int!, $input: IncomeInput!, $version: Int) {\n    setHouseholdIncome(householdId: $householdId, year: $year, input: $input, version: $version) {\n      id\n      version\n      netIncome\n      perCapitaNetIncome\n      rigidExpenditure\n      memberCount\n    }\n  }\n": typeof types.TestSetIncomeDocument,
    "\n  query TestDivisions($within: String, $parentCode: String, $search: String, $limit: Int) {\n    divisions(within: $within, parentCode: $parentCode, search: $search, limit: $limit) {\n      total\n      items {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.TestDivisionsDocument,
    "\n  query TestUsers($limit: Int, $divisionCode: String) {\n    users(limit: $limit, divisionCode: $divisionCode) {\n      total\n      items {\n        id\n        username\n        divisionCode\n        version\n        division {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.TestUsersDocument,
    "\n  mutation TestCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      divisionCode\n      roles\n      mustChangePassword\n    }\n  }\n": typeof types.TestCreateUserDocument,
    "\n  mutation TestUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      id\n      displayName\n      roles\n      version\n    }\n  }\n": typeof types.TestUpdateUserDocument,
    "\n  query TestEffectivePolicy($code: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $code, year: $year) {\n      incomeLine\n      publicNoticeDays\n      exitStabilityMonths\n      sources {\n        field\n        divisionCode\n      }\n    }\n  }\n": typeof types.TestEffectivePolicyDocument,
    "\n  mutation TestIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) {\n      matched\n      leadsOpened\n      alreadyOpen\n      villagesWithoutLine\n    }\n  }\n": typeof types.TestIdentifyDocument,
    "\n  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {\n    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) {\n      id\n      state\n      version\n      noticeEndsOn\n      identifiedOn\n    }\n  }\n": typeof types.TestActDocument,
    "\n  query TestRegion($code: String!, $year: Int!) {\n    regionStatistics(divisionCode: $code, year: $year) {\n      divisionCode\n      level\n      households\n      persons\n      registeredHouseholds\n      registeredPersons\n      monitoredHouseholds\n      monitoredPersons\n      monitoredRatio\n      riskEliminatedHouseholds\n      suppressed\n      byCategory {\n        category\n        households\n        persons\n      }\n      byRiskType {\n        riskType\n        households\n      }\n      assistanceCoverageRate\n      expectedRatio\n      maxRatio\n      suppressionThreshold\n      children {\n        divisionCode\n        households\n        persons\n        monitoredHouseholds\n        monitoredPersons\n        monitoredRatio\n        riskEliminatedHouseholds\n        suppressed\n      }\n    }\n  }\n": typeof types.TestRegionDocument,
    "\n  query TestTrend($code: String!, $from: String!, $to: String!) {\n    monitoringTrend(divisionCode: $code, from: $from, to: $to) {\n      month\n      identified\n      eliminated\n      monitoredAtMonthEnd\n    }\n  }\n": typeof types.TestTrendDocument,
    "\n  query TestWhatIf($code: String!, $year: Int!, $line: Money) {\n    policyWhatIf(divisionCode: $code, year: $year, incomeLine: $line) {\n      total {\n        current {\n          matched\n          belowIncomeLine\n          rigidExpenditure\n          incomeDrop\n          subsidyShare\n        }\n        proposed {\n          matched\n          belowIncomeLine\n        }\n      }\n      children {\n        divisionCode\n        current {\n          matched\n        }\n        proposed {\n          matched\n          belowIncomeLine\n        }\n      }\n    }\n  }\n": typeof types.TestWhatIfDocument,
    "\n  mutation TestStatIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) {\n      matched\n      leadsOpened\n    }\n  }\n": typeof types.TestStatIdentifyDocument,
};
const documents: Documents = {
    "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        roles\n        division {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n": types.TestLoginDocument,
    "\n  query TestMe {\n    me {\n      id\n      username\n      roles\n      permissions\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.TestMeDocument,
    "\n  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String, $mode: ImportMode) {\n    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename, mode: $mode) {\n      id\n      status\n      filename\n      divisionCode\n      createdBy\n      mode\n    }\n  }\n": types.TestImportHouseholdsDocument,
    "\n  query TestImportJob($id: String!) {\n    importJob(id: $id) {\n      id\n      status\n      mode\n      totalRows\n      processedRows\n      importedHouseholds\n      importedMembers\n      skippedHouseholds\n      errorCount\n      message\n      changeCount\n      updatedHouseholds\n      conflictCount\n      errors {\n        row\n        column\n        message\n      }\n      changes {\n        row\n        householdNumber\n        memberName\n        column\n        before\n        after\n      }\n    }\n  }\n": types.TestImportJobDocument,
    "\n  mutation TestApplyImport($id: String!) {\n    applyImportJob(id: $id) {\n      id\n      status\n    }\n  }\n": types.TestApplyImportDocument,
    "\n  mutation TestImportErrorsLink($id: String!) {\n    createImportErrorsDownloadLink(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": types.TestImportErrorsLinkDocument,
    "\n  query TestImportJobs {\n    importJobs(limit: 50) {\n      total\n      items {\n        id\n        status\n        createdBy\n      }\n    }\n  }\n": types.TestImportJobsDocument,
    "\n  query TestImportTemplate {\n    householdImportTemplate {\n      filename\n      contentBase64\n    }\n  }\n": types.TestImportTemplateDocument,
    "\n  mutation TestStartExport($filter: HouseholdFilter) {\n    startHouseholdExport(filter: $filter) {\n      id\n      status\n      filename\n      totalRows\n      masked\n    }\n  }\n": types.TestStartExportDocument,
    "\n  query TestExportJob($id: String!) {\n    exportJob(id: $id) {\n      id\n      status\n      filename\n      totalRows\n      processedRows\n      byteSize\n      message\n      expiresAt\n    }\n  }\n": types.TestExportJobDocument,
    "\n  mutation TestExportLink($id: String!) {\n    createExportDownloadLink(id: $id) {\n      url\n      expiresAt\n    }\n  }\n": types.TestExportLinkDocument,
    "\n  query TestHouseholds(\n    $filter: HouseholdFilter\n    $limit: Int\n    $offset: Int\n    $sortBy: HouseholdSortField\n    $sortOrder: SortOrder\n  ) {\n    households(filter: $filter, limit: $limit, offset: $offset, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        householdNumber\n        divisionCode\n        registrationStatus\n        liftedOutYear\n        monitoringCategory\n        memberCount\n        perCapitaNetIncome\n        phone\n        version\n        division {\n          name\n        }\n        head {\n          name\n          idNumber\n        }\n        members {\n          id\n          name\n          idNumber\n          relation\n          healthStatus\n          disabilityGrade\n          age\n        }\n        incomes {\n          year\n          perCapitaNetIncome\n        }\n      }\n    }\n  }\n": types.TestHouseholdsDocument,
    "\n  mutation TestCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      householdNumber\n      memberCount\n      version\n      head {\n        name\n      }\n      members {\n        id\n        name\n        relation\n        idNumber\n      }\n    }\n  }\n": types.TestCreateHouseholdDocument,
    "\n  mutation TestSetIncome($householdId: String!, $year: Int!, $input: IncomeInput!, $version: Int) {\n    setHouseholdIncome(householdId: $householdId, year: $year, input: $input, version: $version) {\n      id\n      version\n      netIncome\n      perCapitaNetIncome\n      rigidExpenditure\n      memberCount\n    }\n  }\n": types.TestSetIncomeDocument,
    "\n  query TestDivisions($within: String, $parentCode: String, $search: String, $limit: Int) {\n    divisions(within: $within, parentCode: $parentCode, search: $search, limit: $limit) {\n      total\n      items {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.TestDivisionsDocument,
    "\n  query TestUsers($limit: Int, $divisionCode: String) {\n    users(limit: $limit, divisionCode: $divisionCode) {\n      total\n      items {\n        id\n        username\n        divisionCode\n        version\n        division {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.TestUsersDocument,
    "\n  mutation TestCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      divisionCode\n      roles\n      mustChangePassword\n    }\n  }\n": types.TestCreateUserDocument,
    "\n  mutation TestUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      id\n      displayName\n      roles\n      version\n    }\n  }\n": types.TestUpdateUserDocument,
    "\n  query TestEffectivePolicy($code: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $code, year: $year) {\n      incomeLine\n      publicNoticeDays\n      exitStabilityMonths\n      sources {\n        field\n        divisionCode\n      }\n    }\n  }\n": types.TestEffectivePolicyDocument,
    "\n  mutation TestIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) {\n      matched\n      leadsOpened\n      alreadyOpen\n      villagesWithoutLine\n    }\n  }\n": types.TestIdentifyDocument,
    "\n  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {\n    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) {\n      id\n      state\n      version\n      noticeEndsOn\n      identifiedOn\n    }\n  }\n": types.TestActDocument,
    "\n  query TestRegion($code: String!, $year: Int!) {\n    regionStatistics(divisionCode: $code, year: $year) {\n      divisionCode\n      level\n      households\n      persons\n      registeredHouseholds\n      registeredPersons\n      monitoredHouseholds\n      monitoredPersons\n      monitoredRatio\n      riskEliminatedHouseholds\n      suppressed\n      byCategory {\n        category\n        households\n        persons\n      }\n      byRiskType {\n        riskType\n        households\n      }\n      assistanceCoverageRate\n      expectedRatio\n      maxRatio\n      suppressionThreshold\n      children {\n        divisionCode\n        households\n        persons\n        monitoredHouseholds\n        monitoredPersons\n        monitoredRatio\n        riskEliminatedHouseholds\n        suppressed\n      }\n    }\n  }\n": types.TestRegionDocument,
    "\n  query TestTrend($code: String!, $from: String!, $to: String!) {\n    monitoringTrend(divisionCode: $code, from: $from, to: $to) {\n      month\n      identified\n      eliminated\n      monitoredAtMonthEnd\n    }\n  }\n": types.TestTrendDocument,
    "\n  query TestWhatIf($code: String!, $year: Int!, $line: Money) {\n    policyWhatIf(divisionCode: $code, year: $year, incomeLine: $line) {\n      total {\n        current {\n          matched\n          belowIncomeLine\n          rigidExpenditure\n          incomeDrop\n          subsidyShare\n        }\n        proposed {\n          matched\n          belowIncomeLine\n        }\n      }\n      children {\n        divisionCode\n        current {\n          matched\n        }\n        proposed {\n          matched\n          belowIncomeLine\n        }\n      }\n    }\n  }\n": types.TestWhatIfDocument,
    "\n  mutation TestStatIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) {\n      matched\n      leadsOpened\n    }\n  }\n": types.TestStatIdentifyDocument,
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
export function graphql(source: "\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        roles\n        division {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n        roles\n        division {\n          code\n          name\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestMe {\n    me {\n      id\n      username\n      roles\n      permissions\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestMe {\n    me {\n      id\n      username\n      roles\n      permissions\n      division {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String, $mode: ImportMode) {\n    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename, mode: $mode) {\n      id\n      status\n      filename\n      divisionCode\n      createdBy\n      mode\n    }\n  }\n"): (typeof documents)["\n  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String, $mode: ImportMode) {\n    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename, mode: $mode) {\n      id\n      status\n      filename\n      divisionCode\n      createdBy\n      mode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestImportJob($id: String!) {\n    importJob(id: $id) {\n      id\n      status\n      mode\n      totalRows\n      processedRows\n      importedHouseholds\n      importedMembers\n      skippedHouseholds\n      errorCount\n      message\n      changeCount\n      updatedHouseholds\n      conflictCount\n      errors {\n        row\n        column\n        message\n      }\n      changes {\n        row\n        householdNumber\n        memberName\n        column\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestImportJob($id: String!) {\n    importJob(id: $id) {\n      id\n      status\n      mode\n      totalRows\n      processedRows\n      importedHouseholds\n      importedMembers\n      skippedHouseholds\n      errorCount\n      message\n      changeCount\n      updatedHouseholds\n      conflictCount\n      errors {\n        row\n        column\n        message\n      }\n      changes {\n        row\n        householdNumber\n        memberName\n        column\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApplyImport($id: String!) {\n    applyImportJob(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TestApplyImport($id: String!) {\n    applyImportJob(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestImportErrorsLink($id: String!) {\n    createImportErrorsDownloadLink(id: $id) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation TestImportErrorsLink($id: String!) {\n    createImportErrorsDownloadLink(id: $id) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestImportJobs {\n    importJobs(limit: 50) {\n      total\n      items {\n        id\n        status\n        createdBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestImportJobs {\n    importJobs(limit: 50) {\n      total\n      items {\n        id\n        status\n        createdBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestImportTemplate {\n    householdImportTemplate {\n      filename\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query TestImportTemplate {\n    householdImportTemplate {\n      filename\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStartExport($filter: HouseholdFilter) {\n    startHouseholdExport(filter: $filter) {\n      id\n      status\n      filename\n      totalRows\n      masked\n    }\n  }\n"): (typeof documents)["\n  mutation TestStartExport($filter: HouseholdFilter) {\n    startHouseholdExport(filter: $filter) {\n      id\n      status\n      filename\n      totalRows\n      masked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestExportJob($id: String!) {\n    exportJob(id: $id) {\n      id\n      status\n      filename\n      totalRows\n      processedRows\n      byteSize\n      message\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query TestExportJob($id: String!) {\n    exportJob(id: $id) {\n      id\n      status\n      filename\n      totalRows\n      processedRows\n      byteSize\n      message\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestExportLink($id: String!) {\n    createExportDownloadLink(id: $id) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation TestExportLink($id: String!) {\n    createExportDownloadLink(id: $id) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestHouseholds(\n    $filter: HouseholdFilter\n    $limit: Int\n    $offset: Int\n    $sortBy: HouseholdSortField\n    $sortOrder: SortOrder\n  ) {\n    households(filter: $filter, limit: $limit, offset: $offset, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        householdNumber\n        divisionCode\n        registrationStatus\n        liftedOutYear\n        monitoringCategory\n        memberCount\n        perCapitaNetIncome\n        phone\n        version\n        division {\n          name\n        }\n        head {\n          name\n          idNumber\n        }\n        members {\n          id\n          name\n          idNumber\n          relation\n          healthStatus\n          disabilityGrade\n          age\n        }\n        incomes {\n          year\n          perCapitaNetIncome\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestHouseholds(\n    $filter: HouseholdFilter\n    $limit: Int\n    $offset: Int\n    $sortBy: HouseholdSortField\n    $sortOrder: SortOrder\n  ) {\n    households(filter: $filter, limit: $limit, offset: $offset, sortBy: $sortBy, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        householdNumber\n        divisionCode\n        registrationStatus\n        liftedOutYear\n        monitoringCategory\n        memberCount\n        perCapitaNetIncome\n        phone\n        version\n        division {\n          name\n        }\n        head {\n          name\n          idNumber\n        }\n        members {\n          id\n          name\n          idNumber\n          relation\n          healthStatus\n          disabilityGrade\n          age\n        }\n        incomes {\n          year\n          perCapitaNetIncome\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      householdNumber\n      memberCount\n      version\n      head {\n        name\n      }\n      members {\n        id\n        name\n        relation\n        idNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n      householdNumber\n      memberCount\n      version\n      head {\n        name\n      }\n      members {\n        id\n        name\n        relation\n        idNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSetIncome($householdId: String!, $year: Int!, $input: IncomeInput!, $version: Int) {\n    setHouseholdIncome(householdId: $householdId, year: $year, input: $input, version: $version) {\n      id\n      version\n      netIncome\n      perCapitaNetIncome\n      rigidExpenditure\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation TestSetIncome($householdId: String!, $year: Int!, $input: IncomeInput!, $version: Int) {\n    setHouseholdIncome(householdId: $householdId, year: $year, input: $input, version: $version) {\n      id\n      version\n      netIncome\n      perCapitaNetIncome\n      rigidExpenditure\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestDivisions($within: String, $parentCode: String, $search: String, $limit: Int) {\n    divisions(within: $within, parentCode: $parentCode, search: $search, limit: $limit) {\n      total\n      items {\n        code\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestDivisions($within: String, $parentCode: String, $search: String, $limit: Int) {\n    divisions(within: $within, parentCode: $parentCode, search: $search, limit: $limit) {\n      total\n      items {\n        code\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestUsers($limit: Int, $divisionCode: String) {\n    users(limit: $limit, divisionCode: $divisionCode) {\n      total\n      items {\n        id\n        username\n        divisionCode\n        version\n        division {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestUsers($limit: Int, $divisionCode: String) {\n    users(limit: $limit, divisionCode: $divisionCode) {\n      total\n      items {\n        id\n        username\n        divisionCode\n        version\n        division {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      divisionCode\n      roles\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  mutation TestCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      divisionCode\n      roles\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      id\n      displayName\n      roles\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TestUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      id\n      displayName\n      roles\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestEffectivePolicy($code: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $code, year: $year) {\n      incomeLine\n      publicNoticeDays\n      exitStabilityMonths\n      sources {\n        field\n        divisionCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestEffectivePolicy($code: String!, $year: Int!) {\n    effectivePolicy(divisionCode: $code, year: $year) {\n      incomeLine\n      publicNoticeDays\n      exitStabilityMonths\n      sources {\n        field\n        divisionCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) {\n      matched\n      leadsOpened\n      alreadyOpen\n      villagesWithoutLine\n    }\n  }\n"): (typeof documents)["\n  mutation TestIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) {\n      matched\n      leadsOpened\n      alreadyOpen\n      villagesWithoutLine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {\n    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) {\n      id\n      state\n      version\n      noticeEndsOn\n      identifiedOn\n    }\n  }\n"): (typeof documents)["\n  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {\n    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) {\n      id\n      state\n      version\n      noticeEndsOn\n      identifiedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestRegion($code: String!, $year: Int!) {\n    regionStatistics(divisionCode: $code, year: $year) {\n      divisionCode\n      level\n      households\n      persons\n      registeredHouseholds\n      registeredPersons\n      monitoredHouseholds\n      monitoredPersons\n      monitoredRatio\n      riskEliminatedHouseholds\n      suppressed\n      byCategory {\n        category\n        households\n        persons\n      }\n      byRiskType {\n        riskType\n        households\n      }\n      assistanceCoverageRate\n      expectedRatio\n      maxRatio\n      suppressionThreshold\n      children {\n        divisionCode\n        households\n        persons\n        monitoredHouseholds\n        monitoredPersons\n        monitoredRatio\n        riskEliminatedHouseholds\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestRegion($code: String!, $year: Int!) {\n    regionStatistics(divisionCode: $code, year: $year) {\n      divisionCode\n      level\n      households\n      persons\n      registeredHouseholds\n      registeredPersons\n      monitoredHouseholds\n      monitoredPersons\n      monitoredRatio\n      riskEliminatedHouseholds\n      suppressed\n      byCategory {\n        category\n        households\n        persons\n      }\n      byRiskType {\n        riskType\n        households\n      }\n      assistanceCoverageRate\n      expectedRatio\n      maxRatio\n      suppressionThreshold\n      children {\n        divisionCode\n        households\n        persons\n        monitoredHouseholds\n        monitoredPersons\n        monitoredRatio\n        riskEliminatedHouseholds\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestTrend($code: String!, $from: String!, $to: String!) {\n    monitoringTrend(divisionCode: $code, from: $from, to: $to) {\n      month\n      identified\n      eliminated\n      monitoredAtMonthEnd\n    }\n  }\n"): (typeof documents)["\n  query TestTrend($code: String!, $from: String!, $to: String!) {\n    monitoringTrend(divisionCode: $code, from: $from, to: $to) {\n      month\n      identified\n      eliminated\n      monitoredAtMonthEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestWhatIf($code: String!, $year: Int!, $line: Money) {\n    policyWhatIf(divisionCode: $code, year: $year, incomeLine: $line) {\n      total {\n        current {\n          matched\n          belowIncomeLine\n          rigidExpenditure\n          incomeDrop\n          subsidyShare\n        }\n        proposed {\n          matched\n          belowIncomeLine\n        }\n      }\n      children {\n        divisionCode\n        current {\n          matched\n        }\n        proposed {\n          matched\n          belowIncomeLine\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestWhatIf($code: String!, $year: Int!, $line: Money) {\n    policyWhatIf(divisionCode: $code, year: $year, incomeLine: $line) {\n      total {\n        current {\n          matched\n          belowIncomeLine\n          rigidExpenditure\n          incomeDrop\n          subsidyShare\n        }\n        proposed {\n          matched\n          belowIncomeLine\n        }\n      }\n      children {\n        divisionCode\n        current {\n          matched\n        }\n        proposed {\n          matched\n          belowIncomeLine\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestStatIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) {\n      matched\n      leadsOpened\n    }\n  }\n"): (typeof documents)["\n  mutation TestStatIdentify($code: String!, $year: Int!) {\n    identifyHouseholds(divisionCode: $code, year: $year) {\n      matched\n      leadsOpened\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;