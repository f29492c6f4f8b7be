import { registerEnum } from '../../common/enum-labels';
import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { Department } from '../users/department';

/** 部门数据类别 */
export enum DepartmentRecordKind {
  MEDICAL_SELF_PAY = 'MEDICAL_SELF_PAY',
  DISASTER_LOSS = 'DISASTER_LOSS',
  DISABILITY_CERTIFIED = 'DISABILITY_CERTIFIED',
  UNSAFE_HOUSING = 'UNSAFE_HOUSING',
  /** 教育: schooling costs the household pays (学费、住宿、生活费), a rigid expenditure. */
  SCHOOLING_COST = 'SCHOOLING_COST',
  /** 人社: job loss or income drop, the yearly income lost (seed 001 "支出骤增或收入骤减"). */
  INCOME_LOSS = 'INCOME_LOSS',
  /** 民政: an individual assistance application (seed 000 "旗县民政部门负责接受个人救助申请，纳入预警信息"). */
  ASSISTANCE_APPLICATION = 'ASSISTANCE_APPLICATION',
}

export const DEPARTMENT_RECORD_KIND_LABELS = registerEnum(
  DepartmentRecordKind,
  'DepartmentRecordKind',
  '部门数据类别',
  {
    MEDICAL_SELF_PAY: '医疗费用自付',
    DISASTER_LOSS: '灾害损失',
    DISABILITY_CERTIFIED: '残疾等级认定',
    UNSAFE_HOUSING: '危房鉴定',
    SCHOOLING_COST: '教育支出',
    INCOME_LOSS: '失业或收入骤减',
    ASSISTANCE_APPLICATION: '个人救助申请',
  },
);

/** Kinds whose amount is a rigid expenditure (刚性支出) of the household. */
export const RIGID_EXPENDITURE_KINDS = [
  DepartmentRecordKind.MEDICAL_SELF_PAY,
  DepartmentRecordKind.DISASTER_LOSS,
  DepartmentRecordKind.SCHOOLING_COST,
];
/** Kinds that need an amount. */
export const AMOUNT_KINDS = [...RIGID_EXPENDITURE_KINDS, DepartmentRecordKind.INCOME_LOSS];

export enum WarningStatus {
  PENDING = 'PENDING',
  CONVERTED = 'CONVERTED',
  DISMISSED = 'DISMISSED',
}

export enum BatchStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnum(WarningStatus, 'WarningStatus', '预警处理状态');
registerEnum(BatchStatus, 'BatchStatus', '部门数据批次状态');

/**
 * 部门预警: a household whose department records (all members, the policy's window) crossed a policy
 * rule, or a single record that warns by itself (残疾等级、危房、个人救助申请).
 */
@ObjectType({ description: '部门预警（待县级研判）' })
@Entity({ tableName: 'department_warning' })
@Filter(jurisdictionFilter('divisionCode'))
export class DepartmentWarning extends BaseEntity<'status' | 'recordIds'> {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  batchId!: string;

  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  @Field(() => String, { nullable: true, description: '单条记录预警的成员；按户汇总的预警来自多名成员时为空' })
  @Property({ type: 'uuid', nullable: true })
  memberId?: string | null;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Department)
  @Enum({ items: () => Department, nativeEnumName: 'department' })
  department!: Department;

  @Field(() => DepartmentRecordKind, { description: '数据类别；按户汇总时为金额最大的一类' })
  @Enum({ items: () => DepartmentRecordKind, nativeEnumName: 'department_record_kind' })
  kind!: DepartmentRecordKind;

  @Field(() => MoneyScalar, { nullable: true })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  amount?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  grade?: number | null;

  @Field()
  @Property({ type: 'date' })
  occurredOn!: string;

  @Field({ description: '预警理由' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => WarningStatus)
  @Enum({ items: () => WarningStatus, nativeEnumName: 'warning_status' })
  status: WarningStatus = WarningStatus.PENDING;

  @Field(() => String, { nullable: true, description: '处理人' })
  @Property({ length: 128, nullable: true })
  handledBy?: string | null;

  @Field(() => String, { nullable: true, description: '处理说明（排除理由）' })
  @Property({ length: 500, nullable: true })
  handleNote?: string | null;

  @Field(() => String, { nullable: true, description: '转为线索后对应的监测案卷' })
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Field(() => [String], { description: '引发预警的部门数据记录' })
  @Property({ type: 'uuid[]' })
  recordIds: string[] = [];
}

/**
 * One matched department record, kept so a household's records are summed over the policy's
 * window across batches (all members). Written only by the matching statement; read through warnings.
 */
@Entity({ tableName: 'department_record' })
@Filter(jurisdictionFilter('divisionCode'))
export class DepartmentRecord {
  @Property({ type: 'uuid', primary: true })
  id!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'uuid' })
  batchId!: string;

  @Property({ type: 'uuid' })
  householdId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ length: 12 })
  divisionCode!: string;

  @Enum({ items: () => Department, nativeEnumName: 'department' })
  department!: Department;

  @Enum({ items: () => DepartmentRecordKind, nativeEnumName: 'department_record_kind' })
  kind!: DepartmentRecordKind;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  amount?: string | null;

  @Property({ type: 'smallint', nullable: true })
  grade?: number | null;

  @Property({ type: 'date' })
  occurredOn!: string;
}

/** One submission of department records, processed in the background with progress. */
@ObjectType({ description: '部门数据报送批次' })
@Entity({ tableName: 'department_batch' })
@Filter(jurisdictionFilter('divisionCode'))
export class DepartmentBatch extends BaseEntity<
  'status' | 'processed' | 'matched' | 'warnings' | 'unmatchedCount' | 'unmatched' | 'invalid'
> {
  @Field(() => Department)
  @Enum({ items: () => Department, nativeEnumName: 'department' })
  department!: Department;

  @Field({ description: '报送人所在区划（匹配范围）' })
  @Property({ length: 12 })
  divisionCode!: string;

  @Field()
  @Property({ length: 128 })
  submittedBy!: string;

  @Field(() => BatchStatus)
  @Enum({ items: () => BatchStatus, nativeEnumName: 'batch_status' })
  status: BatchStatus = BatchStatus.RUNNING;

  @Field(() => Int, { description: '记录总数' })
  @Property()
  total!: number;

  @Field(() => Int, { description: '已处理记录数' })
  @Property()
  processed: number = 0;

  @Field(() => Int, { description: '匹配到在册人员的记录数' })
  @Property()
  matched: number = 0;

  @Field(() => Int, { description: '超过标准、生成预警的记录数' })
  @Property()
  warnings: number = 0;

  @Field(() => Int, { description: '未匹配到在册人员的记录数' })
  @Property()
  unmatchedCount: number = 0;

  @Field(() => [String], { description: '未匹配的身份证号（最多保留 1000 个）' })
  @Property({ type: 'jsonb' })
  unmatched: string[] = [];

  @Field(() => [String], { description: '格式不正确的记录（行号与原因）' })
  @Property({ type: 'jsonb' })
  invalid: string[] = [];

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  message?: string | null;
}
