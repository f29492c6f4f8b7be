import { graphql } from '../gql';

/** Every GraphQL document the console sends; types are generated into ../gql by `pnpm codegen`. */

export const DivisionFieldsFragment = graphql(`
  fragment DivisionFields on Division {
    code
    name
    level
    parentCode
  }
`);

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    username
    displayName
    divisionCode
    division {
      code
      name
      level
    }
    roles
    permissions
    department
    phone
    disabled
    mustChangePassword
    lastLoginAt
    createdAt
    updatedAt
    version
  }
`);

export const LoginMutation = graphql(`
  mutation ConsoleLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        ...UserFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation ConsoleLogout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ConsoleChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);

export const RoleDefinitionsQuery = graphql(`
  query ConsoleRoleDefinitions {
    roleDefinitions {
      role
      label
      permissions
    }
  }
`);

// ---- users ----

export const UsersQuery = graphql(`
  query ConsoleUsers(
    $offset: Int!
    $limit: Int!
    $search: String
    $role: Role
    $disabled: Boolean
    $divisionCode: String
  ) {
    users(
      offset: $offset
      limit: $limit
      search: $search
      role: $role
      disabled: $disabled
      divisionCode: $divisionCode
    ) {
      total
      items {
        ...UserFields
      }
    }
  }
`);

export const UserQuery = graphql(`
  query ConsoleUser($id: String!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation ConsoleCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation ConsoleUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      ...UserFields
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation ConsoleSetUserDisabled($id: String!, $version: Int!, $disabled: Boolean!) {
    setUserDisabled(id: $id, version: $version, disabled: $disabled) {
      ...UserFields
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ConsoleResetUserPassword($id: String!, $version: Int!, $newPassword: String!) {
    resetUserPassword(id: $id, version: $version, newPassword: $newPassword) {
      ...UserFields
    }
  }
`);

// ---- divisions ----

export const DivisionsQuery = graphql(`
  query ConsoleDivisions(
    $offset: Int!
    $limit: Int!
    $search: String
    $level: DivisionLevel
    $parentCode: String
    $within: String
  ) {
    divisions(
      offset: $offset
      limit: $limit
      search: $search
      level: $level
      parentCode: $parentCode
      within: $within
    ) {
      total
      items {
        ...DivisionFields
      }
    }
  }
`);

export const DivisionQuery = graphql(`
  query ConsoleDivision($code: String!) {
    division(code: $code) {
      ...DivisionFields
      parent {
        ...DivisionFields
      }
    }
  }
`);

export const SearchDivisionsQuery = graphql(`
  query ConsoleSearchDivisions($name: String!, $limit: Int!) {
    searchDivisions(name: $name, limit: $limit) {
      ...DivisionFields
    }
  }
`);

// ---- API tokens ----

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on AccessToken {
    id
    kind
    name
    partnerName
    role
    divisionCode
    tokenPrefix
    createdAt
    createdById
    expiresAt
    lastUsedAt
    revokedAt
    version
  }
`);

export const ApiTokensQuery = graphql(`
  query ConsoleApiTokens($offset: Int!, $limit: Int!) {
    apiTokens(offset: $offset, limit: $limit) {
      total
      items {
        ...ApiTokenFields
      }
    }
  }
`);

export const IssueApiTokenMutation = graphql(`
  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {
    issueApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation ConsoleRevokeApiToken($id: String!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);

// ---- audit log ----

export const AuditEntriesQuery = graphql(`
  query ConsoleAuditEntries(
    $offset: Int!
    $limit: Int!
    $action: AuditAction
    $entityName: String
    $entityId: String
    $actorName: String
    $from: DateTimeISO
    $to: DateTimeISO
  ) {
    auditEntries(
      offset: $offset
      limit: $limit
      action: $action
      entityName: $entityName
      entityId: $entityId
      actorName: $actorName
      from: $from
      to: $to
    ) {
      total
      items {
        id
        at
        action
        actorId
        actorKind
        actorName
        entityName
        entityId
        divisionCode
        changes
        requestId
      }
    }
  }
`);
