import type { Identifier } from 'react-admin';
import type { ApiTokenFieldsFragment, IssueApiTokenInput, Role } from '../gql/graphql';
import { ApiError, graphqlRequest } from '../dataProvider/graphqlRequest';
import { MAX_LIMIT, blankToUndefined, page, type ResourceAccess } from '../dataProvider/resource';
import { ApiTokensQuery, IssueApiTokenMutation, RevokeApiTokenMutation } from './documents';

/** A partner token; `token` (the secret) only on the record `create` returns, shown once. */
export type ApiTokenRecord = ApiTokenFieldsFragment & { token?: string };

function issueInput(data: Record<string, unknown>): IssueApiTokenInput {
  const expiresAt = blankToUndefined(data.expiresAt);
  return {
    name: String(data.name ?? '').trim(),
    partnerName: String(data.partnerName ?? '').trim(),
    role: data.role as Role,
    divisionCode: String(data.divisionCode ?? ''),
    expiresAt: expiresAt ? new Date(expiresAt).toISOString() : undefined,
  };
}

/** 合作方令牌. */
export const apiTokenAccess: ResourceAccess<ApiTokenRecord> = {
  async getList(params) {
    const { apiTokens } = await graphqlRequest(ApiTokensQuery, page(params));
    return { data: apiTokens.items, total: apiTokens.total };
  },
  async getOne(id) {
    // There is no single-token query: look through the (short) list of the jurisdiction's tokens.
    for (let offset = 0; ; offset += MAX_LIMIT) {
      const { apiTokens } = await graphqlRequest(ApiTokensQuery, { offset, limit: MAX_LIMIT });
      const found = apiTokens.items.find((token) => token.id === String(id));
      if (found) return found;
      if (offset + MAX_LIMIT >= apiTokens.total) break;
    }
    throw new ApiError('合作方令牌不存在或不在您的管辖范围内', 404, 'NOT_FOUND');
  },
  async create(data) {
    const { issueApiToken } = await graphqlRequest(IssueApiTokenMutation, { input: issueInput(data) });
    return { ...issueApiToken.apiToken, token: issueApiToken.token };
  },
};

export const apiTokenActions = {
  async revokeApiToken(id: Identifier): Promise<ApiTokenRecord> {
    return (await graphqlRequest(RevokeApiTokenMutation, { id: String(id) })).revokeApiToken;
  },
};
