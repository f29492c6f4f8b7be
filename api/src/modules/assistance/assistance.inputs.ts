import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { MoneyScalar } from '../../common/money';
import { PageArgs } from '../../common/pagination';
import { MonitoringCategory } from '../households/household.enums';
import { RiskFactorInput } from '../monitoring/risk.inputs';
import { GapKind, IncomeCheck, PlanStatus, TeamRole } from './assistance.enums';

@InputType({ description: '帮扶措施' })
export class MeasureInput {
  @Field({ description: '措施类别代码（见 measureKinds）' }) kindCode!: string;
  @Field(() => String, { nullable: true, description: '受益成员' }) memberId?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) amount?: string | null;
  @Field(() => String, { nullable: true, description: '开始日期 YYYY-MM-DD' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: '结束日期 YYYY-MM-DD' }) endsOn?: string | null;
  @Field({ description: '责任单位' }) @Length(1, 100, { message: '责任单位为 1-100 字' }) responsibleUnit!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 50, { message: '帮扶责任人不超过 50 字' })
  responsiblePerson?: string | null;
  @Field(() => String, { nullable: true, description: '岗位' })
  @IsOptional()
  @Length(0, 100, { message: '岗位不超过 100 字' })
  post?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: '岗位月工资（元）' }) monthlyPay?: string | null;
  @Field(() => [String], { nullable: true, description: '针对的风险因素' }) riskFactorIds?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 500, { message: '说明不超过 500 字' }) note?:
    string | null;
}

@InputType({ description: '修改一户一策' })
export class PlanInput {
  @Field(() => String, { nullable: true, description: '目标日期 YYYY-MM-DD' }) targetOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 1000, { message: '帮扶目标不超过 1000 字' }) goal?:
    string | null;
  @Field(() => PlanStatus, { nullable: true }) status?: PlanStatus | null;
}

@ArgsType()
export class PlanListArgs extends PageArgs {
  @Field({ nullable: true, description: '区划代码或前缀' }) divisionCode?: string;
  @Field(() => PlanStatus, { nullable: true }) status?: PlanStatus;
}

@InputType({ description: '专班成员' })
export class TeamMemberInput {
  @Field() @Length(1, 50, { message: '姓名为 1-50 字' }) name!: string;
  @Field(() => TeamRole) role!: TeamRole;
  @Field({ description: '工作单位' }) @Length(1, 100, { message: '工作单位为 1-100 字' }) unit!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field({ nullable: true, description: '设为一对一联系人' }) isPrimary?: boolean;
  @Field(() => String, { nullable: true, description: '对应系统账号的用户名（其“我的帮扶户”中可见）' }) username?:
    string | null;
}

@InputType({ description: '走访时核实一项措施' })
export class MeasureCheckInput {
  @Field() measureId!: string;
  @Field() working!: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 200, { message: '说明不超过 200 字' }) note?:
    string | null;
}

@InputType({ description: '走访发现的线索（开立监测线索）' })
export class VisitLeadInput {
  @Field(() => MonitoringCategory) category!: MonitoringCategory;
  @Field(() => [String]) reasons!: string[];
}

@InputType({ description: '走访记录；clientKey 由手机端生成，重复提交只记一次' })
export class VisitInput {
  @Field() @Length(8, 64, { message: 'clientKey 为 8-64 位' }) clientKey!: string;
  @Field() householdId!: string;
  @Field({ description: '走访日期 YYYY-MM-DD' }) visitedOn!: string;
  @Field() @Length(1, 2000, { message: '走访发现为 1-2000 字' }) findings!: string;
  @Field(() => IncomeCheck) incomeCheck!: IncomeCheck;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500, { message: '收入说明不超过 500 字' })
  incomeNote?: string | null;
  @Field(() => [MeasureCheckInput], { nullable: true }) measureChecks?: MeasureCheckInput[] | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 300, { message: '照片编号不超过 300 字' })
  photoRef?: string | null;
  @Field(() => RiskFactorInput, { nullable: true, description: '走访发现的新风险因素' })
  newRisk?: RiskFactorInput | null;
  @Field(() => VisitLeadInput, { nullable: true, description: '走访发现的线索' }) lead?: VisitLeadInput | null;
}

@ArgsType()
export class GapArgs extends PageArgs {
  @Field() divisionCode!: string;
  @Field(() => [GapKind], { nullable: true, description: '只列出这些类型' }) kinds?: GapKind[];
}
