import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../common/money';
import { Paginated } from '../../common/pagination';
import { IneligibilityReason } from './insurance.enums';
import { InsuranceClaim } from './insurance-claim.entity';

@ObjectType({ description: '某一赔付档次的计算' })
export class PayoutBand {
  @Field(() => MoneyScalar)
  lowerBound!: string;

  @Field(() => MoneyScalar, { nullable: true, description: '不设上限时为空' })
  upperBound!: string | null;

  @Field({ description: '赔付比例，如 "0.30"' })
  rate!: string;

  @Field(() => MoneyScalar, { description: '本档赔付金额' })
  amount!: string;
}

/**
 * The answer to an insurer's eligibility check: the facts it needs and nothing about the person
 * beyond them (no name, phone or health). An ID outside the insurer's covered divisions answers
 * exactly like an unknown ID.
 */
@ObjectType({ description: '防贫保理赔条件核查结果' })
export class InsuranceEligibility {
  @Field()
  eligible!: boolean;

  @Field(() => [IneligibilityReason], { description: '不符合条件的原因（代码）' })
  reasons!: IneligibilityReason[];

  @Field(() => [String], { description: '不符合条件的原因（中文说明，与 reasons 一一对应）' })
  reasonTexts!: string[];

  @Field(() => String, { nullable: true, description: '所在村（12 位代码）' })
  divisionCode!: string | null;

  @Field(() => Int, { nullable: true, description: '适用保单年度' })
  policyYear!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '防贫线（元/人·年）' })
  preventionLine!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '扣除自付损失后的家庭人均纯收入' })
  householdPerCapitaIncomeAfterLoss!: string | null;

  @Field(() => MoneyScalar, { description: '自付费用 = 总费用 − 已报销' })
  selfPaidAmount!: string;

  @Field(() => MoneyScalar, { description: '应赔金额（不符合条件时为 0.00）' })
  payoutAmount!: string;

  @Field(() => [PayoutBand], { description: '按档次的计算（未找到保单时为空）' })
  bands!: PayoutBand[];
}

@ObjectType({ description: '赔付试算结果' })
export class PayoutPreview {
  @Field()
  aboveDeductible!: boolean;

  @Field(() => MoneyScalar)
  payoutAmount!: string;

  @Field(() => [PayoutBand])
  bands!: PayoutBand[];
}

@ObjectType()
export class InsuranceClaimPage extends Paginated(InsuranceClaim) {}

@ObjectType({ description: '承保机构年度汇总' })
export class InsurerSummary {
  @Field()
  insurerName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '保单数' })
  policies!: number;

  @Field(() => Int, { description: '投保基数（人）' })
  insuredBase!: number;

  @Field(() => MoneyScalar, { description: '保费' })
  premium!: string;

  @Field(() => Int, { description: '报案数' })
  claims!: number;

  @Field(() => Int, { description: '待审核' })
  submitted!: number;

  @Field(() => Int, { description: '已核准待赔付' })
  approved!: number;

  @Field(() => Int, { description: '不予核准' })
  rejected!: number;

  @Field(() => Int, { description: '已赔付' })
  paid!: number;

  @Field(() => MoneyScalar, { description: '已赔付金额' })
  payouts!: string;

  @Field(() => MoneyScalar, { description: '已核准未赔付金额' })
  approvedUnpaid!: string;

  @Field(() => String, {
    nullable: true,
    description: '赔付率 = 已赔付金额 / 保费（四位小数，如 "0.1234"）；无保费时为空',
  })
  lossRatio!: string | null;
}
