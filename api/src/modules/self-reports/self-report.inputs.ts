import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../common/enum-labels';
import { PageArgs } from '../../common/pagination';
import { RiskType } from '../monitoring/monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';
import { SelfReportStatus } from './self-report.entity';
import { DivisionLevel } from '../../jurisdiction/division-code';

@InputType({ description: '农户自主申报（无需登录）' })
export class SelfReportInput {
  @Field({ description: '所在村（社区）的 12 位区划代码' })
  villageCode!: string;

  @Field({ description: '申报人姓名' })
  name!: string;

  @Field({ description: '申报人身份证号' })
  idNumber!: string;

  @Field({ description: '手机号码' })
  phone!: string;

  @Field(() => RiskType, { description: '困难类型' })
  difficulty!: RiskType;

  @Field({ description: '情况说明（5–500 字）' })
  description!: string;
}

@ObjectType({ description: '申报回执：无论申报人是否在册，回答都相同' })
export class SelfReportReceipt {
  @Field() received!: boolean;
  @Field() message!: string;
}

@ObjectType({ description: '公开的区划名称（仅代码、名称、级别）' })
export class PublicDivision {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => DivisionLevel) level!: DivisionLevel;
}

export enum SelfReportDecision {
  OPEN_LEAD = 'OPEN_LEAD',
  DISMISS = 'DISMISS',
}

registerEnum(SelfReportDecision, 'SelfReportDecision', '核实自主申报的结果', {
  OPEN_LEAD: '转为监测线索（该户已有未办结案卷则并入）',
  DISMISS: '排除（须填写理由）',
});

@ArgsType()
export class SelfReportListArgs extends PageArgs {
  @Field(() => SelfReportStatus, { nullable: true, defaultValue: SelfReportStatus.PENDING })
  status?: SelfReportStatus;

  @Field({ nullable: true, description: '区划代码或前缀' })
  divisionCode?: string;

  @Field({ nullable: true, description: '只列并入或转为该监测案卷的申报（与 status 同时给出时两者都须满足）' })
  caseId?: string;
}

@ArgsType()
export class HandleSelfReportArgs {
  @Field() id!: string;
  @Field(() => Int) version!: number;
  @Field(() => SelfReportDecision) decision!: SelfReportDecision;
  @Field({ nullable: true, description: '未在册的申报人：建档后选择其家庭' }) householdId?: string;
  @Field(() => MonitoringCategory, { nullable: true, description: '转为线索时的监测对象类别' })
  category?: MonitoringCategory;
  @Field({ nullable: true, description: '核实情况；排除时必填理由' }) note?: string;
}
