import { Entity, Enum, Filter, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { ClaimStatus, InsuredCause } from './insurance.enums';

/**
 * 防贫保理赔: filed by an insurer against a member's loss, reviewed by the county, then paid.
 * Scoped by the member's village; an insurer sees only its own organisation's claims.
 */
@ObjectType({ description: '防贫保理赔案件' })
@Entity({ tableName: 'insurance_claim' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['insurerName', 'externalReference'] })
@Index({ properties: ['memberId', 'policyYear'] })
export class InsuranceClaim extends BaseEntity<'status'> {
  @Field({ description: '所在村（12 位代码）' })
  @Property({ length: 12 })
  divisionCode!: string;

  @Property({ type: 'uuid' })
  policyId!: string;

  @Field(() => Int)
  @Property()
  policyYear!: number;

  @Field({ description: '承保机构' })
  @Property({ length: 100 })
  insurerName!: string;

  @Field({ description: '承保机构的报案号（同一报案号重复提交返回同一案件）' })
  @Property({ length: 100 })
  externalReference!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'uuid' })
  householdId!: string;

  @Field(() => InsuredCause)
  @Enum({ items: () => InsuredCause, nativeEnumName: 'insured_cause' })
  cause!: InsuredCause;

  @Field({ description: '出险日期' })
  @Property({ type: 'date' })
  incidentDate!: string;

  @Field(() => MoneyScalar, { description: '总费用（损失）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  totalCost!: string;

  @Field(() => MoneyScalar, { description: '已报销（医保等）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  reimbursedAmount!: string;

  @Field(() => MoneyScalar, { description: '自付费用 = 总费用 − 已报销' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  selfPaidAmount!: string;

  @Field(() => MoneyScalar, { description: '扣除自付损失后的家庭人均纯收入（报案时）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  perCapitaIncomeAfterLoss!: string;

  @Field(() => MoneyScalar, { description: '防贫线（报案时）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  preventionLine!: string;

  @Field(() => MoneyScalar, { description: '应赔金额（按档次、限额计算）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  payoutAmount!: string;

  @Field(() => ClaimStatus)
  @Enum({ items: () => ClaimStatus, nativeEnumName: 'claim_status' })
  status: ClaimStatus = ClaimStatus.SUBMITTED;

  @Field(() => String, { nullable: true, description: '审核意见（不予核准时必填）' })
  @Property({ length: 500, nullable: true })
  reviewNote?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 128, nullable: true })
  reviewedBy?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '赔付日期' })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;

  @Field(() => String, { nullable: true, description: '赔付凭证号' })
  @Property({ length: 100, nullable: true })
  paymentReference?: string | null;

  @Property({ length: 128 })
  filedBy!: string;
}
