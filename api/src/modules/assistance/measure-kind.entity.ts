import { ArrayType, Entity, Enum, Filter, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { RiskType } from '../monitoring/monitoring.enums';
import { IncomeSource, MeasureField, MeasureNature } from './assistance.enums';

/**
 * A region's own entry in the measure catalogue (帮扶措施目录): it overrides, field by field, the
 * same kind from its ancestors and the national catalogue (measure-kind.catalogue.ts), or adds a
 * kind of its own. Unset (null) fields inherit.
 */
@ObjectType({ description: '本区划对帮扶措施目录的设定（未填的项沿用上级或全国目录）' })
@Entity({ tableName: 'measure_kind' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['divisionCode', 'code'] })
export class MeasureKind extends BaseEntity {
  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field({ description: '措施类别代码' })
  @Property({ length: 40 })
  code!: string;

  @Field(() => String, { nullable: true })
  @Property({ length: 50, nullable: true })
  name?: string | null;

  @Field(() => MeasureNature, { nullable: true })
  @Enum({ items: () => MeasureNature, nativeEnumName: 'measure_nature', nullable: true })
  nature?: MeasureNature | null;

  @Field(() => [MeasureField], { nullable: true })
  @Property({ type: ArrayType, nullable: true })
  requiredFields?: MeasureField[] | null;

  @Field(() => MoneyScalar, { nullable: true })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  maxAmount?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'int', nullable: true })
  maxTermMonths?: number | null;

  @Field(() => IncomeSource, { nullable: true })
  @Enum({ items: () => IncomeSource, nativeEnumName: 'assistance_income_source', nullable: true })
  incomeSource?: IncomeSource | null;

  @Field(() => [RiskType], { nullable: true })
  @Property({ type: ArrayType, nullable: true })
  answersRisks?: RiskType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false：本区划停用此类措施' })
  @Property({ type: 'boolean', nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 500, nullable: true })
  description?: string | null;
}
