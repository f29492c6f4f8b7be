import { ArrayType, Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Role } from '../../auth/roles';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { Sensitive } from '../../audit/sensitive.middleware';
import { Department } from './department';

/** An officer's account, bound to one division; what it may do is the union of its roles. */
@ObjectType({ description: '用户账号' })
@Entity({ tableName: 'app_user' })
@Filter(jurisdictionFilter('divisionCode'))
export class User extends BaseEntity<'disabled' | 'mustChangePassword' | 'failedLogins'> {
  @Field()
  @Property({ length: 64, unique: true })
  username!: string;

  @Field()
  @Property({ length: 64 })
  displayName!: string;

  @Property({ length: 200, hidden: true, lazy: true })
  passwordHash!: string;

  @Field({ description: '所属行政区划代码' })
  @Property({ length: 12 })
  @Index()
  divisionCode!: string;

  @Field(() => [Role])
  @Property({ type: ArrayType })
  roles: Role[] = [];

  @Field(() => Department, { nullable: true, description: '行业部门（仅行业部门用户）' })
  @Enum({ items: () => Department, nullable: true, nativeEnumName: 'department' })
  department?: Department | null;

  @Field(() => String, { nullable: true, description: '合作方机构（仅合作方账号，如承保机构）' })
  @Property({ length: 100, nullable: true })
  partnerName?: string | null;

  @Field(() => String, { nullable: true })
  @Sensitive('phone')
  @Property({ length: 20, nullable: true })
  phone?: string | null;

  @Field()
  @Property()
  disabled: boolean = false;

  @Field({ description: '首次登录或重置后须修改密码' })
  @Property()
  mustChangePassword: boolean = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  @Property()
  failedLogins: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;
}
