import type {
  MonitoringCategory,
  SelfReportDecision,
  SelfReportFieldsFragment,
  SelfReportStatus,
} from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { blankToUndefined, enumFilter, page, type Filter, type ResourceAccess } from '../dataProvider/resource';
import { HandleSelfReportMutation, SelfReportsQuery } from './documents';

export type SelfReportRecord = SelfReportFieldsFragment;

/** 农户自主申报: the village's queue of reports to verify. */
export const selfReportAccess: ResourceAccess<SelfReportRecord> = {
  async getList(params) {
    const filter: Filter = params.filter ?? {};
    // `status`: PENDING (the village's queue), CONVERTED, ATTACHED, DISMISSED or ALL.
    const status = filter.status === 'ALL' ? null : (enumFilter<SelfReportStatus>(filter.status) ?? 'PENDING');
    const { selfReports } = await graphqlRequest(SelfReportsQuery, {
      ...page(params),
      status,
      divisionCode: blankToUndefined(filter.divisionCode),
      // A case's page lists the reports linked to it (kept apart from its reasons).
      caseId: blankToUndefined(filter.caseId),
    });
    return { data: selfReports.items, total: selfReports.total };
  },
};

export const selfReportActions = {
  /** The village verifies a report: a lead, joining an open case, or dismissed. */
  async handleSelfReport(
    report: SelfReportRecord,
    {
      decision,
      category,
      householdId,
      note,
    }: {
      decision: SelfReportDecision;
      category?: MonitoringCategory;
      householdId?: string | null;
      note?: string | null;
    },
  ): Promise<SelfReportRecord> {
    const { handleSelfReport } = await graphqlRequest(HandleSelfReportMutation, {
      id: report.id,
      version: report.version,
      decision,
      category,
      householdId: householdId?.trim() || null,
      note: note?.trim() || null,
    });
    return handleSelfReport;
  },
};
