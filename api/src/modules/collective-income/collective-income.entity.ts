import { Entity, Enum, Filter, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { StepEvent } from '../../common/step-event.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { DistributionLineKind, PaymentMethod, PlanAction, PlanGuard, PlanState } from './collective-income.enums';

/**
 * 村集体经济年度收益: income by source and costs, entered by the village; the asset income is the
 * sum of the ledger's yearly income of the village's assets (kept in step by AssetService), and the
 * distributable income is computed, never typed.
 */
@ObjectType({ description: '村集体经济年度收益' })
@Entity({ tableName: 'collective_income' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['divisionCode', 'year'] })
export class CollectiveIncome extends BaseEntity<
  'assetIncome' | 'leasingIncome' | 'serviceIncome' | 'operatingIncome' | 'otherIncome' | 'costs' | 'distributable'
> {
  @Field({ description: '村（12 位代码）' })
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field(() => MoneyScalar, { description: '资产收益（来自资产台账，系统汇总）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  assetIncome: string = '0.00';

  @Field(() => MoneyScalar, { description: '发包及租赁收入' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  leasingIncome: string = '0.00';

  @Field(() => MoneyScalar, { description: '服务收入' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  serviceIncome: string = '0.00';

  @Field(() => MoneyScalar, { description: '经营收入' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  operatingIncome: string = '0.00';

  @Field(() => MoneyScalar, { description: '其他收入' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  otherIncome: string = '0.00';

  @Field(() => MoneyScalar, { description: '成本费用（管护、运营等）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  costs: string = '0.00';

  @Field(() => MoneyScalar, { description: '可分配收益（系统计算）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  distributable: string = '0.00';
}

/** A flag a plan raised and the reason, as it stood when the village submitted it. */
@ObjectType({ description: '方案提示' })
export class PlanFlag {
  @Field(() => PlanGuard) guard!: PlanGuard;
  @Field() message!: string;
  @Field(() => [String], { description: '涉及的农户 id' }) householdIds!: string[];
}

/** 村集体收益分配方案, one per village and year. */
@ObjectType({ description: '村集体收益分配方案' })
@Entity({ tableName: 'distribution_plan' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['divisionCode', 'year'] })
export class DistributionPlan extends BaseEntity<'flags' | 'total' | 'stateChangedAt'> {
  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field(() => PlanState)
  @Enum({ items: () => PlanState, nativeEnumName: 'plan_state' })
  state!: PlanState;

  @Field(() => MoneyScalar, { description: '分配合计' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  total: string = '0.00';

  @Field(() => String, { nullable: true, description: '对提示事项的书面说明' })
  @Property({ length: 2000, nullable: true })
  justification?: string | null;

  @Field(() => [PlanFlag], { description: '提交时的提示事项（须有书面说明）' })
  @Property({ type: 'json' })
  flags: PlanFlag[] = [];

  @Field(() => String, { nullable: true, description: '公示截止日期' })
  @Property({ type: 'date', nullable: true })
  noticeEndsOn?: string | null;

  @Field()
  @Property({ type: 'timestamptz' })
  stateChangedAt: Date = new Date();
}

/** One line of a plan: to a fund or activity, or (HOUSEHOLD) to a named household with a reason and condition. */
@ObjectType({ description: '分配方案明细' })
@Entity({ tableName: 'distribution_line' })
@Filter(jurisdictionFilter('divisionCode'))
export class DistributionLine extends BaseEntity {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  planId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int)
  @Property()
  position!: number;

  @Field(() => DistributionLineKind)
  @Enum({ items: () => DistributionLineKind, nativeEnumName: 'distribution_line_kind' })
  kind!: DistributionLineKind;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field(() => String, { nullable: true, description: '到户分配的农户' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  householdId?: string | null;

  @Field(() => String, { nullable: true, description: '用途或分配理由' })
  @Property({ length: 500, nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: '条件（如在公益岗位上完成的工作）' })
  @Property({ length: 500, nullable: true })
  condition?: string | null;
}

/** A payment to a household under an approved plan; it counts as the household's property income of the plan's year. */
@ObjectType({ description: '收益发放记录' })
@Entity({ tableName: 'distribution_payment' })
@Filter(jurisdictionFilter('divisionCode'))
export class DistributionPayment extends BaseEntity {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  planId!: string;

  @Field()
  @Property({ type: 'uuid' })
  lineId!: string;

  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int, { description: '计入的收入年度（方案年度）' })
  @Property()
  year!: number;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;

  @Field({ description: '发放日期' })
  @Property({ type: 'date' })
  paidOn!: string;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod, nativeEnumName: 'payment_method' })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  note?: string | null;
}

/** One step of a plan (who, when, what, why). Append-only. */
@ObjectType({ description: '分配方案办理记录' })
@Entity({ tableName: 'distribution_plan_event' })
@Filter(jurisdictionFilter('divisionCode'))
export class PlanEvent extends StepEvent {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  planId!: string;

  @Field(() => PlanAction, { nullable: true, description: '空表示拟定' })
  @Enum({ items: () => PlanAction, nativeEnumName: 'plan_action', nullable: true })
  action?: PlanAction | null;

  @Field(() => PlanState, { nullable: true })
  @Enum({ items: () => PlanState, nativeEnumName: 'plan_state', nullable: true })
  fromState?: PlanState | null;

  @Field(() => PlanState)
  @Enum({ items: () => PlanState, nativeEnumName: 'plan_state' })
  toState!: PlanState;

  @Field(() => String, { nullable: true })
  @Property({ length: 2000, nullable: true })
  note?: string | null;
}
