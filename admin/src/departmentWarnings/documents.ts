import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

// ---- department warnings (部门预警) ----

export const DepartmentWarningFieldsFragment = graphql(`
  fragment DepartmentWarningFields on DepartmentWarning {
    id
    householdId
    memberId
    divisionCode
    department
    kind
    amount
    grade
    occurredOn
    reason
    status
    handledBy
    handledByName
    handleNote
    caseId
    createdAt
    version
    household {
      id
      householdNumber
      registrationStatus
      monitoringCategory
      head {
        id
        name
      }
      division {
        code
        name
        level
        ancestors {
          code
          name
          level
        }
      }
    }
  }
`);

export const DepartmentWarningsQuery = graphql(`
  query ConsoleDepartmentWarnings($offset: Int!, $limit: Int!, $status: WarningStatus, $divisionCode: String) {
    departmentWarnings(offset: $offset, limit: $limit, status: $status, divisionCode: $divisionCode) {
      total
      items {
        ...DepartmentWarningFields
      }
    }
  }
`);

export const ConvertWarningToLeadMutation = graphql(`
  mutation ConsoleConvertWarningToLead($id: String!, $version: Int!, $category: MonitoringCategory!) {
    convertWarningToLead(id: $id, version: $version, category: $category) {
      ...DepartmentWarningFields
    }
  }
`);

export const DismissWarningMutation = graphql(`
  mutation ConsoleDismissWarning($id: String!, $version: Int!, $reason: String!) {
    dismissWarning(id: $id, version: $version, reason: $reason) {
      ...DepartmentWarningFields
    }
  }
`);
