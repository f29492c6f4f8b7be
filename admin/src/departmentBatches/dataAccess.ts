import type { ConsoleDepartmentBatchQuery, DepartmentBatchFieldsFragment } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { page, type ResourceAccess } from '../dataProvider/resource';
import { DepartmentBatchQuery, DepartmentBatchesQuery, SubmitDepartmentRecordsMutation } from './documents';

export type DepartmentBatchListRecord = DepartmentBatchFieldsFragment;
export type DepartmentBatchRecord = ConsoleDepartmentBatchQuery['departmentBatch'];

/** 部门数据报送批次. */
export const departmentBatchAccess: ResourceAccess<DepartmentBatchListRecord | DepartmentBatchRecord> = {
  async getList(params) {
    // Newest first; the API has no filter or sort.
    const { departmentBatches } = await graphqlRequest(DepartmentBatchesQuery, page(params));
    return { data: departmentBatches.items, total: departmentBatches.total };
  },
  async getOne(id) {
    return (await graphqlRequest(DepartmentBatchQuery, { id: String(id) })).departmentBatch;
  },
};

export const departmentBatchActions = {
  /** 部门数据报送: an .xlsx for the user's own department; processed in the background. */
  async submitDepartmentRecords(fileBase64: string): Promise<DepartmentBatchRecord> {
    return (await graphqlRequest(SubmitDepartmentRecordsMutation, { fileBase64 })).submitDepartmentRecords;
  },
  async departmentBatch(id: string): Promise<DepartmentBatchRecord> {
    return (await graphqlRequest(DepartmentBatchQuery, { id })).departmentBatch;
  },
};
