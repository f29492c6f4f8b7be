import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { MAX_SELECTED_IDS } from '../../common/ids';
import { CaseAction, CaseState, RiskSource } from './monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';

@InputType({ description: '开立线索（农户申报、干部排查等）' })
export class OpenLeadInput {
  @Field()
  householdId!: string;

  @Field(() => MonitoringCategory)
  category!: MonitoringCategory;

  @Field(() => RiskSource)
  source!: RiskSource;

  @Field(() => [String], { description: '线索理由' })
  reasons!: string[];
}

@ArgsType()
export class CaseActionArgs {
  @Field()
  caseId!: string;

  @Field(() => CaseAction)
  action!: CaseAction;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  @Field({ nullable: true, description: '说明；退回和排除时必填理由' })
  @IsOptional()
  @Length(0, 1000, { message: '说明不超过 1000 字' })
  note?: string;

  @Field(() => MonitoringCategory, { nullable: true, description: '县级认定时可调整监测对象类别' })
  category?: MonitoringCategory;
}

/** The case list's filter: the list, its counts by state and its export read it the same way. */
@ArgsType()
export class CaseFilterArgs {
  @Field({ nullable: true, description: '区划代码或前缀' })
  divisionCode?: string;

  @Field(() => [CaseState], { nullable: true })
  states?: CaseState[];

  @Field(() => MonitoringCategory, { nullable: true })
  category?: MonitoringCategory;

  @Field({ nullable: true, description: '只列出当前用户可以办理的（我的待办）' })
  pendingForMe?: boolean;

  @Field({ nullable: true, description: '只列出逾期未办的' })
  overdue?: boolean;

  @Field(() => [String], { nullable: true, description: `只含这些案卷（列表中勾选的，最多 ${MAX_SELECTED_IDS} 件）` })
  @ArrayMaxSize(MAX_SELECTED_IDS, { message: `一次最多选择 ${MAX_SELECTED_IDS} 件` })
  ids?: string[];
}

@InputType({ description: '村级民主评议及公示' })
export class VillageReviewInput {
  @Field({ description: '评议日期 YYYY-MM-DD' })
  deliberatedOn!: string;

  @Field(() => Int, { description: '参会人数' })
  attendeeCount!: number;

  @Field({ description: '参会人员' })
  @Length(1, 1000, { message: '参会人员不超过 1000 字' })
  attendees!: string;

  @Field({ description: '评议是否同意' })
  agreed!: boolean;

  @Field({ description: '评议结果（表决情况）' })
  @Length(1, 1000, { message: '评议结果不超过 1000 字' })
  result!: string;

  @Field({ nullable: true, description: '公示开始日期' })
  noticeStartsOn?: string;

  @Field({ nullable: true, description: '公示结束日期' })
  noticeEndsOn?: string;
}

@InputType({ description: '公示期间收到的异议' })
export class ObjectionInput {
  @Field({ description: '收到日期 YYYY-MM-DD' })
  receivedOn!: string;

  @Field({ description: '异议内容' })
  @Length(1, 1000, { message: '异议内容不超过 1000 字' })
  content!: string;
}
