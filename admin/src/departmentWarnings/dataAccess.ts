import type { DepartmentWarningFieldsFragment, MonitoringCategory, WarningStatus } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { blankToUndefined, enumFilter, page, type Filter, type ResourceAccess } from '../dataProvider/resource';
import { ConvertWarningToLeadMutation, DepartmentWarningsQuery, DismissWarningMutation } from './documents';

export type DepartmentWarningRecord = DepartmentWarningFieldsFragment;

/** 部门预警. */
export const departmentWarningAccess: ResourceAccess<DepartmentWarningRecord> = {
  async getList(params) {
    const filter: Filter = params.filter ?? {};
    // `status`: PENDING (the default queue), CONVERTED, DISMISSED or ALL.
    const status = filter.status === 'ALL' ? null : (enumFilter<WarningStatus>(filter.status) ?? 'PENDING');
    const { departmentWarnings } = await graphqlRequest(DepartmentWarningsQuery, {
      ...page(params),
      status,
      divisionCode: blankToUndefined(filter.divisionCode),
    });
    return { data: departmentWarnings.items, total: departmentWarnings.total };
  },
};

export const departmentWarningActions = {
  async convertWarningToLead(
    warning: DepartmentWarningRecord,
    category: MonitoringCategory,
  ): Promise<DepartmentWarningRecord> {
    const { convertWarningToLead } = await graphqlRequest(ConvertWarningToLeadMutation, {
      id: warning.id,
      version: warning.version,
      category,
    });
    return convertWarningToLead;
  },
  async dismissWarning(warning: DepartmentWarningRecord, reason: string): Promise<DepartmentWarningRecord> {
    const { dismissWarning } = await graphqlRequest(DismissWarningMutation, {
      id: warning.id,
      version: warning.version,
      reason: reason.trim(),
    });
    return dismissWarning;
  },
};
