import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { RiskSource, RiskStatus, RiskType } from './monitoring.enums';

/** 风险因素 of a household (optionally of one member), from whoever found it. */
@ObjectType({ description: '风险因素' })
@Entity({ tableName: 'risk_factor' })
@Filter(jurisdictionFilter('divisionCode'))
export class RiskFactor extends BaseEntity<'status'> {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  memberId?: string | null;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => RiskType)
  @Enum({ items: () => RiskType, nativeEnumName: 'risk_type' })
  type!: RiskType;

  @Field(() => MoneyScalar, { nullable: true, description: '涉及金额（元），如自付医疗费、灾害损失' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  amount?: string | null;

  @Field({ description: '发生日期' })
  @Property({ type: 'date' })
  occurredOn!: string;

  @Field(() => RiskSource)
  @Enum({ items: () => RiskSource, nativeEnumName: 'risk_source' })
  source!: RiskSource;

  @Field(() => RiskStatus)
  @Enum({ items: () => RiskStatus, nativeEnumName: 'risk_status' })
  status: RiskStatus = RiskStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: '消除日期' })
  @Property({ type: 'date', nullable: true })
  resolvedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  note?: string | null;
}
