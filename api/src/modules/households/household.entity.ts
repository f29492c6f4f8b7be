import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { Sensitive } from '../../audit/sensitive.middleware';
import { RegistrationStatus, HouseholdStatus } from './household.enums';
import { MonitoringCategory } from './household.enums';

/** 户 (一户一档): owned by its village; everything about it is scoped by the village code. */
@ObjectType({ description: '农户（一户一档）' })
@Entity({ tableName: 'household' })
@Filter(jurisdictionFilter('divisionCode'))
export class Household extends BaseEntity<
  | 'registrationStatus'
  | 'status'
  | 'memberCount'
  | 'noLabourCapacity'
  | 'minimumLivingAllowance'
  | 'extremePoverty'
  | 'relocated'
> {
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

  /** 脱贫户 or 一般农户: permanent, changed only by the county (setHouseholdRegistration). */
  @Field(() => RegistrationStatus, { description: '建档立卡登记状态（脱贫户 / 一般农户），仅县级可变更' })
  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  registrationStatus: RegistrationStatus = RegistrationStatus.ORDINARY;

  @Field(() => Int, { nullable: true, description: '脱贫年度（脱贫户）' })
  @Property({ type: 'int', nullable: true })
  liftedOutYear?: number | null;

  /**
   * 监测对象类别 while the household is monitored: set by the county confirmation of its case,
   * cleared by 风险消除 (case.service.ts). Never written by household edits; history = its cases.
   */
  @Field(() => MonitoringCategory, {
    nullable: true,
    description: '当前监测对象类别（县级认定时设定，风险消除后为空）',
  })
  @Enum({ items: () => MonitoringCategory, nativeEnumName: 'monitoring_category', nullable: true })
  monitoringCategory?: MonitoringCategory | null;

  @Field(() => String, { nullable: true, description: '本次纳入监测的日期（县级认定日）' })
  @Property({ type: 'date', nullable: true })
  monitoredSince?: string | null;

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
