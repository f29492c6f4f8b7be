/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DivisionFields on Division {\n    code\n    name\n    level\n    parentCode\n  }\n": typeof types.DivisionFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    roles\n    permissions\n    department\n    phone\n    disabled\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ConsoleChangePasswordDocument,
    "\n  query ConsoleRoleDefinitions {\n    roleDefinitions {\n      role\n      label\n      permissions\n    }\n  }\n": typeof types.ConsoleRoleDefinitionsDocument,
    "\n  query ConsoleUsers(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $role: Role\n    $disabled: Boolean\n    $divisionCode: String\n  ) {\n    users(\n      offset: $offset\n      limit: $limit\n      search: $search\n      role: $role\n      disabled: $disabled\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.ConsoleUsersDocument,
    "\n  query ConsoleUser($id: String!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleUserDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, version: $version, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleSetUserDisabledDocument,
    "\n  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {\n    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {\n      ...UserFields\n    }\n  }\n": typeof types.ConsoleResetUserPasswordDocument,
    "\n  query ConsoleDivisions(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $level: DivisionLevel\n    $parentCode: String\n    $within: String\n  ) {\n    divisions(\n      offset: $offset\n      limit: $limit\n      search: $search\n      level: $level\n      parentCode: $parentCode\n      within: $within\n    ) {\n      total\n      items {\n        ...DivisionFields\n      }\n    }\n  }\n": typeof types.ConsoleDivisionsDocument,
    "\n  query ConsoleDivision($code: String!) {\n    division(code: $code) {\n      ...DivisionFields\n      parent {\n        ...DivisionFields\n      }\n    }\n  }\n": typeof types.ConsoleDivisionDocument,
    "\n  query ConsoleSearchDivisions($name: String!, $limit: Int!) {\n    searchDivisions(name: $name, limit: $limit) {\n      ...DivisionFields\n    }\n  }\n": typeof types.ConsoleSearchDivisionsDocument,
    "\n  fragment ApiTokenFields on AccessToken {\n    id\n    kind\n    name\n    partnerName\n    role\n    divisionCode\n    tokenPrefix\n    createdAt\n    createdById\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ConsoleApiTokens($offset: Int!, $limit: Int!) {\n    apiTokens(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.ConsoleApiTokensDocument,
    "\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.ConsoleIssueApiTokenDocument,
    "\n  mutation ConsoleRevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ConsoleRevokeApiTokenDocument,
    "\n  query ConsoleAuditEntries(\n    $offset: Int!\n    $limit: Int!\n    $action: AuditAction\n    $entityName: String\n    $entityId: String\n    $actorName: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditEntries(\n      offset: $offset\n      limit: $limit\n      action: $action\n      entityName: $entityName\n      entityId: $entityId\n      actorName: $actorName\n      from: $from\n      to: $to\n    ) {\n      total\n      items {\n        id\n        at\n        action\n        actorId\n        actorKind\n        actorName\n        entityName\n        entityId\n        divisionCode\n        changes\n        requestId\n      }\n    }\n  }\n": typeof types.ConsoleAuditEntriesDocument,
};
const documents: Documents = {
    "\n  fragment DivisionFields on Division {\n    code\n    name\n    level\n    parentCode\n  }\n": types.DivisionFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    roles\n    permissions\n    department\n    phone\n    disabled\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n  }\n": types.UserFieldsFragmentDoc,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": types.ConsoleLogoutDocument,
    "\n  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ConsoleChangePasswordDocument,
    "\n  query ConsoleRoleDefinitions {\n    roleDefinitions {\n      role\n      label\n      permissions\n    }\n  }\n": types.ConsoleRoleDefinitionsDocument,
    "\n  query ConsoleUsers(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $role: Role\n    $disabled: Boolean\n    $divisionCode: String\n  ) {\n    users(\n      offset: $offset\n      limit: $limit\n      search: $search\n      role: $role\n      disabled: $disabled\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": types.ConsoleUsersDocument,
    "\n  query ConsoleUser($id: String!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.ConsoleUserDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n": types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, version: $version, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n": types.ConsoleSetUserDisabledDocument,
    "\n  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {\n    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {\n      ...UserFields\n    }\n  }\n": types.ConsoleResetUserPasswordDocument,
    "\n  query ConsoleDivisions(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $level: DivisionLevel\n    $parentCode: String\n    $within: String\n  ) {\n    divisions(\n      offset: $offset\n      limit: $limit\n      search: $search\n      level: $level\n      parentCode: $parentCode\n      within: $within\n    ) {\n      total\n      items {\n        ...DivisionFields\n      }\n    }\n  }\n": types.ConsoleDivisionsDocument,
    "\n  query ConsoleDivision($code: String!) {\n    division(code: $code) {\n      ...DivisionFields\n      parent {\n        ...DivisionFields\n      }\n    }\n  }\n": types.ConsoleDivisionDocument,
    "\n  query ConsoleSearchDivisions($name: String!, $limit: Int!) {\n    searchDivisions(name: $name, limit: $limit) {\n      ...DivisionFields\n    }\n  }\n": types.ConsoleSearchDivisionsDocument,
    "\n  fragment ApiTokenFields on AccessToken {\n    id\n    kind\n    name\n    partnerName\n    role\n    divisionCode\n    tokenPrefix\n    createdAt\n    createdById\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ConsoleApiTokens($offset: Int!, $limit: Int!) {\n    apiTokens(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.ConsoleApiTokensDocument,
    "\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.ConsoleIssueApiTokenDocument,
    "\n  mutation ConsoleRevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.ConsoleRevokeApiTokenDocument,
    "\n  query ConsoleAuditEntries(\n    $offset: Int!\n    $limit: Int!\n    $action: AuditAction\n    $entityName: String\n    $entityId: String\n    $actorName: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditEntries(\n      offset: $offset\n      limit: $limit\n      action: $action\n      entityName: $entityName\n      entityId: $entityId\n      actorName: $actorName\n      from: $from\n      to: $to\n    ) {\n      total\n      items {\n        id\n        at\n        action\n        actorId\n        actorKind\n        actorName\n        entityName\n        entityId\n        divisionCode\n        changes\n        requestId\n      }\n    }\n  }\n": types.ConsoleAuditEntriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DivisionFields on Division {\n    code\n    name\n    level\n    parentCode\n  }\n"): (typeof documents)["\n  fragment DivisionFields on Division {\n    code\n    name\n    level\n    parentCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    roles\n    permissions\n    department\n    phone\n    disabled\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    divisionCode\n    division {\n      code\n      name\n      level\n    }\n    roles\n    permissions\n    department\n    phone\n    disabled\n    mustChangePassword\n    lastLoginAt\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRoleDefinitions {\n    roleDefinitions {\n      role\n      label\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query ConsoleRoleDefinitions {\n    roleDefinitions {\n      role\n      label\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUsers(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $role: Role\n    $disabled: Boolean\n    $divisionCode: String\n  ) {\n    users(\n      offset: $offset\n      limit: $limit\n      search: $search\n      role: $role\n      disabled: $disabled\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUsers(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $role: Role\n    $disabled: Boolean\n    $divisionCode: String\n  ) {\n    users(\n      offset: $offset\n      limit: $limit\n      search: $search\n      role: $role\n      disabled: $disabled\n      divisionCode: $divisionCode\n    ) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUser($id: String!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUser($id: String!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, version: $version, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, version: $version, disabled: $disabled) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {\n    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {\n    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivisions(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $level: DivisionLevel\n    $parentCode: String\n    $within: String\n  ) {\n    divisions(\n      offset: $offset\n      limit: $limit\n      search: $search\n      level: $level\n      parentCode: $parentCode\n      within: $within\n    ) {\n      total\n      items {\n        ...DivisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivisions(\n    $offset: Int!\n    $limit: Int!\n    $search: String\n    $level: DivisionLevel\n    $parentCode: String\n    $within: String\n  ) {\n    divisions(\n      offset: $offset\n      limit: $limit\n      search: $search\n      level: $level\n      parentCode: $parentCode\n      within: $within\n    ) {\n      total\n      items {\n        ...DivisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivision($code: String!) {\n    division(code: $code) {\n      ...DivisionFields\n      parent {\n        ...DivisionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivision($code: String!) {\n    division(code: $code) {\n      ...DivisionFields\n      parent {\n        ...DivisionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleSearchDivisions($name: String!, $limit: Int!) {\n    searchDivisions(name: $name, limit: $limit) {\n      ...DivisionFields\n    }\n  }\n"): (typeof documents)["\n  query ConsoleSearchDivisions($name: String!, $limit: Int!) {\n    searchDivisions(name: $name, limit: $limit) {\n      ...DivisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on AccessToken {\n    id\n    kind\n    name\n    partnerName\n    role\n    divisionCode\n    tokenPrefix\n    createdAt\n    createdById\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on AccessToken {\n    id\n    kind\n    name\n    partnerName\n    role\n    divisionCode\n    tokenPrefix\n    createdAt\n    createdById\n    expiresAt\n    lastUsedAt\n    revokedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApiTokens($offset: Int!, $limit: Int!) {\n    apiTokens(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleApiTokens($offset: Int!, $limit: Int!) {\n    apiTokens(offset: $offset, limit: $limit) {\n      total\n      items {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRevokeApiToken($id: String!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditEntries(\n    $offset: Int!\n    $limit: Int!\n    $action: AuditAction\n    $entityName: String\n    $entityId: String\n    $actorName: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditEntries(\n      offset: $offset\n      limit: $limit\n      action: $action\n      entityName: $entityName\n      entityId: $entityId\n      actorName: $actorName\n      from: $from\n      to: $to\n    ) {\n      total\n      items {\n        id\n        at\n        action\n        actorId\n        actorKind\n        actorName\n        entityName\n        entityId\n        divisionCode\n        changes\n        requestId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditEntries(\n    $offset: Int!\n    $limit: Int!\n    $action: AuditAction\n    $entityName: String\n    $entityId: String\n    $actorName: String\n    $from: DateTimeISO\n    $to: DateTimeISO\n  ) {\n    auditEntries(\n      offset: $offset\n      limit: $limit\n      action: $action\n      entityName: $entityName\n      entityId: $entityId\n      actorName: $actorName\n      from: $from\n      to: $to\n    ) {\n      total\n      items {\n        id\n        at\n        action\n        actorId\n        actorKind\n        actorName\n        entityName\n        entityId\n        divisionCode\n        changes\n        requestId\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;