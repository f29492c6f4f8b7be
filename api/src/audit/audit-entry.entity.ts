import { registerEnum } from '../common/enum-labels';
import { ArrayType, Entity, Enum, Filter, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { jurisdictionFilter } from '../jurisdiction/jurisdiction.filter';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  /** A sensitive field shown unmasked (ID number, phone, health). */
  PII_READ = 'PII_READ',
  LOGIN = 'LOGIN',
  LOGIN_FAILED = 'LOGIN_FAILED',
  LOGOUT = 'LOGOUT',
  /** A write refused because the value (ID number, 户编号, username) is held outside the actor's jurisdiction. */
  DUPLICATE_ATTEMPT = 'DUPLICATE_ATTEMPT',
  /** A partner insurer's 防贫保 eligibility check: token, ID asked, answer. */
  INSURANCE_CHECK = 'INSURANCE_CHECK',
  /** A file (an export, an import's error list) downloaded over HTTP: who, which job, how (token or signed link). */
  FILE_DOWNLOAD = 'FILE_DOWNLOAD',
}

export const AUDIT_ACTION_LABELS = registerEnum(AuditAction, 'AuditAction', '审计动作', {
  CREATE: '新建',
  UPDATE: '修改',
  DELETE: '删除',
  PII_READ: '查看敏感信息',
  LOGIN: '登录',
  LOGIN_FAILED: '登录失败',
  LOGOUT: '退出登录',
  DUPLICATE_ATTEMPT: '辖区外重复登记（已拒绝）',
  INSURANCE_CHECK: '防贫保条件核查',
  FILE_DOWNLOAD: '下载文件',
});

/**
 * Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE on this table. Rows are written by
 * the flush subscriber (data changes) and by AuditWriter (reads of personal data, logins).
 */
@ObjectType({ description: '审计日志条目' })
@Entity({ tableName: 'audit_entry' })
@Filter(jurisdictionFilter('divisionCode'))
@Index({ properties: ['entityName', 'entityId'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field()
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field({ description: 'USER、API_TOKEN 或 SYSTEM' })
  @Property({ length: 16 })
  actorKind!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field()
  @Property({ length: 128 })
  actorName!: string;

  @Field()
  @Property({ length: 64 })
  entityName!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  entityId?: string | null;

  /**
   * Every record an unmasked read showed (one PII_READ entry per request); searched with the GIN
   * index for "who read this person's data". Null for other actions.
   */
  @Field(() => [String], { nullable: true, description: '读取的全部记录 ID（个人信息读取，一次请求一条）' })
  @Property({ type: ArrayType, nullable: true })
  entityIds?: string[] | null;

  /** Division the record belongs to, so auditors are scoped like everyone else. */
  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '变更字段：{字段: [原值, 新值]}，或读取的字段' })
  @Property({ type: 'jsonb', nullable: true })
  changes?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true })
  requestId?: string | null;
}
