import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { IncomeSource, MeasureNature, MeasureStatus } from './assistance.enums';

/**
 * 帮扶措施 given to a household (or one member). The kind's name, nature and income source are
 * copied at creation, so reports and the coverage rules read one table, and a later catalogue
 * change does not rewrite what was given.
 */
@ObjectType({ description: '帮扶措施' })
@Entity({ tableName: 'assistance_measure' })
@Filter(jurisdictionFilter('divisionCode'))
export class AssistanceMeasure extends BaseEntity<'status' | 'riskFactorIds'> {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  @Field(() => String, { nullable: true, description: '受益成员（可不填，即整户）' })
  @Property({ type: 'uuid', nullable: true })
  memberId?: string | null;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field({ description: '措施类别代码' })
  @Property({ length: 40 })
  kindCode!: string;

  @Field({ description: '措施类别名称' })
  @Property({ length: 50 })
  kindName!: string;

  @Field(() => MeasureNature)
  @Enum({ items: () => MeasureNature, nativeEnumName: 'measure_nature' })
  nature!: MeasureNature;

  @Field(() => IncomeSource)
  @Enum({ items: () => IncomeSource, nativeEnumName: 'assistance_income_source' })
  incomeSource!: IncomeSource;

  @Field(() => MoneyScalar, { nullable: true, description: '金额（元）：补助、救助、贷款额度等' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  amount?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;

  @Field({ description: '责任单位' })
  @Property({ length: 100 })
  responsibleUnit!: string;

  @Field(() => String, { nullable: true, description: '帮扶责任人' })
  @Property({ length: 50, nullable: true })
  responsiblePerson?: string | null;

  @Field(() => MeasureStatus)
  @Enum({ items: () => MeasureStatus, nativeEnumName: 'measure_status' })
  status: MeasureStatus = MeasureStatus.PLANNED;

  @Field(() => String, { nullable: true, description: '岗位（公益性岗位、生态岗位）' })
  @Property({ length: 100, nullable: true })
  post?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '岗位月工资（元）' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  monthlyPay?: string | null;

  @Field(() => [String], { description: '针对的风险因素' })
  @Property({ type: 'uuid[]' })
  riskFactorIds: string[] = [];

  @Field(() => String, { nullable: true, description: '对应的监测案卷' })
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  note?: string | null;
}
