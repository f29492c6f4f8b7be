import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { PlanStatus } from './assistance.enums';

/**
 * 一户一策: the plan for one monitored household. Drafted when the county confirms the case; its
 * risks, measures and gaps are read live from the household (plan.service.ts), so the plan never
 * holds a stale copy of them.
 */
@ObjectType({ description: '一户一策帮扶计划' })
@Entity({ tableName: 'assistance_plan' })
@Filter(jurisdictionFilter('divisionCode'))
export class AssistancePlan extends BaseEntity<'status'> {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: '监测案卷' })
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Field(() => PlanStatus)
  @Enum({ items: () => PlanStatus, nativeEnumName: 'plan_status' })
  status: PlanStatus = PlanStatus.DRAFT;

  @Field({ description: '目标日期' })
  @Property({ type: 'date' })
  targetOn!: string;

  @Field(() => String, { nullable: true, description: '帮扶目标' })
  @Property({ length: 1000, nullable: true })
  goal?: string | null;
}
