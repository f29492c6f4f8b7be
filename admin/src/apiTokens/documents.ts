import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

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
