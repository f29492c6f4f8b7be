import type { ConsoleSupervisionQuery } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import type { ResourceAccess } from '../dataProvider/resource';
import { SupervisionQuery } from './documents';

/** id: the division code. */
export type SupervisionRecord = ConsoleSupervisionQuery['supervision'] & { id: string };

/** 监测督导 of one division. */
export const supervisionAccess: ResourceAccess<SupervisionRecord> = {
  async getOne(id) {
    const { supervision } = await graphqlRequest(SupervisionQuery, { divisionCode: String(id) });
    return { ...supervision, id: String(id) };
  },
};
