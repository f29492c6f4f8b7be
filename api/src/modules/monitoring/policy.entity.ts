import { ArrayType, Entity, Enum, Filter, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { ProcedureTemplate } from './monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';

/**
 * 监测标准, per division and year. Every value is optional: a division without its own value
 * uses its parent's, then its grandparent's (policy.rules.ts resolves the effective policy).
 */
@ObjectType({ description: '监测标准（某区划某年度自行设定的部分）' })
@Entity({ tableName: 'monitoring_policy' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['divisionCode', 'year'] })
export class MonitoringPolicy extends BaseEntity {
  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field(() => MoneyScalar, { nullable: true, description: '监测收入线（人均纯收入，元/年）' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  incomeLine?: string | null;

  /** Seed 001: "国家扶贫标准1.5倍左右". The nearer of this and incomeLine decides (policy.rules.ts). */
  @Field(() => Float, { nullable: true, description: '监测收入线为国家扶贫标准的倍数（如 1.5）；与金额二选一' })
  @Property({ type: 'double', nullable: true })
  incomeLineMultiple?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '国家扶贫标准（元/年），按倍数设定收入线时使用' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  nationalPovertyLine?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: '刚性支出超过上年家庭纯收入的比例即符合（默认 1.0，“明显超过上年度收入”）',
  })
  @Property({ type: 'double', nullable: true })
  rigidExpenditureShare?: number | null;

  @Field(() => Float, { nullable: true, description: '人均纯收入同比下降超过该比例即为收入骤减（如 0.3）' })
  @Property({ type: 'double', nullable: true })
  incomeDropShare?: number | null;

  @Field(() => Float, { nullable: true, description: '补贴性收入占比超过该值即预警（如 0.5）' })
  @Property({ type: 'double', nullable: true })
  subsidyShareWarning?: number | null;

  @Field(() => Int, { nullable: true, description: '风险消除前收入稳定的月数（如 6）' })
  @Property({ type: 'int', nullable: true })
  exitStabilityMonths?: number | null;

  @Field(() => Int, { nullable: true, description: '村级公示天数（如 5）' })
  @Property({ type: 'int', nullable: true })
  publicNoticeDays?: number | null;

  @Field(() => Float, { nullable: true, description: '监测对象占建档人口的预期比例（如 0.05）' })
  @Property({ type: 'double', nullable: true })
  expectedMonitoredRatio?: number | null;

  @Field(() => Float, { nullable: true, description: '监测对象占比上限（如 0.10）' })
  @Property({ type: 'double', nullable: true })
  maxMonitoredRatio?: number | null;

  @Field(() => Float, { nullable: true, description: '监测对象占比预警值（非深度贫困地区，地区默认，可调整）' })
  @Property({ type: 'double', nullable: true })
  monitoredRatioWarning?: number | null;

  /** Which 监测对象类别 count toward the ratio: seed 001 counts two (默认), later practice three. */
  @Field(() => [MonitoringCategory], {
    nullable: true,
    description: '计入监测对象占比的类别（默认：脱贫不稳定户、边缘易致贫户）',
  })
  @Property({ type: ArrayType, nullable: true })
  monitoredCategories?: MonitoringCategory[] | null;

  @Field(() => Int, { nullable: true, description: '线索或待办超过该天数未处理即逾期（如 15）' })
  @Property({ type: 'int', nullable: true })
  overdueDays?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '部门预警：医疗自付超过该金额（元）' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  medicalSelfPayThreshold?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '部门预警：灾害损失超过该金额（元）' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  disasterLossThreshold?: string | null;

  @Field(() => Int, { nullable: true, description: '部门预警：汇总本户部门数据的月数（如 12）' })
  @Property({ type: 'int', nullable: true })
  warningWindowMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '部门预警：新认定残疾等级不低于该级（数字不大于该值）即预警（如 2）',
  })
  @Property({ type: 'int', nullable: true })
  disabilityWarningGrade?: number | null;

  @Field(() => ProcedureTemplate, { nullable: true, description: '监测程序模板（不设定即内蒙古模板）' })
  @Enum({ items: () => ProcedureTemplate, nativeEnumName: 'procedure_template', nullable: true })
  procedureTemplate?: ProcedureTemplate | null;

  @Field(() => Int, { nullable: true, description: '风险消除公示天数（不设定或 0 即不公示）' })
  @Property({ type: 'int', nullable: true })
  exitPublicNoticeDays?: number | null;
}
