import { registerEnum } from '../../common/enum-labels';
import { Entity, Enum, Filter, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';

export enum ImportKind {
  HOUSEHOLDS = 'HOUSEHOLDS',
}

export enum ImportStatus {
  QUEUED = 'QUEUED',
  VALIDATING = 'VALIDATING',
  /** Update mode: the changes are computed and shown; nothing is written until applyImportJob. */
  PREVIEW = 'PREVIEW',
  IMPORTING = 'IMPORTING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** 新增 creates households; 更新 corrects existing ones, found by 户编号 and ID number. */
export enum ImportMode {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
}

registerEnum(ImportMode, 'ImportMode', '导入方式：CREATE 新增农户，UPDATE 按户编号和身份证号更新已有农户（先预览）');
registerEnum(ImportKind, 'ImportKind', '导入类型');
registerEnum(ImportStatus, 'ImportStatus', '导入任务状态');

/** One problem in the uploaded file, located the way the office sees it (Excel row, Chinese header). */
@ObjectType({ description: '导入文件中的一处错误' })
export class ImportRowError {
  @Field(() => Int, { description: 'Excel 行号（表头为第 1 行；0 表示整个文件）' })
  row!: number;

  @Field({ description: '列名（中文表头）' })
  column!: string;

  @Field()
  message!: string;
}

/** One value the update mode will change (preview) or changed. */
@ObjectType({ description: '更新导入的一处修改' })
export class ImportChange {
  @Field(() => Int, { description: 'Excel 行号' })
  row!: number;

  @Field()
  householdNumber!: string;

  @Field(() => String, { nullable: true, description: '成员姓名（户信息的修改为空）' })
  memberName?: string | null;

  @Field({ description: '列名（中文表头）' })
  column!: string;

  @Field({ description: '原值（按导出文件的写法）' })
  before!: string;

  @Field({ description: '新值' })
  after!: string;
}

/** What the update mode will write for one household: kept on the job between preview and apply. */
export interface PlannedUpdate {
  householdId: string;
  householdNumber: string;
  row: number;
  /** Versions the file was exported at: a record changed since then is a conflict, not overwritten. */
  householdVersion: number;
  household: Record<string, unknown>;
  members: Array<{ memberId: string; row: number; version: number; fields: Record<string, unknown> }>;
  changeCount: number;
}

/**
 * A file import running in the background: created by the mutation, then advanced by the job
 * itself (status, progress, errors). Owned by the importer's division, so it is scoped like the
 * households it writes.
 */
@ObjectType({ description: '导入任务' })
@Entity({ tableName: 'import_job' })
@Filter(jurisdictionFilter('divisionCode'))
export class ImportJob extends BaseEntity<
  | 'status'
  | 'validOnly'
  | 'totalRows'
  | 'processedRows'
  | 'importedHouseholds'
  | 'importedMembers'
  | 'skippedHouseholds'
  | 'errorCount'
  | 'errors'
  | 'mode'
  | 'changeCount'
  | 'changes'
  | 'updatedHouseholds'
  | 'conflictCount'
> {
  @Field(() => ImportKind)
  @Enum({ items: () => ImportKind, nativeEnumName: 'import_kind' })
  kind!: ImportKind;

  @Field(() => ImportStatus)
  @Enum({ items: () => ImportStatus, nativeEnumName: 'import_status' })
  status: ImportStatus = ImportStatus.QUEUED;

  @Field(() => ImportMode)
  @Enum({ items: () => ImportMode, nativeEnumName: 'import_mode', default: ImportMode.CREATE })
  mode: ImportMode = ImportMode.CREATE;

  @Field({ description: '只导入无误的农户，跳过有错误的农户' })
  @Property()
  validOnly: boolean = false;

  @Field()
  @Property({ length: 200 })
  filename!: string;

  @Field({ description: '发起人所在区划' })
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;

  @Field({ description: '发起人' })
  @Property({ length: 128 })
  createdBy!: string;

  @Field(() => Int, { description: '数据行数（不含表头和空行）' })
  @Property()
  totalRows: number = 0;

  @Field(() => Int, { description: '已处理行数（已导入或已跳过）' })
  @Property()
  processedRows: number = 0;

  @Field(() => Int)
  @Property()
  importedHouseholds: number = 0;

  @Field(() => Int)
  @Property()
  importedMembers: number = 0;

  @Field(() => Int, { description: '因有错误行而整户跳过的户数（仅 validOnly）' })
  @Property()
  skippedHouseholds: number = 0;

  @Field(() => Int, { description: '错误总数（errors 最多保留前 1000 条）' })
  @Property()
  errorCount: number = 0;

  @Field(() => [ImportRowError])
  @Property({ type: 'jsonb' })
  errors: ImportRowError[] = [];

  @Field(() => Int, { description: '更新模式：将修改（预览）或已修改的值的个数' })
  @Property({ default: 0 })
  changeCount: number = 0;

  @Field(() => [ImportChange], { description: '更新模式：修改明细（最多保留前 1000 条）' })
  @Property({ type: 'jsonb', default: '[]' })
  changes: ImportChange[] = [];

  @Field(() => Int, { description: '更新模式：已更新的户数' })
  @Property({ default: 0 })
  updatedHouseholds: number = 0;

  @Field(() => Int, { description: '更新模式：导出后已被他人修改、因此未更新的户数（冲突）' })
  @Property({ default: 0 })
  conflictCount: number = 0;

  /** Update mode: the planned writes, from preview to apply (not part of the API; read only by apply). */
  @Property({ type: 'jsonb', nullable: true, lazy: true })
  plan?: PlannedUpdate[] | null;

  @Field(() => String, { nullable: true, description: '结果摘要' })
  @Property({ length: 500, nullable: true })
  message?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;
}
