import { getSessionPermissions } from '../session';
import type {
  ConsoleHouseholdImportTemplateQuery,
  ConsoleHouseholdQuery,
  CreateHouseholdInput,
  MonitoringCategory,
  RegistrationStatus,
  HouseholdFilter,
  HouseholdListFieldsFragment,
  HouseholdSortField,
  ImportJobFieldsFragment,
  ExportJobFieldsFragment,
  ImportMode,
  IncomeFieldsFragment,
  IncomeInput,
  MemberFieldsFragment,
  MemberInput,
  Relation,
  RiskFactorFieldsFragment,
  RiskFactorInput,
  UpdateHouseholdInput,
  UpdateMemberInput,
} from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import {
  blankToNull,
  blankToUndefined,
  booleanFilter,
  intOrNull,
  page,
  requireVersion,
  selectedIds,
  type Filter,
  type ResourceAccess,
} from '../dataProvider/resource';
import {
  AddMemberMutation,
  AddRiskFactorMutation,
  ArchiveHouseholdMutation,
  SetHouseholdRegistrationMutation,
  CreateHouseholdMutation,
  StartHouseholdExportMutation,
  ExportJobQuery,
  ExportDownloadLinkMutation,
  ImportErrorsDownloadLinkMutation,
  ApplyImportJobMutation,
  HouseholdImportTemplateQuery,
  HouseholdQuery,
  HouseholdsQuery,
  ImportHouseholdsMutation,
  ImportJobQuery,
  RemoveMemberMutation,
  ResolveRiskFactorMutation,
  SetHouseholdHeadMutation,
  SetHouseholdIncomeMutation,
  UpdateHouseholdMutation,
  UpdateMemberMutation,
} from './documents';

export type HouseholdListRecord = HouseholdListFieldsFragment;
export type HouseholdRecord = ConsoleHouseholdQuery['household'];
export type MemberRecord = MemberFieldsFragment;
export type IncomeRecord = IncomeFieldsFragment;
export type RiskFactorRecord = RiskFactorFieldsFragment;
export type ImportJobRecord = ImportJobFieldsFragment;
export type ExportJobRecord = ExportJobFieldsFragment;
export type ExcelFile = ConsoleHouseholdImportTemplateQuery['householdImportTemplate'];

const moneyFilter = (value: unknown): string | undefined => {
  const text = typeof value === 'number' ? String(value) : blankToUndefined(value);
  return text && /^\d+(\.\d{1,2})?$/.test(text) ? text : undefined;
};

/** The household list's filter (also what 导出 Excel sends). */
export function householdFilter(filter: Filter): HouseholdFilter {
  const registrationStatuses = Array.isArray(filter.registrationStatuses)
    ? (filter.registrationStatuses as RegistrationStatus[])
    : undefined;
  const monitoringCategories = Array.isArray(filter.monitoringCategories)
    ? (filter.monitoringCategories as MonitoringCategory[])
    : undefined;
  return {
    search: blankToUndefined(filter.q),
    registrationStatuses: registrationStatuses?.length ? registrationStatuses : undefined,
    monitoringCategories: monitoringCategories?.length ? monitoringCategories : undefined,
    divisionCode: blankToUndefined(filter.divisionCode),
    noLabourCapacity: booleanFilter(filter.noLabourCapacity),
    minimumLivingAllowance: booleanFilter(filter.minimumLivingAllowance),
    extremePoverty: booleanFilter(filter.extremePoverty),
    relocated: booleanFilter(filter.relocated),
    perCapitaIncomeMin: moneyFilter(filter.perCapitaIncomeMin),
    perCapitaIncomeMax: moneyFilter(filter.perCapitaIncomeMax),
    ids: selectedIds(filter.ids),
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

const MEMBER_FLAGS = [
  'medicalInsurance',
  'criticalIllnessInsurance',
  'pensionInsurance',
  'minimumLivingAllowance',
  'extremePoverty',
] as const;

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
  for (const flag of MEMBER_FLAGS) {
    if (typeof data[flag] === 'boolean') input[flag] = data[flag] as boolean;
  }
  return input;
}

/** Only what the member form changed; an unchanged (possibly masked) ID number is not sent. */
export function memberChanges(data: Record<string, unknown>, previous: MemberRecord): UpdateMemberInput {
  const next = memberInput({
    ...data,
    relation: data.relation ?? previous.relation,
    labourCapacity: data.labourCapacity ?? previous.labourCapacity,
  });
  const input: UpdateMemberInput = {};
  if (next.name !== previous.name) input.name = next.name;
  if (next.idNumber && next.idNumber !== previous.idNumber) input.idNumber = next.idNumber;
  if (next.relation !== previous.relation && previous.relation !== 'HEAD') input.relation = next.relation;
  if ((next.ethnicity ?? null) !== (previous.ethnicity ?? null)) input.ethnicity = next.ethnicity ?? '';
  if (next.education && next.education !== previous.education) input.education = next.education;
  if (next.schoolingStage && next.schoolingStage !== previous.schoolingStage)
    input.schoolingStage = next.schoolingStage;
  if (next.healthStatus && next.healthStatus !== previous.healthStatus) input.healthStatus = next.healthStatus;
  if (next.healthStatus === 'DISABLED' && (next.disabilityGrade ?? null) !== (previous.disabilityGrade ?? null))
    input.disabilityGrade = next.disabilityGrade;
  if (next.labourCapacity !== previous.labourCapacity) input.labourCapacity = next.labourCapacity;
  if ((next.workPlace ?? null) !== (previous.workPlace ?? null)) input.workPlace = next.workPlace ?? '';
  if (next.workMonths !== undefined && next.workMonths !== previous.workMonths) input.workMonths = next.workMonths;
  for (const flag of MEMBER_FLAGS) {
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
    registrationStatus: (data.registrationStatus as RegistrationStatus | undefined) ?? 'ORDINARY',
    members: members.map(memberInput),
  };
  const year = Number(data.liftedOutYear);
  if (
    data.liftedOutYear !== null &&
    data.liftedOutYear !== undefined &&
    data.liftedOutYear !== '' &&
    Number.isInteger(year)
  )
    input.liftedOutYear = year;
  const householdNumber = blankToUndefined(data.householdNumber);
  if (householdNumber) input.householdNumber = householdNumber;
  const phone = blankToUndefined(data.phone);
  if (phone) input.phone = phone;
  for (const flag of HOUSEHOLD_FLAGS) input[flag] = Boolean(data[flag]);
  return input;
}

/** Only the fields the form changed (an unchanged, possibly masked, phone is not sent). */
function householdChanges(data: Partial<HouseholdRecord>, previous: Partial<HouseholdRecord>): UpdateHouseholdInput {
  const input: UpdateHouseholdInput = {};
  const address = String(data.address ?? '').trim();
  if (address && address !== previous.address) input.address = address;
  const phone = String(data.phone ?? '').trim();
  if (phone !== (previous.phone ?? '')) input.phone = phone;
  if (data.divisionCode && data.divisionCode !== previous.divisionCode) input.divisionCode = String(data.divisionCode);
  for (const flag of HOUSEHOLD_FLAGS) {
    const value = data[flag];
    if (typeof value === 'boolean' && value !== previous[flag]) input[flag] = value;
  }
  return input;
}

const canReadCases = () => getSessionPermissions().includes('MONITORING_READ');

/** 农户（一户一档）: the list reads list fields, a page reads the whole record. */
export const householdAccess: ResourceAccess<HouseholdListRecord | HouseholdRecord> = {
  async getList(params) {
    const field = params.sort?.field ?? 'householdNumber';
    const { households } = await graphqlRequest(HouseholdsQuery, {
      ...page(params),
      filter: householdFilter(params.filter ?? {}),
      sortBy: HOUSEHOLD_SORT[field] ?? 'HOUSEHOLD_NUMBER',
      sortOrder: params.sort?.order === 'DESC' ? 'DESC' : 'ASC',
    });
    return { data: households.items, total: households.total };
  },
  async getOne(id) {
    return (await graphqlRequest(HouseholdQuery, { id: String(id), withCases: canReadCases() })).household;
  },
  async create(data) {
    return (await graphqlRequest(CreateHouseholdMutation, { input: householdCreateInput(data) })).createHousehold;
  },
  async update(params) {
    const previous: Partial<HouseholdRecord> = params.previousData ?? {};
    const { updateHousehold } = await graphqlRequest(UpdateHouseholdMutation, {
      id: String(params.id),
      version: requireVersion(params),
      input: householdChanges(params.data as Partial<HouseholdRecord>, previous),
    });
    return updateHousehold;
  },
};

/** 导入任务: read one by id (polled while an import runs). */
export const importJobAccess: ResourceAccess<ImportJobRecord> = {
  async getOne(id) {
    return (await graphqlRequest(ImportJobQuery, { id: String(id) })).importJob;
  },
};

/** Household work beyond react-admin's CRUD: members, incomes, risks, Excel. */
export const householdActions = {
  /** 建档立卡登记状态: county users only (the API refuses anyone else). */
  async setHouseholdRegistration(
    record: { id: string; version: number },
    registrationStatus: RegistrationStatus,
    liftedOutYear: number | null,
    reason: string,
  ): Promise<unknown> {
    return (
      await graphqlRequest(SetHouseholdRegistrationMutation, {
        householdId: record.id,
        version: record.version,
        registrationStatus,
        liftedOutYear,
        reason: reason.trim(),
      })
    ).setHouseholdRegistration;
  },

  async archiveHousehold(record: { id: string; version: number }, reason: string): Promise<unknown> {
    return (
      await graphqlRequest(ArchiveHouseholdMutation, { id: record.id, version: record.version, reason: reason.trim() })
    ).archiveHousehold;
  },
  async setHouseholdIncome(
    householdId: string,
    year: number,
    version: number | null,
    input: IncomeInput,
  ): Promise<IncomeRecord> {
    return (await graphqlRequest(SetHouseholdIncomeMutation, { householdId, year, version, input })).setHouseholdIncome;
  },
  async addMember(householdId: string, data: Record<string, unknown>): Promise<MemberRecord> {
    return (await graphqlRequest(AddMemberMutation, { householdId, input: memberInput(data) })).addMember;
  },
  async updateMember(member: MemberRecord, data: Record<string, unknown>): Promise<MemberRecord> {
    const input = memberChanges(data, member);
    if (Object.keys(input).length === 0) return member;
    return (await graphqlRequest(UpdateMemberMutation, { id: member.id, version: member.version, input })).updateMember;
  },
  async removeMember(member: MemberRecord, reason: string): Promise<MemberRecord> {
    return (
      await graphqlRequest(RemoveMemberMutation, { id: member.id, version: member.version, reason: reason.trim() })
    ).removeMember;
  },
  async setHouseholdHead(memberId: string, formerHeadRelation: Relation): Promise<unknown> {
    return (await graphqlRequest(SetHouseholdHeadMutation, { memberId, formerHeadRelation })).setHouseholdHead;
  },
  async householdImportTemplate(): Promise<ExcelFile> {
    return (await graphqlRequest(HouseholdImportTemplateQuery)).householdImportTemplate;
  },
  /** 导出 Excel: a background job writing the file; downloaded over HTTP when done. */
  async startHouseholdExport(filter: Filter): Promise<ExportJobRecord> {
    return (await graphqlRequest(StartHouseholdExportMutation, { filter: householdFilter(filter) }))
      .startHouseholdExport;
  },
  async exportJob(id: string): Promise<ExportJobRecord> {
    return (await graphqlRequest(ExportJobQuery, { id })).exportJob;
  },
  /** A short-lived signed link, so the browser downloads the file itself. */
  async exportDownloadLink(id: string): Promise<string> {
    return (await graphqlRequest(ExportDownloadLinkMutation, { id })).createExportDownloadLink.url;
  },
  async importErrorsDownloadLink(id: string): Promise<string> {
    return (await graphqlRequest(ImportErrorsDownloadLinkMutation, { id })).createImportErrorsDownloadLink.url;
  },
  async importHouseholds(
    fileBase64: string,
    filename: string,
    validOnly: boolean,
    mode: ImportMode,
  ): Promise<ImportJobRecord> {
    return (await graphqlRequest(ImportHouseholdsMutation, { fileBase64, filename, validOnly, mode })).importHouseholds;
  },
  /** Update mode: applies the previewed changes (version-checked). */
  async applyImportJob(id: string): Promise<ImportJobRecord> {
    return (await graphqlRequest(ApplyImportJobMutation, { id })).applyImportJob;
  },
  async importJob(id: string): Promise<ImportJobRecord> {
    return (await graphqlRequest(ImportJobQuery, { id })).importJob;
  },
  async addRiskFactor(householdId: string, input: RiskFactorInput): Promise<RiskFactorRecord> {
    return (await graphqlRequest(AddRiskFactorMutation, { householdId, input })).addRiskFactor;
  },
  async resolveRiskFactor(risk: RiskFactorRecord, resolvedOn: string, note?: string): Promise<RiskFactorRecord> {
    const { resolveRiskFactor } = await graphqlRequest(ResolveRiskFactorMutation, {
      id: risk.id,
      version: risk.version,
      resolvedOn,
      note: blankToNull(note),
    });
    return resolveRiskFactor;
  },
};
