import type { ConsoleEffectivePolicyQuery, PolicyInput } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import type { ResourceAccess } from '../dataProvider/resource';
import { EffectivePolicyQuery, SetPolicyMutation } from './documents';

/** id: "<division code>:<year>". */
export type PolicyRecord = ConsoleEffectivePolicyQuery & { id: string };

/** 政策参数 of one division and year. */
export const policyAccess: ResourceAccess<PolicyRecord> = {
  async getOne(id) {
    const [divisionCode, year] = String(id).split(':');
    const result = await graphqlRequest(EffectivePolicyQuery, { divisionCode, year: Number(year) });
    return { ...result, id: String(id) };
  },
};

export const policyActions = {
  async setPolicy(divisionCode: string, year: number, input: PolicyInput): Promise<unknown> {
    return (await graphqlRequest(SetPolicyMutation, { divisionCode, year, input })).setPolicy;
  },
};
