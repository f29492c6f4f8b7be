import { Entity, Enum, Filter, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { registerEnum } from '../../common/enum-labels';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { Permission } from '../../auth/permission';
import { can } from '../../auth/access';
import type { Actor } from '../../auth/actor';

export enum ExportKind {
  HOUSEHOLDS = 'HOUSEHOLDS',
  MONITORING_CASES = 'MONITORING_CASES',
  SUPERVISION = 'SUPERVISION',
}

export enum ExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export const EXPORT_KIND_LABELS = registerEnum(ExportKind, 'ExportKind', '导出类型', {
  HOUSEHOLDS: '农户信息',
  MONITORING_CASES: '监测案卷',
  SUPERVISION: '监测督导',
});

/**
 * The permission each kind of export needs: to start one (the start mutations' @Allow), to see the
 * job and to download its file (a person who loses it loses their files of that kind too).
 */
export const EXPORT_PERMISSIONS: Record<ExportKind, Permission> = {
  [ExportKind.HOUSEHOLDS]: Permission.HOUSEHOLD_EXPORT,
  [ExportKind.MONITORING_CASES]: Permission.MONITORING_EXPORT,
  [ExportKind.SUPERVISION]: Permission.SUPERVISION_READ,
};

/** Any of these lets a person follow their own export jobs. */
export const ANY_EXPORT_PERMISSION = [...new Set(Object.values(EXPORT_PERMISSIONS))];

/** Whether the actor may see and download exports of this kind. */
export const mayExport = (actor: Actor, kind: ExportKind) => can(actor, EXPORT_PERMISSIONS[kind]);
export const EXPORT_STATUS_LABELS = registerEnum(ExportStatus, 'ExportStatus', '导出任务状态', {
  QUEUED: '排队中',
  RUNNING: '生成中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
});

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

  @Field({
    description: '身份证号、电话已脱敏（农户导出，发起人无个人信息查看权限）；案卷、督导导出不含这些信息，为 false',
  })
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

  /** The finished file (stored_file), readable from every instance; null until it is written. */
  @Property({ type: 'uuid', nullable: true })
  fileId?: string | null;

  @Field(() => Date, { nullable: true, description: '下载截止时间（之后文件删除）' })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;
}
