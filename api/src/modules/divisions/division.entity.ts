import { Entity, Enum, Filter, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DivisionLevel } from '../../jurisdiction/division-code';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';

/** 行政区划, keyed by its 12-digit national code (统计用区划代码). */
@ObjectType({ description: '行政区划' })
@Entity({ tableName: 'division' })
@Filter(jurisdictionFilter('code'))
export class Division {
  [OptionalProps]?: 'deepPoverty';

  @Field({ description: '12 位统计用区划代码' })
  @PrimaryKey({ length: 12 })
  code!: string;

  @Field()
  @Property({ length: 100 })
  @Index()
  name!: string;

  @Field(() => DivisionLevel)
  @Enum({ items: () => DivisionLevel, nativeEnumName: 'division_level' })
  level!: DivisionLevel;

  @Field(() => String, { nullable: true })
  @Property({ length: 12, nullable: true })
  @Index()
  parentCode?: string | null;

  /**
   * 深度贫困地区 (seed 001: "深度贫困地区原则上不超过10%"): the monitored ratio is held to the
   * policy's cap here. Set by province and city offices (setDivisionDeepPoverty), audited; it
   * applies to the division's whole subtree.
   */
  @Field({ description: '深度贫困地区（监测对象占比适用上限）' })
  @Property({ default: false })
  deepPoverty: boolean = false;
}
