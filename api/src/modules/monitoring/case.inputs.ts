import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { CaseAction, CaseState, MonitoringCategory, RiskSource } from './monitoring.enums';

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

@ArgsType()
export class CaseListArgs extends PageArgs {
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
}
