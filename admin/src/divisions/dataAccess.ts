import type { DivisionFieldsFragment, DivisionLevel } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { blankToUndefined, enumFilter, page, type Filter, type ResourceAccess } from '../dataProvider/resource';
import { DivisionQuery, DivisionsQuery, SetDivisionDeepPovertyMutation } from './documents';

/** Divisions are identified by their 12-digit code. */
export type DivisionRecord = DivisionFieldsFragment & { id: string; parent?: DivisionFieldsFragment | null };

const toDivision = (division: DivisionFieldsFragment & { parent?: DivisionFieldsFragment | null }): DivisionRecord => ({
  ...division,
  id: division.code,
});

/** 行政区划. */
export const divisionAccess: ResourceAccess<DivisionRecord> = {
  async getList(params) {
    const filter: Filter = params.filter ?? {};
    const { divisions } = await graphqlRequest(DivisionsQuery, {
      ...page(params),
      search: blankToUndefined(filter.q),
      level: enumFilter<DivisionLevel>(filter.level),
      parentCode: blankToUndefined(filter.parentCode),
      within: blankToUndefined(filter.within),
    });
    return { data: divisions.items.map(toDivision), total: divisions.total };
  },
  async getOne(id) {
    return toDivision((await graphqlRequest(DivisionQuery, { code: String(id) })).division);
  },
  references: { parentCode: 'parentCode' },
};

export const divisionActions = {
  /** 认定或取消深度贫困地区 (province and city offices); the reason goes to the audit log. */
  async setDivisionDeepPoverty(code: string, deepPoverty: boolean, reason: string): Promise<DivisionRecord> {
    return toDivision(
      (await graphqlRequest(SetDivisionDeepPovertyMutation, { code, deepPoverty, reason })).setDivisionDeepPoverty,
    );
  },
};
