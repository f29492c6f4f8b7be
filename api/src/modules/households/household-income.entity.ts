import { Entity, Filter, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';

/**
 * One household's income for one year (收入核算). The parts are entered; net income and the
 * per-capita figure are computed (income.rules.ts), never typed in.
 */
@ObjectType({ description: '家庭年度收支' })
@Entity({ tableName: 'household_income' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['householdId', 'year'] })
export class HouseholdIncome extends BaseEntity<
  | 'wages'
  | 'operations'
  | 'property'
  | 'transfers'
  | 'subsidies'
  | 'productionCosts'
  | 'medicalExpense'
  | 'schoolingExpense'
  | 'disasterExpense'
  | 'accidentExpense'
> {
  @Field()
  @Property({ type: 'uuid' })
  householdId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field(() => MoneyScalar, { description: '工资性收入' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  wages: string = '0.00';

  @Field(() => MoneyScalar, { description: '生产经营性收入' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  operations: string = '0.00';

  @Field(() => MoneyScalar, { description: '财产性收入（含资产收益分红）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  property: string = '0.00';

  @Field(() => MoneyScalar, { description: '转移性收入（含养老金、低保金、各类补贴）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  transfers: string = '0.00';

  @Field(() => MoneyScalar, { description: '其中：补贴性收入' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  subsidies: string = '0.00';

  @Field(() => MoneyScalar, { description: '生产经营性支出' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  productionCosts: string = '0.00';

  @Field(() => MoneyScalar, { description: '刚性支出：医疗（报销后自付）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  medicalExpense: string = '0.00';

  @Field(() => MoneyScalar, { description: '刚性支出：教育' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  schoolingExpense: string = '0.00';

  @Field(() => MoneyScalar, { description: '刚性支出：灾害' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  disasterExpense: string = '0.00';

  @Field(() => MoneyScalar, { description: '刚性支出：意外事故' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  accidentExpense: string = '0.00';

  @Field(() => Int, { description: '计算人均时的家庭人口数' })
  @Property()
  memberCount!: number;

  @Field(() => MoneyScalar, { description: '家庭纯收入（系统计算）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  netIncome!: string;

  @Field(() => MoneyScalar, { description: '人均纯收入（系统计算）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  perCapitaNetIncome!: string;

  @Field(() => MoneyScalar, { description: '刚性支出合计（系统计算）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  rigidExpenditure!: string;
}
