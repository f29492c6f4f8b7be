import type { ConsoleSupervisionQuery } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import type { ResourceAccess } from '../dataProvider/resource';
import type { ExportJobRecord } from '../households/dataAccess';
import { StartSupervisionExportMutation, SupervisionQuery } from './documents';

/** id: the division code. */
export type SupervisionRecord = ConsoleSupervisionQuery['supervision'] & { id: string };

/** 导出 Excel of one division's 监测督导 (its total and each child). */
export const supervisionActions = {
  async startSupervisionExport(divisionCode: string): Promise<ExportJobRecord> {
    return (await graphqlRequest(StartSupervisionExportMutation, { divisionCode })).startSupervisionExport;
  },
};

/** 监测督导 of one division. */
export const supervisionAccess: ResourceAccess<SupervisionRecord> = {
  async getOne(id) {
    const { supervision } = await graphqlRequest(SupervisionQuery, { divisionCode: String(id) });
    return { ...supervision, id: String(id) };
  },
};
