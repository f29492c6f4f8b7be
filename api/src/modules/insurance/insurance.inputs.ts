import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { MoneyScalar } from '../../common/money';
import { PageArgs } from '../../common/pagination';
import { ClaimStatus, InsuredCause } from './insurance.enums';

@InputType({ description: '防贫保条件核查：某人某次损失' })
export class ClaimEligibilityInput {
  @Field({ description: '身份证号（18 位，校验位按 GB 11643）' })
  idNumber!: string;

  @Field(() => InsuredCause)
  cause!: InsuredCause;

  @Field({ description: '出险日期 YYYY-MM-DD' })
  incidentDate!: string;

  @Field(() => MoneyScalar, { description: '总费用（损失）' })
  totalCost!: string;

  @Field(() => MoneyScalar, { description: '已报销（医保等）' })
  reimbursedAmount!: string;
}

@InputType({ description: '防贫保报案' })
export class FileClaimInput extends ClaimEligibilityInput {
  @Field({ description: '承保机构的报案号；同一报案号重复提交返回同一案件' })
  @Length(1, 100, { message: '报案号不能为空，且不超过 100 个字符' })
  externalReference!: string;
}

@ArgsType()
export class ClaimListArgs extends PageArgs {
  @Field(() => ClaimStatus, { nullable: true })
  status?: ClaimStatus;
}

@ArgsType()
export class ClaimQueueArgs extends ClaimListArgs {
  @Field({ nullable: true, description: '区划代码或前缀' })
  divisionCode?: string;

  @Field({ nullable: true, description: '承保机构' })
  insurerName?: string;
}

@InputType()
export class PayoutBandInput {
  @Field(() => MoneyScalar)
  lowerBound!: string;

  @Field(() => MoneyScalar, { nullable: true })
  upperBound?: string | null;

  @Field({ description: '赔付比例，如 "0.30"' })
  rate!: string;
}

@InputType()
export class CauseCapInput {
  @Field(() => InsuredCause)
  cause!: InsuredCause;

  @Field(() => MoneyScalar)
  cap!: string;
}

@InputType({ description: '防贫保保单' })
export class InsurancePolicyInput {
  @Field({ description: '承保机构（须与其 合作方令牌的合作方名称一致）' })
  @Length(1, 100, { message: '承保机构不能为空，且不超过 100 个字符' })
  insurerName!: string;

  @Field(() => [String], { description: '覆盖的区划（12 位代码）' })
  coveredDivisionCodes!: string[];

  @Field({ description: '投保基数比例（0.10—0.20）' })
  baseShare!: string;

  @Field(() => MoneyScalar)
  premiumPerPerson!: string;

  @Field(() => MoneyScalar, { nullable: true, description: '防贫线金额；与倍数二选一' })
  preventionLineAmount?: string | null;

  @Field(() => String, { nullable: true, description: '防贫线为贫困线的倍数，如 "1.5"' })
  @IsOptional()
  @Matches(/^\d{1,3}(\.\d{1,3})?$/, { message: '倍数应为最多三位小数的正数，如 1.5' })
  preventionLineMultiple?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  povertyLine?: string | null;

  @Field(() => [InsuredCause])
  insuredCauses!: InsuredCause[];

  @Field(() => MoneyScalar)
  deductible!: string;

  @Field(() => [PayoutBandInput])
  bands!: PayoutBandInput[];

  @Field(() => [CauseCapInput], { nullable: true, description: '按原因的每人每年限额' })
  causeCaps?: CauseCapInput[] | null;

  @Field(() => MoneyScalar, { nullable: true })
  personYearCap?: string | null;
}

@InputType({ description: '赔付试算：按一份（未保存的）保单计算某自付金额的赔付' })
export class PayoutPreviewInput {
  @Field(() => MoneyScalar)
  selfPaidAmount!: string;

  @Field(() => MoneyScalar)
  deductible!: string;

  @Field(() => [PayoutBandInput])
  bands!: PayoutBandInput[];
}

@ArgsType()
export class ReviewClaimArgs {
  @Field()
  id!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;

  @Field({ description: 'true 核准，false 不予核准' })
  approve!: boolean;

  @Field({ nullable: true, description: '审核意见；不予核准时必填' })
  @IsOptional()
  @Length(0, 500, { message: '审核意见不超过 500 字' })
  note?: string;
}

@ArgsType()
export class RecordPaymentArgs {
  @Field()
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: '赔付日期 YYYY-MM-DD' })
  paidOn!: string;

  @Field({ description: '赔付凭证号' })
  @Length(1, 100, { message: '赔付凭证号不能为空，且不超过 100 个字符' })
  paymentReference!: string;
}
