import { registerEnum } from '../../common/enum-labels';
import { NoFormulaStart } from '../../common/formula';
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { MoneyScalar } from '../../common/money';
import { MAX_SELECTED_IDS } from '../../common/ids';
import {
  Education,
  HealthStatus,
  HouseholdStatus,
  RegistrationStatus,
  LabourCapacity,
  Relation,
  SchoolingStage,
} from './household.enums';

import { MonitoringCategory } from './household.enums';

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})?$/;

@InputType({ description: '家庭成员信息' })
export class MemberInput {
  @Field()
  @Length(1, 50, { message: '姓名不能为空，且不超过 50 个字符' })
  @NoFormulaStart('姓名')
  name!: string;

  @Field({ description: '18 位身份证号；15 位旧号码自动升位' })
  idNumber!: string;

  @Field(() => Relation)
  relation!: Relation;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 20, { message: '民族不超过 20 个字符' })
  ethnicity?: string;

  @Field(() => Education, { nullable: true })
  education?: Education;

  @Field(() => SchoolingStage, { nullable: true })
  schoolingStage?: SchoolingStage;

  @Field(() => HealthStatus, { nullable: true })
  healthStatus?: HealthStatus;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: '残疾等级为 1-4 级' })
  @Max(4, { message: '残疾等级为 1-4 级' })
  disabilityGrade?: number;

  @Field(() => LabourCapacity)
  labourCapacity!: LabourCapacity;

  @Field({ nullable: true })
  workPlace?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '务工月数为 0-12' })
  @Max(12, { message: '务工月数为 0-12' })
  workMonths?: number;

  @Field({ nullable: true })
  medicalInsurance?: boolean;

  @Field({ nullable: true })
  criticalIllnessInsurance?: boolean;

  @Field({ nullable: true })
  pensionInsurance?: boolean;

  @Field({ nullable: true })
  minimumLivingAllowance?: boolean;

  @Field({ nullable: true })
  extremePoverty?: boolean;
}

@InputType({ description: '修改家庭成员（不填的字段不变；与户主关系请用 setHouseholdHead 变更户主）' })
export class UpdateMemberInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 50, { message: '姓名不能为空，且不超过 50 个字符' })
  @NoFormulaStart('姓名')
  name?: string;

  @Field({ nullable: true })
  idNumber?: string;

  @Field(() => Relation, { nullable: true })
  relation?: Relation;

  @Field({ nullable: true })
  ethnicity?: string;

  @Field(() => Education, { nullable: true })
  education?: Education;

  @Field(() => SchoolingStage, { nullable: true })
  schoolingStage?: SchoolingStage;

  @Field(() => HealthStatus, { nullable: true })
  healthStatus?: HealthStatus;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: '残疾等级为 1-4 级' })
  @Max(4, { message: '残疾等级为 1-4 级' })
  disabilityGrade?: number;

  @Field(() => LabourCapacity, { nullable: true })
  labourCapacity?: LabourCapacity;

  @Field({ nullable: true })
  workPlace?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '务工月数为 0-12' })
  @Max(12, { message: '务工月数为 0-12' })
  workMonths?: number;

  @Field({ nullable: true })
  medicalInsurance?: boolean;

  @Field({ nullable: true })
  criticalIllnessInsurance?: boolean;

  @Field({ nullable: true })
  pensionInsurance?: boolean;

  @Field({ nullable: true })
  minimumLivingAllowance?: boolean;

  @Field({ nullable: true })
  extremePoverty?: boolean;
}

@InputType()
export class CreateHouseholdInput {
  @Field({ nullable: true, description: '户编号；不填由系统按村生成' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]{4,32}$/, { message: '户编号为 4-32 位数字、字母或连字符' })
  householdNumber?: string;

  @Field({ description: '所在村的 12 位区划代码' })
  @Matches(/^\d{12}$/, { message: '区划代码应为 12 位数字' })
  divisionCode!: string;

  @Field()
  @Length(1, 200, { message: '家庭住址不能为空，且不超过 200 个字符' })
  @NoFormulaStart('家庭住址')
  address!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: '电话号码格式不正确' })
  phone?: string;

  @Field(() => RegistrationStatus, {
    nullable: true,
    description: '建档立卡登记状态；脱贫户须由县级登记，默认一般农户',
  })
  registrationStatus?: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: '脱贫年度（脱贫户必填）' })
  liftedOutYear?: number;

  @Field({ nullable: true })
  noLabourCapacity?: boolean;

  @Field({ nullable: true })
  minimumLivingAllowance?: boolean;

  @Field({ nullable: true })
  extremePoverty?: boolean;

  @Field({ nullable: true })
  relocated?: boolean;

  @Field(() => [MemberInput], { description: '家庭成员，须有且只有一名户主' })
  @ArrayNotEmpty({ message: '至少填写一名家庭成员（户主）' })
  @ValidateNested({ each: true })
  members!: MemberInput[];
}

@InputType()
export class UpdateHouseholdInput {
  @Field({ nullable: true, description: '迁往的村（须在辖区内）' })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: '区划代码应为 12 位数字' })
  divisionCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, { message: '家庭住址不能为空，且不超过 200 个字符' })
  @NoFormulaStart('家庭住址')
  address?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: '电话号码格式不正确' })
  phone?: string;

  @Field({ nullable: true })
  noLabourCapacity?: boolean;

  @Field({ nullable: true })
  minimumLivingAllowance?: boolean;

  @Field({ nullable: true })
  extremePoverty?: boolean;

  @Field({ nullable: true })
  relocated?: boolean;
}

@InputType({ description: '年度收支：各项收入与支出（元），人均纯收入由系统计算' })
export class IncomeInput {
  @Field(() => MoneyScalar, { nullable: true, description: '工资性收入' })
  wages?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '生产经营性收入' })
  operations?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '财产性收入' })
  property?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '转移性收入' })
  transfers?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '其中：补贴性收入' })
  subsidies?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '生产经营性支出' })
  productionCosts?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '医疗支出（报销后自付）' })
  medicalExpense?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '教育支出' })
  schoolingExpense?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '灾害损失支出' })
  disasterExpense?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '意外事故支出' })
  accidentExpense?: string;
}

export enum HouseholdSortField {
  HOUSEHOLD_NUMBER = 'HOUSEHOLD_NUMBER',
  DIVISION_CODE = 'DIVISION_CODE',
  MEMBER_COUNT = 'MEMBER_COUNT',
  PER_CAPITA_NET_INCOME = 'PER_CAPITA_NET_INCOME',
  CREATED_AT = 'CREATED_AT',
}

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnum(HouseholdSortField, 'HouseholdSortField');
registerEnum(SortOrder, 'SortOrder');

@InputType({ description: '农户筛选条件' })
export class HouseholdFilter {
  @Field({ nullable: true, description: '区划代码或前缀（含下级）' })
  divisionCode?: string;

  @Field(() => [RegistrationStatus], { nullable: true, description: '脱贫户 / 一般农户' })
  registrationStatuses?: RegistrationStatus[];

  @Field(() => [MonitoringCategory], { nullable: true, description: '当前监测对象类别（任一）' })
  monitoringCategories?: MonitoringCategory[];

  @Field({ nullable: true, description: 'true 只列监测中的户，false 只列未在监测的户' })
  monitored?: boolean;

  @Field(() => HouseholdStatus, { nullable: true, defaultValue: HouseholdStatus.ACTIVE })
  status?: HouseholdStatus;

  @Field({ nullable: true })
  noLabourCapacity?: boolean;

  @Field({ nullable: true })
  minimumLivingAllowance?: boolean;

  @Field({ nullable: true })
  extremePoverty?: boolean;

  @Field({ nullable: true })
  relocated?: boolean;

  @Field(() => MoneyScalar, { nullable: true, description: '最近年度人均纯收入下限（含）' })
  perCapitaIncomeMin?: string;

  @Field(() => MoneyScalar, { nullable: true, description: '最近年度人均纯收入上限（含）' })
  perCapitaIncomeMax?: string;

  @Field({ nullable: true, description: '户编号、成员姓名（前缀）或身份证号后 4 位' })
  search?: string;

  @Field(() => [String], { nullable: true, description: `只含这些农户（列表中勾选的，最多 ${MAX_SELECTED_IDS} 户）` })
  @ArrayMaxSize(MAX_SELECTED_IDS, { message: `一次最多选择 ${MAX_SELECTED_IDS} 户` })
  ids?: string[];
}

@ArgsType()
export class HouseholdListArgs extends PageArgs {
  @Field(() => HouseholdFilter, { nullable: true })
  filter?: HouseholdFilter;

  @Field(() => HouseholdSortField, { defaultValue: HouseholdSortField.HOUSEHOLD_NUMBER })
  sortBy: HouseholdSortField = HouseholdSortField.HOUSEHOLD_NUMBER;

  @Field(() => SortOrder, { defaultValue: SortOrder.ASC })
  sortOrder: SortOrder = SortOrder.ASC;
}

@ArgsType()
export class SetRegistrationArgs {
  @Field()
  householdId!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  @Field(() => RegistrationStatus)
  registrationStatus!: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: '脱贫年度（脱贫户必填）' })
  liftedOutYear?: number;

  @Field({ description: '变更依据（如建档立卡台账、县级批复文号），记入审计日志' })
  @Length(1, 500, { message: '请填写变更依据，不超过 500 字' })
  reason!: string;
}
