import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

// ---- audit log ----

export const AuditEntriesQuery = graphql(`
  query ConsoleAuditEntries(
    $offset: Int!
    $limit: Int!
    $action: AuditAction
    $entityName: String
    $entityId: String
    $idNumber: String
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
      idNumber: $idNumber
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
        actor {
          displayName
          divisionName
        }
        entityName
        entityId
        entityIds
        divisionCode
        changes
        references {
          id
          label
        }
        requestId
      }
    }
  }
`);
