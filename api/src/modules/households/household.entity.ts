import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { Sensitive } from '../../audit/sensitive.middleware';
import { HouseholdCategory, HouseholdStatus } from './household.enums';

/** 户 (一户一档): owned by its village; everything about it is scoped by the village code. */
@ObjectType({ description: '农户（一户一档）' })
@Entity({ tableName: 'household' })
@Filter(jurisdictionFilter('divisionCode'))
export class Household extends BaseEntity<'status' | 'memberCount' | 'noLabourCapacity' | 'minimumLivingAllowance' | 'extremePoverty' | 'relocated'> {
  @Field({ description: '户编号' })
  @Property({ length: 32, unique: true })
  householdNumber!: string;

  @Field({ description: '所在村（12 位区划代码）' })
  @Property({ length: 12 })
  divisionCode!: string;

  @Field()
  @Property({ length: 200 })
  address!: string;

  @Field(() => String, { nullable: true })
  @Sensitive('phone')
  @Property({ length: 20, nullable: true })
  phone?: string | null;

  @Field(() => HouseholdCategory)
  @Enum({ items: () => HouseholdCategory, nativeEnumName: 'household_category' })
  category!: HouseholdCategory;

  @Field({ description: '整户无劳动能力' })
  @Property()
  noLabourCapacity: boolean = false;

  @Field({ description: '低保户' })
  @Property()
  minimumLivingAllowance: boolean = false;

  @Field({ description: '特困户' })
  @Property()
  extremePoverty: boolean = false;

  @Field({ description: '易地搬迁户' })
  @Property()
  relocated: boolean = false;

  @Field(() => HouseholdStatus)
  @Enum({ items: () => HouseholdStatus, nativeEnumName: 'household_status' })
  status: HouseholdStatus = HouseholdStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: '归档原因' })
  @Property({ length: 200, nullable: true })
  archiveReason?: string | null;

  /** Active members; maintained by the service, used for per-capita income and filters. */
  @Field(() => Int, { description: '在册人口数' })
  @Property()
  memberCount: number = 0;

  /** Copied from the latest income year, so lists filter and sort on it without a join. */
  @Field(() => Int, { nullable: true, description: '最近一个收入年度' })
  @Property({ type: 'int', nullable: true })
  incomeYear?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '最近年度人均纯收入（元，系统计算）' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  @Index()
  perCapitaNetIncome?: string | null;
}
