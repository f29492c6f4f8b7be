import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

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
