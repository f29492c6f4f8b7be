import { Entity, Enum, Filter, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { IncomeCheck } from './assistance.enums';

@ObjectType({ description: '走访时对一项帮扶措施的核实' })
export class MeasureCheck {
  @Field() measureId!: string;
  @Field({ description: '措施是否见效' }) working!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

/**
 * 走访 / 回访 ("回头看、回头帮"). The client's key makes recording idempotent per visitor: a phone that
 * sends the same visit again (after losing the answer) gets the first one back.
 */
@ObjectType({ description: '走访记录' })
@Entity({ tableName: 'assistance_visit' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['visitorId', 'clientKey'] })
export class Visit extends BaseEntity<'measureChecks'> {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field({ description: '客户端生成的键，同一走访人唯一（重复提交只记一次）' })
  @Property({ length: 64 })
  clientKey!: string;

  @Field({ description: '走访日期' })
  @Property({ type: 'date' })
  visitedOn!: string;

  @Field({ description: '走访人' })
  @Property({ length: 128 })
  visitorName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  visitorId?: string | null;

  @Field({ description: '走访发现' })
  @Property({ length: 2000 })
  findings!: string;

  @Field(() => IncomeCheck)
  @Enum({ items: () => IncomeCheck, nativeEnumName: 'income_check' })
  incomeCheck!: IncomeCheck;

  @Field(() => String, { nullable: true, description: '收入核实说明' })
  @Property({ length: 500, nullable: true })
  incomeNote?: string | null;

  @Field(() => [MeasureCheck], { description: '各项措施是否见效' })
  @Property({ type: 'json' })
  measureChecks: MeasureCheck[] = [];

  @Field(() => String, { nullable: true, description: '照片编号或存放位置' })
  @Property({ length: 300, nullable: true })
  photoRef?: string | null;

  @Field(() => String, { nullable: true, description: '本次走访登记的风险因素' })
  @Property({ type: 'uuid', nullable: true })
  riskFactorId?: string | null;

  @Field(() => String, { nullable: true, description: '本次走访开立的线索' })
  @Property({ type: 'uuid', nullable: true })
  leadCaseId?: string | null;
}
