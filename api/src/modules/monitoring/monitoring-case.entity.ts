import { ArrayType, Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { StepEvent } from '../../common/step-event.entity';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { CaseAction, CaseState, RiskSource } from './monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';

/**
 * 监测对象认定与退出的一个案卷: from the lead to 监测中 and on to 风险消除. A household has at
 * most one open case (a partial unique index); closed cases stay as its history.
 */
@ObjectType({ description: '监测案卷（识别 → 监测 → 风险消除）' })
@Entity({ tableName: 'monitoring_case' })
@Filter(jurisdictionFilter('divisionCode'))
export class MonitoringCase extends BaseEntity<'stateChangedAt' | 'reasons'> {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => MonitoringCategory, { description: '监测对象类别（县级认定时可调整）' })
  @Enum({ items: () => MonitoringCategory, nativeEnumName: 'monitoring_category' })
  category!: MonitoringCategory;

  @Field(() => CaseState)
  @Enum({ items: () => CaseState, nativeEnumName: 'case_state' })
  state!: CaseState;

  @Field(() => RiskSource, { description: '线索来源' })
  @Enum({ items: () => RiskSource, nativeEnumName: 'risk_source' })
  source!: RiskSource;

  @Field(() => [String], { description: '识别理由' })
  @Property({ type: ArrayType })
  reasons: string[] = [];

  @Field({ description: '线索产生日期' })
  @Property({ type: 'date' })
  openedOn!: string;

  @Field({ description: '进入当前状态的时间' })
  @Property({ type: 'timestamptz' })
  stateChangedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: '公示截止日期' })
  @Property({ type: 'date', nullable: true })
  noticeEndsOn?: string | null;

  @Field(() => String, { nullable: true, description: '认定为监测对象的日期' })
  @Property({ type: 'date', nullable: true })
  identifiedOn?: string | null;

  @Field(() => String, { nullable: true, description: '风险消除日期' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;
}

/** One step of a case (who, when, what, why): the case's timeline. Append-only like the audit log. */
@ObjectType({ description: '监测程序记录' })
@Entity({ tableName: 'case_event' })
@Filter(jurisdictionFilter('divisionCode'))
export class CaseEvent extends StepEvent {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  caseId!: string;

  @Field(() => CaseAction, { nullable: true, description: '空表示线索产生' })
  @Enum({ items: () => CaseAction, nativeEnumName: 'case_action', nullable: true })
  action?: CaseAction | null;

  @Field(() => CaseState, { nullable: true })
  @Enum({ items: () => CaseState, nativeEnumName: 'case_state', nullable: true })
  fromState?: CaseState | null;

  @Field(() => CaseState)
  @Enum({ items: () => CaseState, nativeEnumName: 'case_state' })
  toState!: CaseState;

  @Field(() => String, { nullable: true, description: '说明或退回理由' })
  @Property({ length: 1000, nullable: true })
  note?: string | null;
}
