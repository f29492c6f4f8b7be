import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Sensitive } from '../../audit/sensitive.middleware';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { TeamRole } from './assistance.enums';

/** A member of a household's 一户一专班; one of them is its 一对一 contact (isPrimary). */
@ObjectType({ description: '帮扶专班成员' })
@Entity({ tableName: 'assistance_team_member' })
@Filter(jurisdictionFilter('divisionCode'))
export class TeamMember extends BaseEntity<'isPrimary'> {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field()
  @Property({ length: 50 })
  name!: string;

  @Field(() => TeamRole)
  @Enum({ items: () => TeamRole, nativeEnumName: 'team_role' })
  role!: TeamRole;

  @Field({ description: '工作单位' })
  @Property({ length: 100 })
  unit!: string;

  @Field(() => String, { nullable: true })
  @Sensitive('phone')
  @Property({ length: 20, nullable: true })
  phone?: string | null;

  @Field({ description: '一对一联系人' })
  @Property()
  isPrimary: boolean = false;

  @Field(() => String, { nullable: true, description: '对应的系统账号（其“我的帮扶户”）' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  userId?: string | null;
}
