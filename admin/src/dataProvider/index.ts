import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import type {
  ApiTokenFieldsFragment,
  AuditAction,
  CreateUserInput,
  Department,
  DivisionFieldsFragment,
  DivisionLevel,
  IssueApiTokenInput,
  Role,
  UpdateUserInput,
  UserFieldsFragment,
} from '../gql/graphql';
import { ApiError, graphqlRequest } from './graphqlRequest';
import {
  ApiTokensQuery,
  AuditEntriesQuery,
  CreateUserMutation,
  DivisionQuery,
  DivisionsQuery,
  IssueApiTokenMutation,
  ResetUserPasswordMutation,
  RevokeApiTokenMutation,
  RoleDefinitionsQuery,
  SetUserDisabledMutation,
  UpdateUserMutation,
  UserQuery,
  UsersQuery,
} from './operations';

export { graphqlRequest, ApiError } from './graphqlRequest';

/** Records as react-admin sees them: divisions are identified by their 12-digit code. */
export type UserRecord = UserFieldsFragment;
export type DivisionRecord = DivisionFieldsFragment & { id: string; parent?: DivisionFieldsFragment | null };
export type ApiTokenRecord = ApiTokenFieldsFragment & { token?: string };

const MAX_LIMIT = 200;

const blankToUndefined = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
};

const booleanFilter = (value: unknown): boolean | undefined => {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
};

const enumFilter = <T extends string>(value: unknown): T | undefined =>
  typeof value === 'string' && value ? (value as T) : undefined;

function page(params: Pick<GetListParams, 'pagination'>) {
  const perPage = Math.min(Math.max(params.pagination?.perPage ?? 20, 1), MAX_LIMIT);
  const current = Math.max(params.pagination?.page ?? 1, 1);
  return { offset: (current - 1) * perPage, limit: perPage };
}

const toDivision = (division: DivisionFieldsFragment & { parent?: DivisionFieldsFragment | null }): DivisionRecord => ({
  ...division,
  id: division.code,
});

const unsupported = (): never => {
  throw new ApiError('不支持此操作', 400, 'UNSUPPORTED');
};

function sameSet(a: readonly string[] = [], b: readonly string[] = []) {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/** Only the fields the form changed are sent, so that e.g. an admin may edit their own name without touching roles. */
function userChanges(data: Partial<UserRecord>, previous: Partial<UserRecord>): UpdateUserInput {
  const input: UpdateUserInput = {};
  const displayName = data.displayName?.trim();
  if (displayName !== undefined && displayName !== previous.displayName) input.displayName = displayName;
  if (data.divisionCode && data.divisionCode !== previous.divisionCode) input.divisionCode = data.divisionCode;
  if (data.roles && !sameSet(data.roles, previous.roles ?? [])) input.roles = data.roles;
  const roles = data.roles ?? previous.roles ?? [];
  const department: Department | null = roles.includes('DEPARTMENT_USER') ? (data.department ?? null) : null;
  if (department !== (previous.department ?? null)) input.department = department;
  const phone = (data.phone ?? '').trim();
  if (phone !== (previous.phone ?? '')) input.phone = phone;
  return input;
}

type Filter = Record<string, unknown>;

async function getList(resource: string, params: GetListParams) {
  const { offset, limit } = page(params);
  const filter: Filter = params.filter ?? {};
  switch (resource) {
    case 'users': {
      const { users } = await graphqlRequest(UsersQuery, {
        offset,
        limit,
        search: blankToUndefined(filter.q),
        role: enumFilter<Role>(filter.role),
        disabled: booleanFilter(filter.disabled),
        divisionCode: blankToUndefined(filter.divisionCode),
      });
      return { data: users.items, total: users.total };
    }
    case 'divisions': {
      const { divisions } = await graphqlRequest(DivisionsQuery, {
        offset,
        limit,
        search: blankToUndefined(filter.q),
        level: enumFilter<DivisionLevel>(filter.level),
        parentCode: blankToUndefined(filter.parentCode),
        within: blankToUndefined(filter.within),
      });
      return { data: divisions.items.map(toDivision), total: divisions.total };
    }
    case 'apiTokens': {
      const { apiTokens } = await graphqlRequest(ApiTokensQuery, { offset, limit });
      return { data: apiTokens.items, total: apiTokens.total };
    }
    case 'auditEntries': {
      const { auditEntries } = await graphqlRequest(AuditEntriesQuery, {
        offset,
        limit,
        action: enumFilter<AuditAction>(filter.action),
        entityName: blankToUndefined(filter.entityName),
        entityId: blankToUndefined(filter.entityId),
        actorName: blankToUndefined(filter.actorName),
        from: blankToUndefined(filter.from),
        to: blankToUndefined(filter.to),
      });
      return { data: auditEntries.items, total: auditEntries.total };
    }
    case 'roleDefinitions': {
      const { roleDefinitions } = await graphqlRequest(RoleDefinitionsQuery);
      const data = roleDefinitions.map((definition) => ({ ...definition, id: definition.role }));
      return { data, total: data.length };
    }
    default:
      return unsupported();
  }
}

async function getOne(resource: string, id: Identifier): Promise<RaRecord> {
  switch (resource) {
    case 'users':
      return (await graphqlRequest(UserQuery, { id: String(id) })).user;
    case 'divisions':
      return toDivision((await graphqlRequest(DivisionQuery, { code: String(id) })).division);
    case 'apiTokens': {
      // There is no single-token query: look through the (short) list of the jurisdiction's tokens.
      for (let offset = 0; ; offset += MAX_LIMIT) {
        const { apiTokens } = await graphqlRequest(ApiTokensQuery, { offset, limit: MAX_LIMIT });
        const found = apiTokens.items.find((token) => token.id === String(id));
        if (found) return found;
        if (offset + MAX_LIMIT >= apiTokens.total) break;
      }
      throw new ApiError('API 令牌不存在或不在您的管辖范围内', 404, 'NOT_FOUND');
    }
    default:
      return unsupported();
  }
}

export interface ConsoleDataProvider extends DataProvider {
  setUserDisabled(record: UserRecord, disabled: boolean): Promise<UserRecord>;
  resetUserPassword(record: UserRecord, newPassword: string): Promise<UserRecord>;
  revokeApiToken(id: Identifier): Promise<ApiTokenRecord>;
}

export const dataProvider: ConsoleDataProvider = {
  getList: (resource, params) => getList(resource, params) as never,

  getOne: async (resource, params) => ({ data: (await getOne(resource, params.id)) as never }),

  getMany: async (resource, params) => {
    const ids = [...new Set(params.ids.filter((id) => id !== null && id !== undefined && id !== ''))];
    const results = await Promise.all(
      ids.map((id) =>
        getOne(resource, id).catch((error: unknown) => {
          // A referenced record outside the jurisdiction is simply not shown.
          if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return null;
          throw error;
        }),
      ),
    );
    return { data: results.filter((record): record is RaRecord => record !== null) as never };
  },

  getManyReference: async (resource, params) => {
    if (resource === 'divisions' && params.target === 'parentCode') {
      return getList('divisions', { ...params, filter: { ...params.filter, parentCode: String(params.id) } }) as never;
    }
    if (resource === 'users' && params.target === 'divisionCode') {
      return getList('users', { ...params, filter: { ...params.filter, divisionCode: String(params.id) } }) as never;
    }
    return unsupported();
  },

  create: async (resource, params) => {
    const data = params.data as Record<string, unknown>;
    switch (resource) {
      case 'users': {
        const roles = (data.roles as Role[] | undefined) ?? [];
        const input: CreateUserInput = {
          username: String(data.username ?? '').trim(),
          displayName: String(data.displayName ?? '').trim(),
          divisionCode: String(data.divisionCode ?? ''),
          roles,
          password: String(data.password ?? ''),
          phone: blankToUndefined(data.phone),
          department: roles.includes('DEPARTMENT_USER') ? ((data.department as Department | undefined) ?? undefined) : undefined,
        };
        const { createUser } = await graphqlRequest(CreateUserMutation, { input });
        return { data: createUser as never };
      }
      case 'apiTokens': {
        const expiresAt = blankToUndefined(data.expiresAt);
        const input: IssueApiTokenInput = {
          name: String(data.name ?? '').trim(),
          partnerName: String(data.partnerName ?? '').trim(),
          role: data.role as Role,
          divisionCode: String(data.divisionCode ?? ''),
          expiresAt: expiresAt ? new Date(expiresAt).toISOString() : undefined,
        };
        const { issueApiToken } = await graphqlRequest(IssueApiTokenMutation, { input });
        return { data: { ...issueApiToken.apiToken, token: issueApiToken.token } as never };
      }
      default:
        return unsupported();
    }
  },

  update: async (resource, params) => {
    if (resource !== 'users') return unsupported();
    const data = params.data as Partial<UserRecord>;
    const previous = (params.previousData ?? {}) as Partial<UserRecord>;
    const version = previous.version ?? data.version;
    if (version === undefined) throw new ApiError('缺少版本号，请刷新后重试', 400, 'BAD_USER_INPUT');
    const { updateUser } = await graphqlRequest(UpdateUserMutation, {
      id: String(params.id),
      version,
      input: userChanges(data, previous),
    });
    return { data: updateUser as never };
  },

  updateMany: async () => unsupported(),
  delete: async () => unsupported(),
  deleteMany: async () => unsupported(),

  async setUserDisabled(record, disabled) {
    const { setUserDisabled } = await graphqlRequest(SetUserDisabledMutation, { id: record.id, version: record.version, disabled });
    return setUserDisabled;
  },

  async resetUserPassword(record, newPassword) {
    const { resetUserPassword } = await graphqlRequest(ResetUserPasswordMutation, { id: record.id, version: record.version, newPassword });
    return resetUserPassword;
  },

  async revokeApiToken(id) {
    const { revokeApiToken } = await graphqlRequest(RevokeApiTokenMutation, { id: String(id) });
    return revokeApiToken;
  },
};

export default dataProvider;
