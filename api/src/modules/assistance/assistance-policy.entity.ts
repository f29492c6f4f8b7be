import { Entity, Filter, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';

/**
 * 帮扶工作标准 of a division; unset values inherit from the ancestors, then the national defaults
 * (ASSISTANCE_POLICY_DEFAULTS). None of these numbers is given by the seeds: each is a regional
 * policy default, editable.
 */
@ObjectType({ description: '帮扶工作标准（本区划自行设定的部分）' })
@Entity({ tableName: 'assistance_policy' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['divisionCode'] })
export class AssistancePolicy extends BaseEntity {
  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int, { nullable: true, description: '回访周期（天）' })
  @Property({ type: 'int', nullable: true })
  visitIntervalDays?: number | null;

  @Field(() => Int, { nullable: true, description: '县级认定后须在该天数内制定一户一策' })
  @Property({ type: 'int', nullable: true })
  planDueDays?: number | null;

  @Field(() => Int, { nullable: true, description: '一户一策默认目标期限（月）' })
  @Property({ type: 'int', nullable: true })
  planTargetMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '年务工满该月数即视为稳定就业' })
  @Property({ type: 'int', nullable: true })
  stableWorkMonths?: number | null;
}
