import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import type {
  ApiTokenFieldsFragment,
  AuditAction,
  CaseAction,
  CaseState,
  ConsoleEffectivePolicyQuery,
  ConsoleHouseholdImportTemplateQuery,
  ConsoleIdentifyHouseholdsMutation,
  ConsoleHouseholdQuery,
  ConsoleMonitoringCaseQuery,
  ConsoleSupervisionQuery,
  ConsoleDepartmentBatchQuery,
  DepartmentBatchFieldsFragment,
  CaseListFieldsFragment,
  DepartmentWarningFieldsFragment,
  WarningStatus,
  CreateHouseholdInput,
  CreateUserInput,
  Department,
  DivisionFieldsFragment,
  DivisionLevel,
  HouseholdCategory,
  HouseholdFilter,
  HouseholdListFieldsFragment,
  HouseholdSortField,
  ImportJobFieldsFragment,
  ExportJobFieldsFragment,
  ImportMode,
  IncomeFieldsFragment,
  IncomeInput,
  IssueApiTokenInput,
  MemberFieldsFragment,
  MemberInput,
  MonitoringCategory,
  OpenLeadInput,
  PolicyInput,
  Relation,
  RiskFactorFieldsFragment,
  RiskFactorInput,
  Role,
  UpdateHouseholdInput,
  UpdateMemberInput,
  UpdateUserInput,
  UserFieldsFragment,
} from '../gql/graphql';
import { getSessionPermissions } from '../session';
import { ApiError, graphqlRequest } from './graphqlRequest';
import {
  ActOnCaseMutation,
  AddMemberMutation,
  AddRiskFactorMutation,
  ApiTokensQuery,
  ArchiveHouseholdMutation,
  AuditEntriesQuery,
  ConvertWarningToLeadMutation,
  CreateHouseholdMutation,
  DepartmentWarningsQuery,
  DepartmentBatchQuery,
  DepartmentBatchesQuery,
  SubmitDepartmentRecordsMutation,
  DismissWarningMutation,
  EffectivePolicyQuery,
  StartHouseholdExportMutation,
  ExportJobQuery,
  ExportDownloadLinkMutation,
  ImportErrorsDownloadLinkMutation,
  ApplyImportJobMutation,
  HouseholdImportTemplateQuery,
  HouseholdQuery,
  HouseholdsQuery,
  IdentifyHouseholdsMutation,
  ImportHouseholdsMutation,
  ImportJobQuery,
  MonitoringCaseQuery,
  MonitoringCasesQuery,
  OpenLeadMutation,
  RemoveMemberMutation,
  ResolveRiskFactorMutation,
  SetHouseholdHeadMutation,
  SetHouseholdIncomeMutation,
  SetPolicyMutation,
  SupervisionQuery,
  UpdateHouseholdMutation,
  UpdateMemberMutation,
  CreateUserMutation,
  DivisionQuery,
  DivisionsQuery,
  IssueApiTokenMutation,
  ResetUserPasswordMutation,
  RevokeApiTokenMutation,
  RoleDefinitionsQuery,
  SetUserDisabledMutation,
  UpdateUserMutation,
  UserQuery,
  UsersQuery,
} from './operations';

export { graphqlRequest, ApiError } from './graphqlRequest';

/** Records as react-admin sees them: divisions are identified by their 12-digit code. */
export type UserRecord = UserFieldsFragment;
export type DivisionRecord = DivisionFieldsFragment & { id: string; parent?: DivisionFieldsFragment | null };
export type ApiTokenRecord = ApiTokenFieldsFragment & { token?: string };
export type ExcelFile = ConsoleHouseholdImportTemplateQuery['householdImportTemplate'];
export type IdentificationResult = ConsoleIdentifyHouseholdsMutation['identifyHouseholds'];
export type HouseholdListRecord = HouseholdListFieldsFragment;
export type HouseholdRecord = ConsoleHouseholdQuery['household'];
export type MemberRecord = MemberFieldsFragment;
export type IncomeRecord = IncomeFieldsFragment;
export type RiskFactorRecord = RiskFactorFieldsFragment;
export type CaseListRecord = CaseListFieldsFragment;
export type CaseRecord = ConsoleMonitoringCaseQuery['monitoringCase'];
export type ImportJobRecord = ImportJobFieldsFragment;
export type ExportJobRecord = ExportJobFieldsFragment;
export type DepartmentWarningRecord = DepartmentWarningFieldsFragment;
export type DepartmentBatchListRecord = DepartmentBatchFieldsFragment;
export type DepartmentBatchRecord = ConsoleDepartmentBatchQuery['departmentBatch'];
export type SupervisionRecord = ConsoleSupervisionQuery['supervision'] & { id: string };
export type PolicyRecord = ConsoleEffectivePolicyQuery & { id: string };

const MAX_LIMIT = 200;

const blankToUndefined = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
};

const booleanFilter = (value: unknown): boolean | undefined => {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
};

const enumFilter = <T extends string>(value: unknown): T | undefined =>
  typeof value === 'string' && value ? (value as T) : undefined;

function page(params: Pick<GetListParams, 'pagination'>) {
  const perPage = Math.min(Math.max(params.pagination?.perPage ?? 20, 1), MAX_LIMIT);
  const current = Math.max(params.pagination?.page ?? 1, 1);
  return { offset: (current - 1) * perPage, limit: perPage };
}

const toDivision = (division: DivisionFieldsFragment & { parent?: DivisionFieldsFragment | null }): DivisionRecord => ({
  ...division,
  id: division.code,
});

const unsupported = (): never => {
  throw new ApiError('不支持此操作', 400, 'UNSUPPORTED');
};

function sameSet(a: readonly string[] = [], b: readonly string[] = []) {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** Only the fields the form changed are sent, so that e.g. an admin may edit their own name without touching roles. */
function userChanges(data: Partial<UserRecord>, previous: Partial<UserRecord>): UpdateUserInput {
  const input: UpdateUserInput = {};
  const displayName = data.displayName?.trim();
  if (displayName !== undefined && displayName !== previous.displayName) input.displayName = displayName;
  if (data.divisionCode && data.divisionCode !== previous.divisionCode) input.divisionCode = data.divisionCode;
  if (data.roles && !sameSet(data.roles, previous.roles ?? [])) input.roles = data.roles;
  const roles = data.roles ?? previous.roles ?? [];
  const department: Department | null = roles.includes('DEPARTMENT_USER') ? (data.department ?? null) : null;
  if (department !== (previous.department ?? null)) input.department = department;
  const phone = (data.phone ?? '').trim();
  if (phone !== (previous.phone ?? '')) input.phone = phone;
  return input;
}

type Filter = Record<string, unknown>;

const moneyFilter = (value: unknown): string | undefined => {
  const text = typeof value === 'number' ? String(value) : blankToUndefined(value);
  return text && /^\d+(\.\d{1,2})?$/.test(text) ? text : undefined;
};

/** The household list's filter (also what 导出 Excel sends). */
export function householdFilter(filter: Filter): HouseholdFilter {
  const categories = Array.isArray(filter.categories) ? (filter.categories as HouseholdCategory[]) : undefined;
  return {
    search: blankToUndefined(filter.q),
    categories: categories?.length ? categories : undefined,
    divisionCode: blankToUndefined(filter.divisionCode),
    noLabourCapacity: booleanFilter(filter.noLabourCapacity),
    minimumLivingAllowance: booleanFilter(filter.minimumLivingAllowance),
    extremePoverty: booleanFilter(filter.extremePoverty),
    relocated: booleanFilter(filter.relocated),
    perCapitaIncomeMin: moneyFilter(filter.perCapitaIncomeMin),
    perCapitaIncomeMax: moneyFilter(filter.perCapitaIncomeMax),
  };
}

const HOUSEHOLD_SORT: Record<string, HouseholdSortField> = {
  householdNumber: 'HOUSEHOLD_NUMBER',
  memberCount: 'MEMBER_COUNT',
  perCapitaNetIncome: 'PER_CAPITA_NET_INCOME',
  divisionCode: 'DIVISION_CODE',
  'division.name': 'DIVISION_CODE',
  createdAt: 'CREATED_AT',
};

/** 监测案卷 list views: 我的待办, 逾期, 全部. */
export type CaseView = 'pending' | 'overdue' | 'all';

const blankToNull = (value: unknown): string | null => blankToUndefined(value) ?? null;
const intOrNull = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? Math.trunc(number) : null;
};

/** A member form's values as the API's MemberInput (empty optional fields left out). */
export function memberInput(data: Record<string, unknown>): MemberInput {
  const input: MemberInput = {
    name: String(data.name ?? '').trim(),
    idNumber: String(data.idNumber ?? '').trim(),
    relation: data.relation as Relation,
    labourCapacity: data.labourCapacity as MemberInput['labourCapacity'],
  };
  const ethnicity = blankToUndefined(data.ethnicity);
  if (ethnicity) input.ethnicity = ethnicity;
  if (data.education) input.education = data.education as MemberInput['education'];
  if (data.schoolingStage) input.schoolingStage = data.schoolingStage as MemberInput['schoolingStage'];
  if (data.healthStatus) input.healthStatus = data.healthStatus as MemberInput['healthStatus'];
  const grade = intOrNull(data.disabilityGrade);
  if (data.healthStatus === 'DISABLED' && grade !== null) input.disabilityGrade = grade;
  const workPlace = blankToUndefined(data.workPlace);
  if (workPlace) input.workPlace = workPlace;
  const months = intOrNull(data.workMonths);
  if (months !== null) input.workMonths = months;
  for (const flag of ['medicalInsurance', 'criticalIllnessInsurance', 'pensionInsurance', 'minimumLivingAllowance', 'extremePoverty'] as const) {
    if (typeof data[flag] === 'boolean') input[flag] = data[flag] as boolean;
  }
  return input;
}

/** Only what the member form changed; an unchanged (possibly masked) ID number is not sent. */
export function memberChanges(data: Record<string, unknown>, previous: MemberRecord): UpdateMemberInput {
  const next = memberInput({ ...data, relation: data.relation ?? previous.relation, labourCapacity: data.labourCapacity ?? previous.labourCapacity });
  const input: UpdateMemberInput = {};
  if (next.name !== previous.name) input.name = next.name;
  if (next.idNumber && next.idNumber !== previous.idNumber) input.idNumber = next.idNumber;
  if (next.relation !== previous.relation && previous.relation !== 'HEAD') input.relation = next.relation;
  if ((next.ethnicity ?? null) !== (previous.ethnicity ?? null)) input.ethnicity = next.ethnicity ?? '';
  if (next.education && next.education !== previous.education) input.education = next.education;
  if (next.schoolingStage && next.schoolingStage !== previous.schoolingStage) input.schoolingStage = next.schoolingStage;
  if (next.healthStatus && next.healthStatus !== previous.healthStatus) input.healthStatus = next.healthStatus;
  if (next.healthStatus === 'DISABLED' && (next.disabilityGrade ?? null) !== (previous.disabilityGrade ?? null)) input.disabilityGrade = next.disabilityGrade;
  if (next.labourCapacity !== previous.labourCapacity) input.labourCapacity = next.labourCapacity;
  if ((next.workPlace ?? null) !== (previous.workPlace ?? null)) input.workPlace = next.workPlace ?? '';
  if (next.workMonths !== undefined && next.workMonths !== previous.workMonths) input.workMonths = next.workMonths;
  for (const flag of ['medicalInsurance', 'criticalIllnessInsurance', 'pensionInsurance', 'minimumLivingAllowance', 'extremePoverty'] as const) {
    if (next[flag] !== undefined && next[flag] !== previous[flag]) input[flag] = next[flag];
  }
  return input;
}

const HOUSEHOLD_FLAGS = ['noLabourCapacity', 'minimumLivingAllowance', 'extremePoverty', 'relocated'] as const;

function householdCreateInput(data: Record<string, unknown>): CreateHouseholdInput {
  const members = Array.isArray(data.members) ? (data.members as Record<string, unknown>[]) : [];
  const input: CreateHouseholdInput = {
    divisionCode: String(data.divisionCode ?? ''),
    address: String(data.address ?? '').trim(),
    category: data.category as HouseholdCategory,
    members: members.map(memberInput),
  };
  const householdNumber = blankToUndefined(data.householdNumber);
  if (householdNumber) input.householdNumber = householdNumber;
  const phone = blankToUndefined(data.phone);
  if (phone) input.phone = phone;
  for (const flag of HOUSEHOLD_FLAGS) input[flag] = Boolean(data[flag]);
  return input;
}

/** Only the fields the form changed (an unchanged, possibly masked, phone is not sent). */
function householdChanges(data: Record<string, unknown>, previous: Partial<HouseholdRecord>): UpdateHouseholdInput {
  const input: UpdateHouseholdInput = {};
  const address = String(data.address ?? '').trim();
  if (address && address !== previous.address) input.address = address;
  const phone = String(data.phone ?? '').trim();
  if (phone !== (previous.phone ?? '')) input.phone = phone;
  if (data.category && data.category !== previous.category) input.category = data.category as HouseholdCategory;
  if (data.divisionCode && data.divisionCode !== previous.divisionCode) input.divisionCode = String(data.divisionCode);
  for (const flag of HOUSEHOLD_FLAGS) {
    if (typeof data[flag] === 'boolean' && data[flag] !== previous[flag]) input[flag] = data[flag] as boolean;
  }
  return input;
}

const canReadCases = () => getSessionPermissions().includes('MONITORING_READ');

async function getList(resource: string, params: GetListParams) {
  const { offset, limit } = page(params);
  const filter: Filter = params.filter ?? {};
  switch (resource) {
    case 'users': {
      const { users } = await graphqlRequest(UsersQuery, {
        offset,
        limit,
        search: blankToUndefined(filter.q),
        role: enumFilter<Role>(filter.role),
        disabled: booleanFilter(filter.disabled),
        divisionCode: blankToUndefined(filter.divisionCode),
      });
      return { data: users.items, total: users.total };
    }
    case 'divisions': {
      const { divisions } = await graphqlRequest(DivisionsQuery, {
        offset,
        limit,
        search: blankToUndefined(filter.q),
        level: enumFilter<DivisionLevel>(filter.level),
        parentCode: blankToUndefined(filter.parentCode),
        within: blankToUndefined(filter.within),
      });
      return { data: divisions.items.map(toDivision), total: divisions.total };
    }
    case 'apiTokens': {
      const { apiTokens } = await graphqlRequest(ApiTokensQuery, { offset, limit });
      return { data: apiTokens.items, total: apiTokens.total };
    }
    case 'auditEntries': {
      const { auditEntries } = await graphqlRequest(AuditEntriesQuery, {
        offset,
        limit,
        action: enumFilter<AuditAction>(filter.action),
        entityName: blankToUndefined(filter.entityName),
        entityId: blankToUndefined(filter.entityId),
        actorName: blankToUndefined(filter.actorName),
        from: blankToUndefined(filter.from),
        to: blankToUndefined(filter.to),
      });
      return { data: auditEntries.items, total: auditEntries.total };
    }
    case 'households': {
      const field = params.sort?.field ?? 'householdNumber';
      const { households } = await graphqlRequest(HouseholdsQuery, {
        offset,
        limit,
        filter: householdFilter(filter),
        sortBy: HOUSEHOLD_SORT[field] ?? 'HOUSEHOLD_NUMBER',
        sortOrder: params.sort?.order === 'DESC' ? 'DESC' : 'ASC',
      });
      return { data: households.items, total: households.total };
    }
    case 'monitoringCases': {
      const view = (filter.view as CaseView | undefined) ?? 'all';
      const states = Array.isArray(filter.states) && filter.states.length ? (filter.states as CaseState[]) : undefined;
      const { monitoringCases } = await graphqlRequest(MonitoringCasesQuery, {
        offset,
        limit,
        pendingForMe: view === 'pending' ? true : undefined,
        overdue: view === 'overdue' ? true : undefined,
        states,
        category: enumFilter<MonitoringCategory>(filter.category),
        divisionCode: blankToUndefined(filter.divisionCode),
      });
      return { data: monitoringCases.items, total: monitoringCases.total };
    }
    case 'departmentWarnings': {
      // `status`: PENDING (the default queue), CONVERTED, DISMISSED or ALL.
      const status = filter.status === 'ALL' ? null : (enumFilter<WarningStatus>(filter.status) ?? 'PENDING');
      const { departmentWarnings } = await graphqlRequest(DepartmentWarningsQuery, {
        offset,
        limit,
        status,
        divisionCode: blankToUndefined(filter.divisionCode),
      });
      return { data: departmentWarnings.items, total: departmentWarnings.total };
    }
    case 'departmentBatches': {
      // Newest first; the API has no filter or sort.
      const { departmentBatches } = await graphqlRequest(DepartmentBatchesQuery, { offset, limit });
      return { data: departmentBatches.items, total: departmentBatches.total };
    }
    case 'roleDefinitions': {
      const { roleDefinitions } = await graphqlRequest(RoleDefinitionsQuery);
      const data = roleDefinitions.map((definition) => ({ ...definition, id: definition.role }));
      return { data, total: data.length };
    }
    default:
      return unsupported();
  }
}

async function getOne(resource: string, id: Identifier): Promise<RaRecord> {
  switch (resource) {
    case 'users':
      return (await graphqlRequest(UserQuery, { id: String(id) })).user;
    case 'divisions':
      return toDivision((await graphqlRequest(DivisionQuery, { code: String(id) })).division);
    case 'apiTokens': {
      // There is no single-token query: look through the (short) list of the jurisdiction's tokens.
      for (let offset = 0; ; offset += MAX_LIMIT) {
        const { apiTokens } = await graphqlRequest(ApiTokensQuery, { offset, limit: MAX_LIMIT });
        const found = apiTokens.items.find((token) => token.id === String(id));
        if (found) return found;
        if (offset + MAX_LIMIT >= apiTokens.total) break;
      }
      throw new ApiError('API 令牌不存在或不在您的管辖范围内', 404, 'NOT_FOUND');
    }
    case 'households':
      return (await graphqlRequest(HouseholdQuery, { id: String(id), withCases: canReadCases() })).household;
    case 'monitoringCases':
      return (await graphqlRequest(MonitoringCaseQuery, { id: String(id) })).monitoringCase;
    case 'importJobs':
      return (await graphqlRequest(ImportJobQuery, { id: String(id) })).importJob;
    case 'departmentBatches':
      return (await graphqlRequest(DepartmentBatchQuery, { id: String(id) })).departmentBatch;
    case 'supervision': {
      const { supervision } = await graphqlRequest(SupervisionQuery, { divisionCode: String(id) });
      return { ...supervision, id: String(id) };
    }
    case 'policies': {
      // id: "<division code>:<year>"
      const [divisionCode, year] = String(id).split(':');
      const result = await graphqlRequest(EffectivePolicyQuery, { divisionCode, year: Number(year) });
      return { ...result, id: String(id) };
    }
    default:
      return unsupported();
  }
}

export interface ConsoleDataProvider extends DataProvider {
  setUserDisabled(record: UserRecord, disabled: boolean): Promise<UserRecord>;
  resetUserPassword(record: UserRecord, newPassword: string): Promise<UserRecord>;
  revokeApiToken(id: Identifier): Promise<ApiTokenRecord>;
  archiveHousehold(record: { id: string; version: number }, reason: string): Promise<unknown>;
  setHouseholdIncome(householdId: string, year: number, version: number | null, input: IncomeInput): Promise<IncomeRecord>;
  addMember(householdId: string, data: Record<string, unknown>): Promise<MemberRecord>;
  updateMember(member: MemberRecord, data: Record<string, unknown>): Promise<MemberRecord>;
  removeMember(member: MemberRecord, reason: string): Promise<MemberRecord>;
  setHouseholdHead(memberId: string, formerHeadRelation: Relation): Promise<unknown>;
  householdImportTemplate(): Promise<ExcelFile>;
  startHouseholdExport(filter: Filter): Promise<ExportJobRecord>;
  exportJob(id: string): Promise<ExportJobRecord>;
  exportDownloadLink(id: string): Promise<string>;
  importErrorsDownloadLink(id: string): Promise<string>;
  importHouseholds(fileBase64: string, filename: string, validOnly: boolean, mode: ImportMode): Promise<ImportJobRecord>;
  applyImportJob(id: string): Promise<ImportJobRecord>;
  importJob(id: string): Promise<ImportJobRecord>;
  addRiskFactor(householdId: string, input: RiskFactorInput): Promise<RiskFactorRecord>;
  resolveRiskFactor(risk: RiskFactorRecord, resolvedOn: string, note?: string): Promise<RiskFactorRecord>;
  actOnCase(record: { id: string; version: number }, action: CaseAction, options?: { note?: string; category?: MonitoringCategory }): Promise<unknown>;
  openLead(input: OpenLeadInput): Promise<{ id: string }>;
  identifyHouseholds(divisionCode: string, year: number): Promise<IdentificationResult>;
  setPolicy(divisionCode: string, year: number, input: PolicyInput): Promise<unknown>;
  convertWarningToLead(warning: DepartmentWarningRecord, category: MonitoringCategory): Promise<DepartmentWarningRecord>;
  dismissWarning(warning: DepartmentWarningRecord, reason: string): Promise<DepartmentWarningRecord>;
  /** 部门数据报送: an .xlsx for the user's own department; processed in the background. */
  submitDepartmentRecords(fileBase64: string): Promise<DepartmentBatchRecord>;
  departmentBatch(id: string): Promise<DepartmentBatchRecord>;
}

export const dataProvider: ConsoleDataProvider = {
  getList: (resource, params) => getList(resource, params) as never,

  getOne: async (resource, params) => ({ data: (await getOne(resource, params.id)) as never }),

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
    return { data: results.filter((record): record is RaRecord => record !== null) as never };
  },

  getManyReference: async (resource, params) => {
    if (resource === 'divisions' && params.target === 'parentCode') {
      return getList('divisions', { ...params, filter: { ...params.filter, parentCode: String(params.id) } }) as never;
    }
    if (resource === 'users' && params.target === 'divisionCode') {
      return getList('users', { ...params, filter: { ...params.filter, divisionCode: String(params.id) } }) as never;
    }
    return unsupported();
  },

  create: async (resource, params) => {
    const data = params.data as Record<string, unknown>;
    switch (resource) {
      case 'users': {
        const roles = (data.roles as Role[] | undefined) ?? [];
        const input: CreateUserInput = {
          username: String(data.username ?? '').trim(),
          displayName: String(data.displayName ?? '').trim(),
          divisionCode: String(data.divisionCode ?? ''),
          roles,
          password: String(data.password ?? ''),
          phone: blankToUndefined(data.phone),
          department: roles.includes('DEPARTMENT_USER') ? ((data.department as Department | undefined) ?? undefined) : undefined,
        };
        const { createUser } = await graphqlRequest(CreateUserMutation, { input });
        return { data: createUser as never };
      }
      case 'apiTokens': {
        const expiresAt = blankToUndefined(data.expiresAt);
        const input: IssueApiTokenInput = {
          name: String(data.name ?? '').trim(),
          partnerName: String(data.partnerName ?? '').trim(),
          role: data.role as Role,
          divisionCode: String(data.divisionCode ?? ''),
          expiresAt: expiresAt ? new Date(expiresAt).toISOString() : undefined,
        };
        const { issueApiToken } = await graphqlRequest(IssueApiTokenMutation, { input });
        return { data: { ...issueApiToken.apiToken, token: issueApiToken.token } as never };
      }
      case 'households': {
        const { createHousehold } = await graphqlRequest(CreateHouseholdMutation, { input: householdCreateInput(data) });
        return { data: createHousehold as never };
      }
      default:
        return unsupported();
    }
  },

  update: async (resource, params) => {
    if (resource === 'households') {
      const previous = (params.previousData ?? {}) as Partial<HouseholdRecord>;
      const version = previous.version ?? (params.data as Partial<HouseholdRecord>).version;
      if (version === undefined) throw new ApiError('缺少版本号，请刷新后重试', 400, 'BAD_USER_INPUT');
      const { updateHousehold } = await graphqlRequest(UpdateHouseholdMutation, {
        id: String(params.id),
        version,
        input: householdChanges(params.data as Record<string, unknown>, previous),
      });
      return { data: updateHousehold as never };
    }
    if (resource !== 'users') return unsupported();
    const data = params.data as Partial<UserRecord>;
    const previous = (params.previousData ?? {}) as Partial<UserRecord>;
    const version = previous.version ?? data.version;
    if (version === undefined) throw new ApiError('缺少版本号，请刷新后重试', 400, 'BAD_USER_INPUT');
    const { updateUser } = await graphqlRequest(UpdateUserMutation, {
      id: String(params.id),
      version,
      input: userChanges(data, previous),
    });
    return { data: updateUser as never };
  },

  updateMany: async () => unsupported(),
  delete: async () => unsupported(),
  deleteMany: async () => unsupported(),

  async setUserDisabled(record, disabled) {
    const { setUserDisabled } = await graphqlRequest(SetUserDisabledMutation, { id: record.id, version: record.version, disabled });
    return setUserDisabled;
  },

  async resetUserPassword(record, newPassword) {
    const { resetUserPassword } = await graphqlRequest(ResetUserPasswordMutation, { id: record.id, version: record.version, newPassword });
    return resetUserPassword;
  },

  async revokeApiToken(id) {
    const { revokeApiToken } = await graphqlRequest(RevokeApiTokenMutation, { id: String(id) });
    return revokeApiToken;
  },

  async archiveHousehold(record, reason) {
    return (await graphqlRequest(ArchiveHouseholdMutation, { id: record.id, version: record.version, reason: reason.trim() })).archiveHousehold;
  },

  async setHouseholdIncome(householdId, year, version, input) {
    const { setHouseholdIncome } = await graphqlRequest(SetHouseholdIncomeMutation, { householdId, year, version, input });
    return setHouseholdIncome;
  },

  async addMember(householdId, data) {
    return (await graphqlRequest(AddMemberMutation, { householdId, input: memberInput(data) })).addMember;
  },

  async updateMember(member, data) {
    const input = memberChanges(data, member);
    if (Object.keys(input).length === 0) return member;
    return (await graphqlRequest(UpdateMemberMutation, { id: member.id, version: member.version, input })).updateMember;
  },

  async removeMember(member, reason) {
    return (await graphqlRequest(RemoveMemberMutation, { id: member.id, version: member.version, reason: reason.trim() })).removeMember;
  },

  async setHouseholdHead(memberId, formerHeadRelation) {
    return (await graphqlRequest(SetHouseholdHeadMutation, { memberId, formerHeadRelation })).setHouseholdHead;
  },

  async householdImportTemplate() {
    return (await graphqlRequest(HouseholdImportTemplateQuery)).householdImportTemplate;
  },

  async startHouseholdExport(filter) {
    return (await graphqlRequest(StartHouseholdExportMutation, { filter: householdFilter(filter) })).startHouseholdExport;
  },

  async exportJob(id) {
    return (await graphqlRequest(ExportJobQuery, { id })).exportJob;
  },

  async exportDownloadLink(id) {
    return (await graphqlRequest(ExportDownloadLinkMutation, { id })).createExportDownloadLink.url;
  },

  async importErrorsDownloadLink(id) {
    return (await graphqlRequest(ImportErrorsDownloadLinkMutation, { id })).createImportErrorsDownloadLink.url;
  },

  async importHouseholds(fileBase64, filename, validOnly, mode) {
    return (await graphqlRequest(ImportHouseholdsMutation, { fileBase64, filename, validOnly, mode })).importHouseholds;
  },

  async applyImportJob(id) {
    return (await graphqlRequest(ApplyImportJobMutation, { id })).applyImportJob;
  },

  async importJob(id) {
    return (await graphqlRequest(ImportJobQuery, { id })).importJob;
  },

  async addRiskFactor(householdId, input) {
    return (await graphqlRequest(AddRiskFactorMutation, { householdId, input })).addRiskFactor;
  },

  async resolveRiskFactor(risk, resolvedOn, note) {
    const { resolveRiskFactor } = await graphqlRequest(ResolveRiskFactorMutation, {
      id: risk.id,
      version: risk.version,
      resolvedOn,
      note: blankToNull(note),
    });
    return resolveRiskFactor;
  },

  async actOnCase(record, action, options = {}) {
    const { actOnCase } = await graphqlRequest(ActOnCaseMutation, {
      caseId: record.id,
      version: record.version,
      action,
      note: blankToNull(options.note),
      category: options.category ?? null,
    });
    return actOnCase;
  },

  async openLead(input) {
    return (await graphqlRequest(OpenLeadMutation, { input })).openLead;
  },

  async identifyHouseholds(divisionCode, year) {
    return (await graphqlRequest(IdentifyHouseholdsMutation, { divisionCode, year })).identifyHouseholds;
  },

  async setPolicy(divisionCode, year, input) {
    return (await graphqlRequest(SetPolicyMutation, { divisionCode, year, input })).setPolicy;
  },

  async convertWarningToLead(warning, category) {
    const { convertWarningToLead } = await graphqlRequest(ConvertWarningToLeadMutation, { id: warning.id, version: warning.version, category });
    return convertWarningToLead;
  },

  async dismissWarning(warning, reason) {
    const { dismissWarning } = await graphqlRequest(DismissWarningMutation, { id: warning.id, version: warning.version, reason: reason.trim() });
    return dismissWarning;
  },

  async submitDepartmentRecords(fileBase64) {
    return (await graphqlRequest(SubmitDepartmentRecordsMutation, { fileBase64 })).submitDepartmentRecords;
  },

  async departmentBatch(id) {
    return (await graphqlRequest(DepartmentBatchQuery, { id })).departmentBatch;
  },
};

export default dataProvider;
