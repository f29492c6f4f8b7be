import type { DataProvider, GetListResult, Identifier, RaRecord } from 'react-admin';
import { apiTokenAccess, apiTokenActions } from '../apiTokens/dataAccess';
import { auditEntryAccess } from '../auditEntries/dataAccess';
import { departmentBatchAccess, departmentBatchActions } from '../departmentBatches/dataAccess';
import { departmentWarningAccess, departmentWarningActions } from '../departmentWarnings/dataAccess';
import { divisionAccess, divisionActions } from '../divisions/dataAccess';
import { householdAccess, householdActions, importJobAccess } from '../households/dataAccess';
import { caseAccess, caseActions } from '../monitoringCases/dataAccess';
import { policyAccess, policyActions } from '../policies/dataAccess';
import { selfReportAccess, selfReportActions } from '../selfReports/dataAccess';
import { supervisionAccess, supervisionActions } from '../supervision/dataAccess';
import { roleDefinitionAccess, userAccess, userActions } from '../users/dataAccess';
import { ApiError } from './graphqlRequest';
import { unsupported, type ResourceAccess } from './resource';

export { graphqlRequest, ApiError } from './graphqlRequest';
// Record types live with their resource; re-exported for the views that import them from here.
export type { ApiTokenRecord } from '../apiTokens/dataAccess';
export type { DepartmentBatchListRecord, DepartmentBatchRecord } from '../departmentBatches/dataAccess';
export type { DepartmentWarningRecord } from '../departmentWarnings/dataAccess';
export type { DivisionRecord } from '../divisions/dataAccess';
export type {
  ExcelFile,
  HouseholdListRecord,
  HouseholdRecord,
  ImportJobRecord,
  ExportJobRecord,
  IncomeRecord,
  MemberRecord,
  RiskFactorRecord,
} from '../households/dataAccess';
export type { CaseListRecord, CaseRecord, CaseView, IdentificationResult } from '../monitoringCases/dataAccess';
export type { PolicyRecord } from '../policies/dataAccess';
export type { SelfReportRecord } from '../selfReports/dataAccess';
export type { SupervisionRecord } from '../supervision/dataAccess';
export type { UserRecord } from '../users/dataAccess';

/**
 * Resource name → its data access. Each handler is typed by its own record; a record is any RaRecord
 * to this router (method parameters are checked bivariantly, so a typed handler fits the map).
 */
const resources: Readonly<Record<string, ResourceAccess<RaRecord>>> = {
  users: userAccess,
  roleDefinitions: roleDefinitionAccess,
  divisions: divisionAccess,
  apiTokens: apiTokenAccess,
  auditEntries: auditEntryAccess,
  households: householdAccess,
  importJobs: importJobAccess,
  monitoringCases: caseAccess,
  departmentWarnings: departmentWarningAccess,
  selfReports: selfReportAccess,
  departmentBatches: departmentBatchAccess,
  supervision: supervisionAccess,
  policies: policyAccess,
};

const access = (resource: string): ResourceAccess<RaRecord> => resources[resource] ?? {};

/**
 * react-admin lets each caller name the record type it expects (`getList<R>`); the handlers return
 * the resource's own record, which is what a caller of that resource names. This is the one place
 * the router states that.
 */
const asRequested = <R extends RaRecord>(record: RaRecord): R => record as R;
const listAsRequested = <R extends RaRecord>(result: GetListResult): GetListResult<R> => ({
  ...result,
  data: result.data.map((record) => asRequested<R>(record)),
});

async function getOne(resource: string, id: Identifier): Promise<RaRecord> {
  const handler = access(resource).getOne;
  return handler ? handler(id) : unsupported();
}

async function getList(resource: string, params: Parameters<DataProvider['getList']>[1]): Promise<GetListResult> {
  const handler = access(resource).getList;
  return handler ? handler(params) : unsupported();
}

/** The operations beyond react-admin's CRUD, each from its resource's folder. */
const actions = {
  ...userActions,
  ...apiTokenActions,
  ...householdActions,
  ...caseActions,
  ...divisionActions,
  ...policyActions,
  ...departmentWarningActions,
  ...selfReportActions,
  ...departmentBatchActions,
  ...supervisionActions,
};

export type ConsoleDataProvider = DataProvider & typeof actions;

export const dataProvider: ConsoleDataProvider = {
  getList: async (resource, params) => listAsRequested(await getList(resource, params)),

  getOne: async (resource, params) => ({ data: asRequested(await getOne(resource, params.id)) }),

  getMany: async (resource, params) => {
    const ids = [...new Set(params.ids.filter((id) => id !== null && id !== undefined && id !== ''))];
    const results = await Promise.all(
      ids.map((id) =>
        getOne(resource, id).catch((error: unknown) => {
          // A referenced record outside the jurisdiction is simply not shown.
          if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return null;
          throw error;
        }),
      ),
    );
    return {
      data: results.filter((record): record is RaRecord => record !== null).map((record) => asRequested(record)),
    };
  },

  getManyReference: async (resource, params) => {
    const filterField = access(resource).references?.[params.target];
    if (!filterField) return unsupported();
    const result = await getList(resource, {
      ...params,
      filter: { ...params.filter, [filterField]: String(params.id) },
    });
    return listAsRequested(result);
  },

  create: async (resource, params) => {
    const handler = access(resource).create;
    return { data: asRequested(await (handler ? handler(params.data) : unsupported())) };
  },

  update: async (resource, params) => {
    const handler = access(resource).update;
    return { data: asRequested(await (handler ? handler(params) : unsupported())) };
  },

  updateMany: async () => unsupported(),
  delete: async () => unsupported(),
  deleteMany: async () => unsupported(),

  ...actions,
};

export default dataProvider;
