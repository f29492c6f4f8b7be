import type { AuditAction, ConsoleAuditEntriesQuery } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { blankToUndefined, enumFilter, page, type Filter, type ResourceAccess } from '../dataProvider/resource';
import { AuditEntriesQuery } from './documents';

export type AuditEntryRecord = ConsoleAuditEntriesQuery['auditEntries']['items'][number];

/** 审计日志 (read only). */
export const auditEntryAccess: ResourceAccess<AuditEntryRecord> = {
  async getList(params) {
    const filter: Filter = params.filter ?? {};
    const { auditEntries } = await graphqlRequest(AuditEntriesQuery, {
      ...page(params),
      action: enumFilter<AuditAction>(filter.action),
      entityName: blankToUndefined(filter.entityName),
      entityId: blankToUndefined(filter.entityId),
      idNumber: blankToUndefined(filter.idNumber),
      actorName: blankToUndefined(filter.actorName),
      from: blankToUndefined(filter.from),
      to: blankToUndefined(filter.to),
    });
    return { data: auditEntries.items, total: auditEntries.total };
  },
};
