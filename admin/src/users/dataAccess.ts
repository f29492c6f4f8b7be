import type { CreateUserInput, Department, Role, UpdateUserInput, UserFieldsFragment } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { RoleDefinitionsQuery } from '../dataProvider/operations';
import {
  blankToUndefined,
  booleanFilter,
  enumFilter,
  page,
  requireVersion,
  type Filter,
  type ResourceAccess,
} from '../dataProvider/resource';
import {
  CreateUserMutation,
  ResetUserPasswordMutation,
  SetUserDisabledMutation,
  UpdateUserMutation,
  UserQuery,
  UsersQuery,
} from './documents';

export type UserRecord = UserFieldsFragment;
export type RoleDefinitionRecord = { id: string; role: Role; label: string; permissions: string[] };

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

function userCreateInput(data: Record<string, unknown>): CreateUserInput {
  const roles = (data.roles as Role[] | undefined) ?? [];
  return {
    username: String(data.username ?? '').trim(),
    displayName: String(data.displayName ?? '').trim(),
    divisionCode: String(data.divisionCode ?? ''),
    roles,
    password: String(data.password ?? ''),
    phone: blankToUndefined(data.phone),
    department: roles.includes('DEPARTMENT_USER')
      ? ((data.department as Department | undefined) ?? undefined)
      : undefined,
  };
}

/** 用户账号. */
export const userAccess: ResourceAccess<UserRecord> = {
  async getList(params) {
    const filter: Filter = params.filter ?? {};
    const { users } = await graphqlRequest(UsersQuery, {
      ...page(params),
      search: blankToUndefined(filter.q),
      role: enumFilter<Role>(filter.role),
      disabled: booleanFilter(filter.disabled),
      divisionCode: blankToUndefined(filter.divisionCode),
    });
    return { data: users.items, total: users.total };
  },
  async getOne(id) {
    return (await graphqlRequest(UserQuery, { id: String(id) })).user;
  },
  async create(data) {
    return (await graphqlRequest(CreateUserMutation, { input: userCreateInput(data) })).createUser;
  },
  async update(params) {
    const { updateUser } = await graphqlRequest(UpdateUserMutation, {
      id: String(params.id),
      version: requireVersion(params),
      input: userChanges(params.data, params.previousData ?? {}),
    });
    return updateUser;
  },
  references: { divisionCode: 'divisionCode' },
};

/** The roles and their labels (read by useRoleLabels). */
export const roleDefinitionAccess: ResourceAccess<RoleDefinitionRecord> = {
  async getList() {
    const { roleDefinitions } = await graphqlRequest(RoleDefinitionsQuery);
    const data = roleDefinitions.map((definition) => ({ ...definition, id: definition.role }));
    return { data, total: data.length };
  },
};

/** Account actions beyond react-admin's CRUD. */
export const userActions = {
  async setUserDisabled(record: UserRecord, disabled: boolean): Promise<UserRecord> {
    return (await graphqlRequest(SetUserDisabledMutation, { id: record.id, version: record.version, disabled }))
      .setUserDisabled;
  },
  async resetUserPassword(record: UserRecord, newPassword: string): Promise<UserRecord> {
    return (await graphqlRequest(ResetUserPasswordMutation, { id: record.id, version: record.version, newPassword }))
      .resetUserPassword;
  },
};
