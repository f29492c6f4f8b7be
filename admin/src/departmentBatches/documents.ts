import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

// ---- department batches (部门数据报送) ----

export const DepartmentBatchFieldsFragment = graphql(`
  fragment DepartmentBatchFields on DepartmentBatch {
    id
    department
    divisionCode
    submittedBy
    submittedByName
    status
    total
    processed
    matched
    warnings
    unmatchedCount
    message
    createdAt
    updatedAt
    version
  }
`);

export const DepartmentBatchesQuery = graphql(`
  query ConsoleDepartmentBatches($offset: Int!, $limit: Int!) {
    departmentBatches(offset: $offset, limit: $limit) {
      total
      items {
        ...DepartmentBatchFields
      }
    }
  }
`);

export const DepartmentBatchQuery = graphql(`
  query ConsoleDepartmentBatch($id: String!) {
    departmentBatch(id: $id) {
      ...DepartmentBatchFields
      invalid
      unmatched
    }
  }
`);

export const SubmitDepartmentRecordsMutation = graphql(`
  mutation ConsoleSubmitDepartmentRecords($fileBase64: String!) {
    submitDepartmentRecords(fileBase64: $fileBase64) {
      ...DepartmentBatchFields
      invalid
      unmatched
    }
  }
`);
