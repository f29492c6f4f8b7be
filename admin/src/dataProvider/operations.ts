import { graphql } from '../gql';

/**
 * The documents of the console's shell (sign-in, password, roles). Each resource keeps its own
 * documents beside its views (<resource>/documents.ts); types are generated into ../gql by `pnpm codegen`.
 */

export const DivisionFieldsFragment = graphql(`
  fragment DivisionFields on Division {
    code
    name
    level
    parentCode
    deepPoverty
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
