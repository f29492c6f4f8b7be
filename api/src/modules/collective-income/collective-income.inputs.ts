import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { MoneyScalar } from '../../common/money';
import { PageArgs } from '../../common/pagination';
import { DistributionLineKind, PaymentMethod, PlanAction, PlanState } from './collective-income.enums';

@InputType({ description: '村集体年度收益（资产收益由台账汇总，不在此填写）' })
export class CollectiveIncomeInput {
  @Field(() => MoneyScalar, { defaultValue: '0.00' }) leasingIncome: string = '0.00';
  @Field(() => MoneyScalar, { defaultValue: '0.00' }) serviceIncome: string = '0.00';
  @Field(() => MoneyScalar, { defaultValue: '0.00' }) operatingIncome: string = '0.00';
  @Field(() => MoneyScalar, { defaultValue: '0.00' }) otherIncome: string = '0.00';
  @Field(() => MoneyScalar, { defaultValue: '0.00' }) costs: string = '0.00';
}

@ArgsType()
export class CollectiveIncomeListArgs extends PageArgs {
  @Field({ nullable: true, description: '区划代码或前缀' }) divisionCode?: string;
  @Field(() => Int, { nullable: true }) year?: number;
}

@InputType({ description: '分配方案的一行' })
export class DistributionLineInput {
  @Field(() => DistributionLineKind) kind!: DistributionLineKind;
  @Field(() => MoneyScalar) amount!: string;
  @Field(() => String, { nullable: true, description: '到户分配的农户 id' }) householdId?: string | null;
  @Field(() => String, { nullable: true, description: '用途或分配理由' })
  @IsOptional()
  @Length(0, 500, { message: '理由不超过 500 字' })
  reason?: string | null;
  @Field(() => String, { nullable: true, description: '条件（如在公益岗位上完成的工作）' })
  @IsOptional()
  @Length(0, 500, { message: '条件不超过 500 字' })
  condition?: string | null;
}

@InputType({ description: '村级拟定的收益分配方案' })
export class DistributionPlanInput {
  @Field(() => [DistributionLineInput]) lines!: DistributionLineInput[];
  @Field(() => String, { nullable: true, description: '对提示事项的书面说明' })
  @IsOptional()
  @Length(0, 2000, { message: '说明不超过 2000 字' })
  justification?: string | null;
}

@ArgsType()
export class PlanListArgs extends PageArgs {
  @Field({ nullable: true, description: '区划代码或前缀' }) divisionCode?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => [PlanState], { nullable: true }) states?: PlanState[];
}

@ArgsType()
export class PlanActionArgs {
  @Field() planId!: string;
  @Field(() => PlanAction) action!: PlanAction;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
  @Field({ nullable: true, description: '说明；退回时必填理由' })
  @IsOptional()
  @Length(0, 1000, { message: '说明不超过 1000 字' })
  note?: string;
}

@InputType({ description: '登记一笔到户发放' })
export class PaymentInput {
  @Field() planId!: string;
  @Field({ description: '方案中的到户分配行' }) lineId!: string;
  @Field(() => MoneyScalar) amount!: string;
  @Field({ description: '发放日期 YYYY-MM-DD' }) paidOn!: string;
  @Field(() => PaymentMethod) method!: PaymentMethod;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500, { message: '备注不超过 500 字' })
  note?: string | null;
}
