import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Household } from '../households/household.entity';
import { Member } from '../households/member.entity';
import { InsuranceClaim } from './insurance-claim.entity';
import { InsurancePolicy } from './insurance-policy.entity';
import {
  ClaimEligibilityInput,
  ClaimListArgs,
  ClaimQueueArgs,
  FileClaimInput,
  InsurancePolicyInput,
  PayoutPreviewInput,
  RecordPaymentArgs,
  ReviewClaimArgs,
} from './insurance.inputs';
import { InsuranceClaimPage, InsuranceEligibility, InsurerSummary, PayoutPreview } from './insurance.types';
import { services } from '../../services';
import { householdLoader, memberLoader } from '../households/household.loaders';

/** The partner insurer's operations (schema/contract/insurer.graphql), rate-limited per token and account (common/rate-limit.ts). */
@Resolver()
export class InsurerResolver {
  @Allow(Permission.INSURANCE_ELIGIBILITY_CHECK)
  @Query(() => InsuranceEligibility, {
    description: '防贫保理赔条件核查（承保机构）：按身份证号、原因、出险日期和费用',
  })
  insuranceEligibility(@Ctx() ctx: Context, @Arg('input') input: ClaimEligibilityInput) {
    return services(ctx).insuranceClaims.check(ctx, input);
  }

  @Allow(Permission.INSURANCE_CLAIM_FILE)
  @Mutation(() => InsuranceClaim, { description: '防贫保报案（承保机构）；同一报案号重复提交返回同一案件' })
  fileInsuranceClaim(@Ctx() ctx: Context, @Arg('input') input: FileClaimInput) {
    return services(ctx).insuranceClaims.file(ctx, input);
  }

  @Allow(Permission.INSURANCE_CLAIM_READ)
  @Query(() => InsuranceClaimPage, { description: '防贫保理赔案件：承保机构只见本机构的案件' })
  insuranceClaims(@Ctx() ctx: Context, @Args() args: ClaimListArgs) {
    return services(ctx).insuranceClaims.list(ctx, args);
  }
}

/** The county's and city's side: policies, the review queue, payments, the yearly summary. */
@Resolver(() => InsuranceClaim)
export class InsuranceClaimResolver {
  @Allow(Permission.INSURANCE_POLICY_READ)
  @Query(() => [InsurancePolicy], { description: '本辖区适用的防贫保保单（含上级投保覆盖本辖区的）' })
  insurancePolicies(@Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number) {
    return services(ctx).insurancePolicies.list(ctx, year);
  }

  @Allow(Permission.INSURANCE_POLICY_READ)
  @Query(() => InsurancePolicy)
  insurancePolicy(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).insurancePolicies.get(ctx, id);
  }

  @Allow(Permission.INSURANCE_POLICY_WRITE)
  @Mutation(() => InsurancePolicy, { description: '设定某区划某年度的防贫保保单（新建或带版本号修改）' })
  saveInsurancePolicy(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('input') input: InsurancePolicyInput,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return services(ctx).insurancePolicies.save(ctx, divisionCode, year, input, version);
  }

  @Allow(Permission.INSURANCE_POLICY_READ)
  @Query(() => PayoutPreview, { description: '赔付试算（保单编辑时预览）' })
  insurancePayoutPreview(@Ctx() ctx: Context, @Arg('input') input: PayoutPreviewInput) {
    return services(ctx).insurancePolicies.preview(input);
  }

  @Allow(Permission.INSURANCE_POLICY_READ)
  @Query(() => [InsurerSummary], { description: '各承保机构年度汇总：保费、案件、赔付、赔付率' })
  insuranceSummary(@Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return services(ctx).insurancePolicies.summary(ctx, year);
  }

  @Allow(Permission.INSURANCE_CLAIM_REVIEW)
  @Query(() => InsuranceClaimPage, { description: '县级防贫保理赔审核队列' })
  insuranceClaimQueue(@Ctx() ctx: Context, @Args() args: ClaimQueueArgs) {
    return services(ctx).insuranceClaims.list(ctx, args);
  }

  @Allow(Permission.INSURANCE_CLAIM_REVIEW)
  @Query(() => InsuranceClaim)
  insuranceClaim(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).insuranceClaims.get(ctx, id);
  }

  @Allow(Permission.INSURANCE_CLAIM_REVIEW)
  @Mutation(() => InsuranceClaim, { description: '县级审核防贫保理赔：核准或不予核准（须填理由）' })
  reviewInsuranceClaim(@Ctx() ctx: Context, @Args() args: ReviewClaimArgs) {
    return services(ctx).insuranceClaims.review(ctx, args);
  }

  @Allow(Permission.INSURANCE_CLAIM_REVIEW)
  @Mutation(() => InsuranceClaim, { description: '登记承保机构的赔付；赔付额计入该户当年转移性收入' })
  recordInsuranceClaimPayment(@Ctx() ctx: Context, @Args() args: RecordPaymentArgs) {
    return services(ctx).insuranceClaims.recordPayment(ctx, args);
  }

  @Allow(Permission.INSURANCE_CLAIM_REVIEW)
  @FieldResolver(() => Member, { nullable: true, description: '出险人员（仅审核人员可见）' })
  member(@Root() claim: InsuranceClaim, @Ctx() ctx: Context) {
    return memberLoader(ctx).load(claim.memberId);
  }

  @Allow(Permission.INSURANCE_CLAIM_REVIEW)
  @FieldResolver(() => Household, { nullable: true, description: '所在农户（仅审核人员可见）' })
  household(@Root() claim: InsuranceClaim, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(claim.householdId);
  }
}
