import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import { can } from '../../auth/access';
import type { Actor } from '../../auth/actor';
import { Permission } from '../../auth/permission';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AppError, ErrorCode, badInput, conflict, forbidden, notFound, staleVersion } from '../../common/errors';
import { formatFen, toFen } from '../../common/money';
import type { Page } from '../../common/pagination';
import { isIsoDate, todayInChina } from '../../common/dates';
import { divisionCondition, findPage } from '../../jurisdiction/division-list';
import { ancestorCodesOf } from '../../jurisdiction/division-code';
import { HouseholdIncome } from '../households/household-income.entity';
import { Household } from '../households/household.entity';
import { MemberStatus } from '../households/household.enums';
import { isParseError, parseIdNumber } from '../households/id-number';
import { computeIncome, storeIncomeFigure } from '../households/income.rules';
import { Member } from '../households/member.entity';
import { isUuid } from '../../common/ids';
import { lockBudgetOwner } from '../../common/budget-lock';
import { jsonRow } from '../../common/plain-rows';
import { scopedSql, sqlText } from '../../jurisdiction/scoped-sql';
import { InsuranceClaim } from './insurance-claim.entity';
import { InsurancePolicy } from './insurance-policy.entity';
import { covers } from './insurance-policy.service';
import { ClaimStatus, INELIGIBILITY_REASON_LABELS, IneligibilityReason, InsuredCause } from './insurance.enums';
import type {
  ClaimEligibilityInput,
  ClaimListArgs,
  ClaimQueueArgs,
  FileClaimInput,
  RecordPaymentArgs,
  ReviewClaimArgs,
} from './insurance.inputs';
import { decideEligibility, preventionLineFen } from './insurance.rules';
import type { InsuranceEligibility } from './insurance.types';

/** Claims that hold money against the caps: approved (committed) and paid. */
const COUNTING = [ClaimStatus.APPROVED, ClaimStatus.PAID];

interface Loss {
  idNumber: string;
  cause: InsuredCause;
  incidentDate: string;
  year: number;
  totalFen: number;
  reimbursedFen: number;
  selfPaidFen: number;
}

interface Evaluation {
  answer: InsuranceEligibility;
  member?: { id: string; householdId: string; divisionCode: string };
  policy?: InsurancePolicy;
}

/** The facts of one eligibility check, as its one statement returns them (amounts as exact text). */
interface EligibilityFacts {
  member: { id: string; householdId: string; divisionCode: string } | null;
  policies: InsurancePolicy[];
  income: { netIncome: string; memberCount: number } | null;
  activeMembers: number;
  claims: Array<{ policyId: string; cause: InsuredCause; payoutAmount: string }>;
}

/** The insurer organisation the caller acts for; partner tokens and accounts carry it. */
export function insurerOf(actor: Actor): string {
  if (!actor.partnerName) throw forbidden('该账号或令牌未绑定承保机构');
  return actor.partnerName;
}

/** Bad input answers BAD_USER_INPUT naming the field (`input.<field>`). */
export function parseLoss(input: ClaimEligibilityInput, today = todayInChina()): Loss {
  const parsed = parseIdNumber(input.idNumber);
  if (isParseError(parsed)) throw badInput('input.idNumber', parsed.error);
  if (!isIsoDate(input.incidentDate)) throw badInput('input.incidentDate', '出险日期应为 YYYY-MM-DD');
  if (input.incidentDate > today) throw badInput('input.incidentDate', '出险日期不能晚于今天');
  const totalFen = toFen(input.totalCost);
  const reimbursedFen = toFen(input.reimbursedAmount);
  if (totalFen < 0) throw badInput('input.totalCost', '总费用不能为负数');
  if (reimbursedFen < 0) throw badInput('input.reimbursedAmount', '已报销金额不能为负数');
  if (reimbursedFen > totalFen) throw badInput('input.reimbursedAmount', '已报销金额不能大于总费用');
  return {
    idNumber: parsed.idNumber,
    cause: input.cause,
    incidentDate: input.incidentDate,
    year: Number(input.incidentDate.slice(0, 4)),
    totalFen,
    reimbursedFen,
    selfPaidFen: totalFen - reimbursedFen,
  };
}

const answerFor = (
  reasons: IneligibilityReason[],
  selfPaidFen: number,
  rest: Partial<InsuranceEligibility> = {},
): InsuranceEligibility => ({
  eligible: false,
  reasons,
  reasonTexts: reasons.map((r) => INELIGIBILITY_REASON_LABELS[r]),
  divisionCode: null,
  policyYear: null,
  preventionLine: null,
  householdPerCapitaIncomeAfterLoss: null,
  selfPaidAmount: formatFen(selfPaidFen),
  payoutAmount: '0.00',
  bands: [],
  ...rest,
});

export class InsuranceClaimService {
  /** The insurer's eligibility check; every check is audited with the token, the ID asked and the answer. */
  async check(ctx: Context, input: ClaimEligibilityInput): Promise<InsuranceEligibility> {
    const actor = ctx.actor!;
    let answer: InsuranceEligibility | null = null;
    let error: string | null = null;
    let divisionCode = actor.divisionCode;
    let memberId: string | null = null;
    try {
      const insurerName = insurerOf(actor);
      const evaluation = await this.evaluate(ctx, insurerName, parseLoss(input));
      answer = evaluation.answer;
      if (evaluation.member) {
        divisionCode = evaluation.member.divisionCode;
        memberId = evaluation.member.id;
      }
      return answer;
    } catch (e) {
      error = ((e as AppError).extensions?.code as string) ?? 'INTERNAL_SERVER_ERROR';
      throw e;
    } finally {
      ctx.audit.event({
        action: AuditAction.INSURANCE_CHECK,
        entityName: 'Member',
        entityId: memberId,
        divisionCode,
        changes: {
          tokenId: actor.tokenId ?? null,
          insurer: actor.partnerName ?? null,
          idNumber: input.idNumber,
          cause: input.cause,
          incidentDate: input.incidentDate,
          totalCost: input.totalCost,
          reimbursedAmount: input.reimbursedAmount,
          answer: answer
            ? { eligible: answer.eligible, reasons: answer.reasons, payoutAmount: answer.payoutAmount }
            : { error },
        },
      });
    }
  }

  /**
   * Finds the member inside the insurer's reach (its token's jurisdiction and the divisions its
   * policies cover, any year); anything else is PERSON_NOT_FOUND, the same answer as an unknown ID.
   * All the facts come from one statement (eligibilityFacts); the rules are decided here.
   */
  async evaluate(ctx: Context, insurerName: string, loss: Loss): Promise<Evaluation> {
    const { member, policies, income, activeMembers, claims } = await this.eligibilityFacts(ctx, insurerName, loss);
    if (!member || !policies.some((p) => covers(p, member.divisionCode))) {
      return { answer: answerFor([IneligibilityReason.PERSON_NOT_FOUND], loss.selfPaidFen) };
    }
    const policy = policies.filter((p) => p.year === loss.year && covers(p, member.divisionCode))[0];
    if (!policy) {
      return {
        member,
        answer: answerFor([IneligibilityReason.NOT_COVERED_REGION], loss.selfPaidFen, {
          divisionCode: member.divisionCode,
          policyYear: loss.year,
        }),
      };
    }
    // The household's net income for the incident's year (paid 防贫保 claims are already in its
    // transfers), else the latest year before it, else the latest; with none recorded, zero.
    const household = income
      ? { netFen: toFen(income.netIncome), memberCount: income.memberCount }
      : { netFen: 0, memberCount: Math.max(activeMembers, 1) };
    const used = claims.filter((c) => c.policyId === policy.id);
    const lineFen = preventionLineFen({
      preventionLine: policy.preventionLineAmount,
      preventionLineMultiple: policy.preventionLineMultiple,
      povertyLine: policy.povertyLine,
    });
    const causeCap = policy.causeCaps.find((c) => c.cause === loss.cause);
    const decision = decideEligibility({
      cause: loss.cause,
      insuredCauses: policy.insuredCauses,
      selfPaidFen: loss.selfPaidFen,
      householdNetIncomeFen: household.netFen,
      memberCount: household.memberCount,
      lineFen,
      deductibleFen: toFen(policy.deductible),
      bands: policy.bands,
      causeCapFen: causeCap ? toFen(causeCap.cap) : null,
      usedForCauseFen: used.filter((c) => c.cause === loss.cause).reduce((sum, c) => sum + toFen(c.payoutAmount), 0),
      personYearCapFen: policy.personYearCap ? toFen(policy.personYearCap) : null,
      usedForPersonFen: used.reduce((sum, c) => sum + toFen(c.payoutAmount), 0),
    });
    return {
      member,
      policy,
      answer: {
        ...answerFor(decision.reasons, loss.selfPaidFen),
        eligible: decision.eligible,
        divisionCode: member.divisionCode,
        policyYear: policy.year,
        preventionLine: formatFen(lineFen),
        householdPerCapitaIncomeAfterLoss: formatFen(decision.perCapitaAfterLossFen),
        payoutAmount: formatFen(decision.payoutFen),
        bands: decision.bands,
      },
    };
  }

  /**
   * What a check needs, in one statement (one round trip at 200 checks a second): the active
   * member with this ID number, the insurer's policies (every year: a handful), the household's
   * income row for the year (else the latest before it, else the latest), its active members, and
   * the member's approved and paid claims (per policy, for the caps). Each table is read inside the
   * actor's jurisdiction, as the ORM filter reads it; which policy covers the member is decided by
   * `covers`, the one definition.
   */
  private async eligibilityFacts(ctx: Context, insurerName: string, loss: Loss): Promise<EligibilityFacts> {
    const scoped = scopedSql(ctx);
    const [facts] = await scoped.query<{ facts: EligibilityFacts }>`
      with m as (
        select m.id, m.household_id, m.division_code from household_member m
        where ${scoped.inScope('m.division_code')} and m.id_number = ${loss.idNumber} and m.status = ${MemberStatus.ACTIVE}
        limit 1)
      select json_build_object(
        'member', (select json_build_object('id', m.id, 'householdId', m.household_id, 'divisionCode', m.division_code) from m),
        -- The persons stay inside the token's division; its organisation's policies are read in it and
        -- in its ancestors, since a county's token must find the city's policy.
        'policies', (select coalesce(json_agg(${jsonRow(ctx.em, InsurancePolicy, 'p')}), '[]') from insurance_policy p
          where (${scoped.inScope('p.division_code')} or p.division_code = any(${`{${ancestorCodesOf(ctx.actor!.divisionCode).join(',')}}`}::text[]))
            and p.insurer_name = ${insurerName}),
        'income', (select json_build_object('netIncome', i.net_income::text, 'memberCount', i.member_count)
          from household_income i join m on i.household_id = m.household_id
          where ${scoped.inScope('i.division_code')} order by (i.year <= ${loss.year}) desc, i.year desc limit 1),
        'activeMembers', (select count(*) from household_member x join m on x.household_id = m.household_id
          where ${scoped.inScope('x.division_code')} and x.status = ${MemberStatus.ACTIVE}),
        'claims', (select coalesce(json_agg(json_build_object('policyId', c.policy_id, 'cause', c.cause, 'payoutAmount', c.payout_amount::text)), '[]')
          from insurance_claim c join m on c.member_id = m.id
          where ${scoped.inScope('c.division_code')} and c.status in (${sqlText(COUNTING.map((status) => `'${status}'`).join(', '))}))
      ) as facts`;
    return facts.facts;
  }

  /** Idempotent on the insurer's reference: the same reference again returns the same claim. */
  async file(ctx: Context, input: FileClaimInput): Promise<InsuranceClaim> {
    const actor = ctx.actor!;
    const insurerName = insurerOf(actor);
    const loss = parseLoss(input);
    const externalReference = input.externalReference.trim();
    const existing = await ctx.em.findOne(InsuranceClaim, { insurerName, externalReference });
    if (existing) return this.sameOrConflict(ctx, existing, loss);
    const { answer, member, policy } = await this.evaluate(ctx, insurerName, loss);
    if (!member || answer.reasons.includes(IneligibilityReason.PERSON_NOT_FOUND))
      throw notFound('该身份证号对应的人员');
    if (!answer.eligible || !policy) {
      throw new AppError(ErrorCode.CONFLICT, `不符合理赔条件：${answer.reasonTexts.join('；')}`, {
        reasons: answer.reasons,
      });
    }
    const claim = ctx.em.create(InsuranceClaim, {
      divisionCode: member.divisionCode,
      policyId: policy.id,
      policyYear: policy.year,
      insurerName,
      externalReference,
      memberId: member.id,
      householdId: member.householdId,
      cause: loss.cause,
      incidentDate: loss.incidentDate,
      totalCost: formatFen(loss.totalFen),
      reimbursedAmount: formatFen(loss.reimbursedFen),
      selfPaidAmount: answer.selfPaidAmount,
      perCapitaIncomeAfterLoss: answer.householdPerCapitaIncomeAfterLoss!,
      preventionLine: answer.preventionLine!,
      payoutAmount: answer.payoutAmount,
      filedBy: actor.name,
    });
    try {
      await ctx.em.flush();
      return claim;
    } catch (e) {
      // Two requests with the same reference at once: the loser returns the winner's claim.
      if (!(e instanceof UniqueConstraintViolationException)) throw e;
      ctx.em.clear();
      const winner = await ctx.em.findOne(InsuranceClaim, { insurerName, externalReference });
      // The reference may belong to a claim another token of the organisation filed outside this token's division.
      if (!winner) throw conflict('该报案号已被本机构的另一起案件使用');
      return this.sameOrConflict(ctx, winner, loss);
    }
  }

  private async sameOrConflict(ctx: Context, claim: InsuranceClaim, loss: Loss): Promise<InsuranceClaim> {
    const member = await ctx.em.findOne(Member, { id: claim.memberId });
    const same =
      member?.idNumber === loss.idNumber &&
      claim.cause === loss.cause &&
      claim.incidentDate === loss.incidentDate &&
      toFen(claim.totalCost) === loss.totalFen &&
      toFen(claim.reimbursedAmount) === loss.reimbursedFen;
    if (!same) throw conflict('该报案号已用于另一起案件，内容不一致');
    return claim;
  }

  /** The contract's list: an insurer sees only its organisation's claims; officers their jurisdiction's. */
  async list(ctx: Context, args: ClaimListArgs | ClaimQueueArgs): Promise<Page<InsuranceClaim>> {
    const actor = ctx.actor!;
    const where: Record<string, unknown> = {};
    if (args.status) where.status = args.status;
    if (can(actor, Permission.INSURANCE_CLAIM_FILE)) where.insurerName = insurerOf(actor);
    const queue = args as ClaimQueueArgs;
    if (queue.insurerName) where.insurerName = where.insurerName ?? queue.insurerName;
    Object.assign(where, divisionCondition(queue.divisionCode));
    return findPage(ctx.em, InsuranceClaim, where, args, { createdAt: 'desc', id: 'asc' });
  }

  async get(ctx: Context, id: string): Promise<InsuranceClaim> {
    const claim = isUuid(id) ? await ctx.em.findOne(InsuranceClaim, { id }) : null;
    if (!claim) throw notFound('防贫保理赔案件');
    return claim;
  }

  /**
   * County review. Approval re-checks the caps against claims approved or paid since filing and
   * cuts the payout to what is left; nothing left answers CONFLICT.
   */
  async review(ctx: Context, args: ReviewClaimArgs): Promise<InsuranceClaim> {
    const claim = await this.get(ctx, args.id);
    if (claim.version !== args.version) throw staleVersion('理赔案件');
    if (claim.status !== ClaimStatus.SUBMITTED) throw conflict('只有待审核的案件可以审核');
    const note = args.note?.trim() || null;
    if (!args.approve && !note) throw badInput('note', '不予核准须填写理由');
    return ctx.em.transactional(async (em) => {
      if (args.approve) {
        // The caps are the person's (a village has one policy a year): approvals for one person wait
        // for each other here, so parallel approvals use the room as serial ones would.
        await lockBudgetOwner(em, Member, { id: claim.memberId });
        // The policy may belong to an ancestor division (the city bought the cover): read past the filter.
        const policy = await em.findOneOrFail(InsurancePolicy, { id: claim.policyId }, { filters: false });
        const others = await em.find(
          InsuranceClaim,
          { policyId: policy.id, memberId: claim.memberId, status: { $in: COUNTING }, id: { $ne: claim.id } },
          { fields: ['cause', 'payoutAmount'], disableIdentityMap: true },
        );
        const causeCap = policy.causeCaps.find((c) => c.cause === claim.cause);
        const room = Math.min(
          causeCap
            ? toFen(causeCap.cap) -
                others.filter((c) => c.cause === claim.cause).reduce((s, c) => s + toFen(c.payoutAmount), 0)
            : Infinity,
          policy.personYearCap
            ? toFen(policy.personYearCap) - others.reduce((s, c) => s + toFen(c.payoutAmount), 0)
            : Infinity,
        );
        if (room <= 0) throw conflict(INELIGIBILITY_REASON_LABELS[IneligibilityReason.CAP_REACHED]);
        if (toFen(claim.payoutAmount) > room) claim.payoutAmount = formatFen(room);
      }
      claim.status = args.approve ? ClaimStatus.APPROVED : ClaimStatus.REJECTED;
      claim.reviewNote = note;
      claim.reviewedBy = ctx.actor!.name;
      claim.reviewedAt = new Date();
      await em.flush();
      return claim;
    });
  }

  /**
   * Records the insurer's payment. The amount becomes transfer income (转移性收入) of the household
   * in the policy year's income record, in the same transaction, so per-capita income, the
   * monitoring rules and later eligibility checks all see it.
   */
  async recordPayment(ctx: Context, args: RecordPaymentArgs): Promise<InsuranceClaim> {
    const claim = await this.get(ctx, args.id);
    if (claim.version !== args.version) throw staleVersion('理赔案件');
    if (claim.status !== ClaimStatus.APPROVED) throw conflict('只有已核准的案件可以登记赔付');
    if (!isIsoDate(args.paidOn)) throw badInput('paidOn', '赔付日期应为 YYYY-MM-DD');
    if (args.paidOn > todayInChina()) throw badInput('paidOn', '赔付日期不能晚于今天');
    if (args.paidOn < claim.incidentDate) throw badInput('paidOn', '赔付日期不能早于出险日期');
    return ctx.em.transactional(async (em) => {
      const household = await em.findOneOrFail(Household, { id: claim.householdId });
      let income = await em.findOne(HouseholdIncome, { householdId: claim.householdId, year: claim.policyYear });
      if (!income) {
        income = em.create(HouseholdIncome, {
          householdId: claim.householdId,
          divisionCode: household.divisionCode,
          year: claim.policyYear,
          memberCount: Math.max(household.memberCount, 1),
          netIncome: '0.00',
          perCapitaNetIncome: '0.00',
          rigidExpenditure: '0.00',
        });
      }
      income.transfers = formatFen(toFen(income.transfers) + toFen(claim.payoutAmount));
      Object.assign(income, computeIncome(income, income.memberCount));
      storeIncomeFigure(household, income);
      claim.status = ClaimStatus.PAID;
      claim.paidOn = args.paidOn;
      claim.paymentReference = args.paymentReference.trim();
      await em.flush();
      return claim;
    });
  }
}
