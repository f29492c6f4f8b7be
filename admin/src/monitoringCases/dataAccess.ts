import type {
  CaseAction,
  CaseListFieldsFragment,
  CaseState,
  ConsoleIdentifyHouseholdsMutation,
  ConsoleMonitoringCaseQuery,
  MonitoringCategory,
  ObjectionInput,
  OpenLeadInput,
  VillageReviewInput,
} from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import {
  blankToNull,
  blankToUndefined,
  enumFilter,
  page,
  selectedIds,
  type Filter,
  type ResourceAccess,
} from '../dataProvider/resource';
import type { ExportJobRecord } from '../households/dataAccess';
import {
  ActOnCaseMutation,
  AnswerObjectionMutation,
  IdentifyHouseholdsMutation,
  MonitoringCaseCountsQuery,
  MonitoringCaseQuery,
  MonitoringCasesQuery,
  StartMonitoringCaseExportMutation,
  OpenLeadMutation,
  RecordObjectionMutation,
  RecordVillageReviewMutation,
} from './documents';

export type CaseListRecord = CaseListFieldsFragment;
export type CaseRecord = ConsoleMonitoringCaseQuery['monitoringCase'];
export type IdentificationResult = ConsoleIdentifyHouseholdsMutation['identifyHouseholds'];

/** 监测案卷 list views: 我的待办, 逾期, 全部. */
export type CaseView = 'pending' | 'overdue' | 'all';

/** The list's filter as the API's arguments (the list, its counts by state and its export send the same). */
export function caseFilter(filter: Filter) {
  const view = (filter.view as CaseView | undefined) ?? 'all';
  const states = Array.isArray(filter.states) && filter.states.length ? (filter.states as CaseState[]) : undefined;
  return {
    pendingForMe: view === 'pending' ? true : undefined,
    overdue: view === 'overdue' ? true : undefined,
    states,
    category: enumFilter<MonitoringCategory>(filter.category),
    divisionCode: blankToUndefined(filter.divisionCode),
    ids: selectedIds(filter.ids),
  };
}

/** 监测案卷. */
export const caseAccess: ResourceAccess<CaseListRecord | CaseRecord> = {
  async getList(params) {
    const { monitoringCases } = await graphqlRequest(MonitoringCasesQuery, {
      ...page(params),
      ...caseFilter(params.filter ?? {}),
    });
    return { data: monitoringCases.items, total: monitoringCases.total };
  },
  async getOne(id) {
    return (await graphqlRequest(MonitoringCaseQuery, { id: String(id) })).monitoringCase;
  },
};

/** The procedure's steps, opening a lead and 识别 over a division; counts by state and the export. */
export const caseActions = {
  /** Every state's count under the list's filter, in one request (the home page). */
  async monitoringCaseCounts(filter: Filter): Promise<Array<{ state: CaseState; cases: number }>> {
    return (await graphqlRequest(MonitoringCaseCountsQuery, caseFilter(filter))).monitoringCaseCounts;
  },
  /** 导出 Excel of the list's filter, or of the ticked cases (`ids`). */
  async startMonitoringCaseExport(filter: Filter): Promise<ExportJobRecord> {
    return (await graphqlRequest(StartMonitoringCaseExportMutation, caseFilter(filter))).startMonitoringCaseExport;
  },
  async actOnCase(
    record: { id: string; version: number },
    action: CaseAction,
    options: { note?: string; category?: MonitoringCategory } = {},
  ): Promise<unknown> {
    const { actOnCase } = await graphqlRequest(ActOnCaseMutation, {
      caseId: record.id,
      version: record.version,
      action,
      note: blankToNull(options.note),
      category: options.category ?? null,
    });
    return actOnCase;
  },
  async openLead(input: OpenLeadInput): Promise<{ id: string }> {
    return (await graphqlRequest(OpenLeadMutation, { input })).openLead;
  },
  /** 村级民主评议及公示. */
  async recordVillageReview(caseId: string, input: VillageReviewInput): Promise<{ id: string }> {
    return (await graphqlRequest(RecordVillageReviewMutation, { caseId, input })).recordVillageReview;
  },
  /** 公示异议: recorded while the case is in review; it must be answered before the case moves on. */
  async recordObjection(caseId: string, input: ObjectionInput): Promise<{ id: string }> {
    return (await graphqlRequest(RecordObjectionMutation, { caseId, input })).recordObjection;
  },
  async answerObjection(objection: { id: string; version: number }, answer: string): Promise<{ id: string }> {
    return (await graphqlRequest(AnswerObjectionMutation, { id: objection.id, version: objection.version, answer }))
      .answerObjection;
  },
  async identifyHouseholds(divisionCode: string, year: number): Promise<IdentificationResult> {
    return (await graphqlRequest(IdentifyHouseholdsMutation, { divisionCode, year })).identifyHouseholds;
  },
};
