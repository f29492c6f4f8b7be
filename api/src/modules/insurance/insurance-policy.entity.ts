import { ArrayType, Entity, Filter, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { InsuredCause } from './insurance.enums';
import type { Band } from './insurance.rules';

@ObjectType({ description: '赔付档次：报销后自付费用落在 [下限, 上限) 的部分按比例赔付' })
export class PayoutBandSetting implements Band {
  @Field(() => MoneyScalar)
  lowerBound!: string;

  @Field(() => MoneyScalar, { nullable: true, description: '不填为不设上限（最后一档）' })
  upperBound!: string | null;

  @Field({ description: '赔付比例，小数字符串，如 "0.30"' })
  rate!: string;
}

@ObjectType({ description: '按致贫原因的每人每年赔付限额' })
export class CauseCap {
  @Field(() => InsuredCause)
  cause!: InsuredCause;

  @Field(() => MoneyScalar)
  cap!: string;
}

/**
 * 防贫保保单: one per insuring division and year. Nobody is enrolled (不记名、不事前确定、不事先
 * 识别, seed 001 四(六)): eligibility is decided at claim time against this policy.
 */
@ObjectType({ description: '防贫保保单（区划 + 年度）' })
@Entity({ tableName: 'insurance_policy' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['divisionCode', 'year'] })
export class InsurancePolicy extends BaseEntity {
  @Field({ description: '投保区划（12 位代码）' })
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field({ description: '承保机构（与其 合作方令牌的合作方名称一致）' })
  @Property({ length: 100 })
  insurerName!: string;

  @Field(() => [String], { description: '覆盖的区划（其下全部村）' })
  @Property({ type: ArrayType })
  coveredDivisionCodes: string[] = [];

  @Field(() => Int, { description: '农村人口（保存时由户籍登记统计）' })
  @Property()
  ruralPopulation!: number;

  @Field({ description: '投保基数占农村人口的比例（0.10—0.20）' })
  @Property({ type: 'decimal', precision: 6, scale: 4 })
  baseShare!: string;

  @Field(() => MoneyScalar, { description: '每人保费（元）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  premiumPerPerson!: string;

  @Field(() => Int, { description: '投保基数（人，系统计算）' })
  @Property()
  insuredBase!: number;

  @Field(() => MoneyScalar, { description: '保费（系统计算）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  premium!: string;

  @Field(() => MoneyScalar, { nullable: true, description: '防贫线金额（元/人·年）；与“贫困线倍数”二选一' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  preventionLineAmount?: string | null;

  @Field(() => String, { nullable: true, description: '防贫线为贫困线的倍数，如 "1.5"' })
  @Property({ type: 'decimal', precision: 6, scale: 3, nullable: true })
  preventionLineMultiple?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '贫困线（元/人·年），按倍数设定防贫线时使用' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  povertyLine?: string | null;

  @Field(() => [InsuredCause])
  @Property({ type: ArrayType })
  insuredCauses: InsuredCause[] = [];

  @Field(() => MoneyScalar, { description: '起付线：自付费用不超过此数不赔' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  deductible!: string;

  @Field(() => [PayoutBandSetting])
  @Property({ type: 'jsonb' })
  bands: Band[] = [];

  @Field(() => [CauseCap])
  @Property({ type: 'jsonb' })
  causeCaps: CauseCap[] = [];

  @Field(() => MoneyScalar, { nullable: true, description: '每人每年赔付限额（各原因合计）' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  personYearCap?: string | null;
}
