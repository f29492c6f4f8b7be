import { Entity, Enum, Filter, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { registerEnum } from '../../common/enum-labels';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';

export enum ExportKind {
  HOUSEHOLDS = 'HOUSEHOLDS',
}

export enum ExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export const EXPORT_KIND_LABELS = registerEnum(ExportKind, 'ExportKind', '导出类型', { HOUSEHOLDS: '农户信息' });
export const EXPORT_STATUS_LABELS = registerEnum(ExportStatus, 'ExportStatus', '导出任务状态', { QUEUED: '排队中', RUNNING: '生成中', SUCCEEDED: '已完成', FAILED: '失败' });

/**
 * An export written in the background to a file (streamed, never held in memory or sent inside a
 * GraphQL response), then downloaded over plain HTTP by its owner until `expiresAt`. Owned by the
 * starter's division, so it is scoped like the records it holds.
 */
@ObjectType({ description: '导出任务' })
@Entity({ tableName: 'export_job' })
@Filter(jurisdictionFilter('divisionCode'))
export class ExportJob extends BaseEntity<'status' | 'totalRows' | 'processedRows' | 'byteSize' | 'masked'> {
  @Field(() => ExportKind)
  @Enum({ items: () => ExportKind, nativeEnumName: 'export_kind' })
  kind!: ExportKind;

  @Field(() => ExportStatus)
  @Enum({ items: () => ExportStatus, nativeEnumName: 'export_status' })
  status: ExportStatus = ExportStatus.QUEUED;

  /** The list filter as given (kept for the audit trail of what was exported). */
  @Property({ type: 'jsonb', nullable: true })
  filter?: Record<string, unknown> | null;

  @Field({ description: '下载时的文件名' })
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

  @Field({ description: '身份证号、电话已脱敏（发起人无个人信息查看权限）' })
  @Property()
  masked: boolean = true;

  @Field(() => Int, { description: '预计行数（开始时统计）' })
  @Property()
  totalRows: number = 0;

  @Field(() => Int, { description: '已写入行数' })
  @Property()
  processedRows: number = 0;

  @Field(() => Int, { description: '文件大小（字节）' })
  @Property()
  byteSize: number = 0;

  @Field(() => String, { nullable: true, description: '结果摘要' })
  @Property({ length: 500, nullable: true })
  message?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '下载截止时间（之后文件删除）' })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;
}
