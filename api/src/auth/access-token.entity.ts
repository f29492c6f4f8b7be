import { registerEnum } from '../common/enum-labels';
import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity';
import { jurisdictionFilter } from '../jurisdiction/jurisdiction.filter';
import { Role } from './roles';

export enum AccessTokenKind {
  /** Issued by `login`, expires after the session lifetime. */
  SESSION = 'SESSION',
  /** Issued by an administrator to a partner system (dashboard, insurer). */
  API = 'API',
}

registerEnum(AccessTokenKind, 'AccessTokenKind');

/**
 * Bearer tokens are random and stored only as their SHA-256, so a copy of the database does not
 * hand out working tokens. Partner tokens carry their own division and single role.
 */
@ObjectType({ description: '访问令牌（登录会话或合作方令牌）' })
@Entity({ tableName: 'access_token' })
@Filter(jurisdictionFilter('divisionCode'))
export class AccessToken extends BaseEntity {
  @Field(() => AccessTokenKind)
  @Enum({ items: () => AccessTokenKind, nativeEnumName: 'access_token_kind' })
  kind!: AccessTokenKind;

  @Property({ length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Field({ description: '令牌开头几位，便于识别' })
  @Property({ length: 12 })
  tokenPrefix!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  userId?: string | null;

  @Field(() => String, { nullable: true, description: '令牌名称（合作方令牌）' })
  @Property({ length: 100, nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '合作方名称（合作方令牌）' })
  @Property({ length: 100, nullable: true })
  partnerName?: string | null;

  @Field(() => Role, { nullable: true, description: '合作方令牌的角色' })
  @Enum({ items: () => Role, nullable: true })
  role?: Role | null;

  @Field()
  @Property({ length: 12 })
  @Index()
  divisionCode!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;
}
