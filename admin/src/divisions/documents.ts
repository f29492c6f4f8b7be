import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

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

export const SetDivisionDeepPovertyMutation = graphql(`
  mutation ConsoleSetDivisionDeepPoverty($code: String!, $deepPoverty: Boolean!, $reason: String!) {
    setDivisionDeepPoverty(code: $code, deepPoverty: $deepPoverty, reason: $reason) {
      ...DivisionFields
    }
  }
`);
