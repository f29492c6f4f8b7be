import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../common/money';
import { ProcedureTemplate } from './monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';

@InputType({ description: '设定本区划某年度的监测标准；不填（null）的项沿用上级' })
export class PolicyInput {
  @Field(() => MoneyScalar, { nullable: true }) incomeLine?: string | null;
  @Field(() => Float, { nullable: true, description: '按国家扶贫标准的倍数设定收入线（与 incomeLine 二选一）' })
  incomeLineMultiple?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) nationalPovertyLine?: string | null;
  @Field(() => Float, { nullable: true }) rigidExpenditureShare?: number | null;
  @Field(() => Float, { nullable: true }) incomeDropShare?: number | null;
  @Field(() => Float, { nullable: true }) subsidyShareWarning?: number | null;
  @Field(() => Int, { nullable: true }) exitStabilityMonths?: number | null;
  @Field(() => Int, { nullable: true }) publicNoticeDays?: number | null;
  @Field(() => Float, { nullable: true }) expectedMonitoredRatio?: number | null;
  @Field(() => Float, { nullable: true }) maxMonitoredRatio?: number | null;
  @Field(() => Float, { nullable: true }) monitoredRatioWarning?: number | null;
  @Field(() => [MonitoringCategory], { nullable: true }) monitoredCategories?: MonitoringCategory[] | null;
  @Field(() => Int, { nullable: true }) overdueDays?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) medicalSelfPayThreshold?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) disasterLossThreshold?: string | null;
  @Field(() => Int, { nullable: true, description: '部门预警汇总月数' }) warningWindowMonths?: number | null;
  @Field(() => Int, { nullable: true, description: '残疾等级预警界限（1-4）' }) disabilityWarningGrade?: number | null;
  @Field(() => ProcedureTemplate, { nullable: true, description: '监测程序模板' })
  procedureTemplate?: ProcedureTemplate | null;
  @Field(() => Int, { nullable: true, description: '风险消除公示天数' }) exitPublicNoticeDays?: number | null;
}

@ObjectType({ description: '某项标准的取值及其来源区划' })
export class PolicyValueSource {
  @Field() field!: string;
  @Field() divisionCode!: string;
  @Field(() => String, { nullable: true, description: '来源区划名称' }) divisionName?: string | null;
}

@ObjectType({ description: '某区划某年度实际适用的监测标准（本级未设定的项取上级）' })
export class EffectivePolicy {
  @Field() divisionCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => MoneyScalar, { nullable: true, description: '监测收入线（金额；按倍数设定时为 倍数 × 国家扶贫标准）' })
  incomeLine?: string | null;
  @Field(() => Float, { nullable: true, description: '收入线按国家扶贫标准的倍数设定时的倍数' }) incomeLineMultiple?:
    number | null;
  @Field(() => MoneyScalar, { nullable: true }) nationalPovertyLine?: string | null;
  @Field(() => Float, { nullable: true }) rigidExpenditureShare?: number | null;
  @Field(() => Float, { nullable: true }) incomeDropShare?: number | null;
  @Field(() => Float, { nullable: true }) subsidyShareWarning?: number | null;
  @Field(() => Int, { nullable: true }) exitStabilityMonths?: number | null;
  @Field(() => Int, { nullable: true }) publicNoticeDays?: number | null;
  @Field(() => Float, { nullable: true }) expectedMonitoredRatio?: number | null;
  @Field(() => Float, { nullable: true }) maxMonitoredRatio?: number | null;
  @Field(() => Float, { nullable: true }) monitoredRatioWarning?: number | null;
  @Field(() => [MonitoringCategory], { nullable: true }) monitoredCategories?: MonitoringCategory[] | null;
  @Field(() => Int, { nullable: true }) overdueDays?: number | null;
  @Field(() => MoneyScalar, { nullable: true }) medicalSelfPayThreshold?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) disasterLossThreshold?: string | null;
  @Field(() => Int, { nullable: true, description: '部门预警汇总月数' }) warningWindowMonths?: number | null;
  @Field(() => Int, { nullable: true, description: '残疾等级预警界限（1-4）' }) disabilityWarningGrade?: number | null;
  @Field(() => ProcedureTemplate, { nullable: true, description: '监测程序模板' })
  procedureTemplate?: ProcedureTemplate | null;
  @Field(() => Int, { nullable: true, description: '风险消除公示天数' }) exitPublicNoticeDays?: number | null;
  @Field(() => [PolicyValueSource], { description: '各项取自哪个区划' }) sources!: PolicyValueSource[];
}
