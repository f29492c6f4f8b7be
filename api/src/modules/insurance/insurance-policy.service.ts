import type { Context } from '../../context';
import { assertInJurisdiction } from '../../auth/access';
import { AppError, ErrorCode, badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { formatFen, toFen } from '../../common/money';
import { levelOfCode, parentCodeOf, prefixOf } from '../../jurisdiction/division-code';
import type { DivisionService } from '../divisions/division.service';
import { InsurancePolicy } from './insurance-policy.entity';
import { InsuranceClaim } from './insurance-claim.entity';
import { ClaimStatus } from './insurance.enums';
import type { InsurancePolicyInput, PayoutPreviewInput } from './insurance.inputs';
import { formatScaled, parseScaled, payoutByBands, policyProblems, premiumOf, RATE_SCALE } from './insurance.rules';
import type { InsurerSummary, PayoutPreview } from './insurance.types';
import { isUuid } from '../../common/ids';
import { scopedSql } from '../../jurisdiction/scoped-sql';

/** Does the policy cover this village? Covered codes name whole subtrees. */
export const covers = (policy: Pick<InsurancePolicy, 'coveredDivisionCodes'>, villageCode: string) =>
  policy.coveredDivisionCodes.some((code) => villageCode.startsWith(prefixOf(code)));

/** Codes of a division's ancestors (its own code excluded). */
function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  for (let parent = parentCodeOf(code); parent; parent = parentCodeOf(parent)) out.push(parent);
  return out;
}

export class InsurancePolicyService {
  constructor(private readonly divisions: DivisionService) {}

  /**
   * Policies inside the jurisdiction and those bought by an ancestor that cover part of it (a
   * county sees the city's policy for its villages): read past the filter, limited to ancestors.
   */
  async list(ctx: Context, year?: number | null): Promise<InsurancePolicy[]> {
    const actor = ctx.actor!;
    const where = year ? { year } : {};
    const own = await ctx.em.find(InsurancePolicy, where, { orderBy: { year: 'desc', divisionCode: 'asc' } });
    const ancestors = ancestorsOf(actor.divisionCode);
    const inherited =
      ancestors.length === 0
        ? []
        : (
            await ctx.em.find(InsurancePolicy, { ...where, divisionCode: { $in: ancestors } }, { filters: false })
          ).filter((p) =>
            p.coveredDivisionCodes.some(
              (code) => code.startsWith(actor.scopePrefix) || actor.scopePrefix.startsWith(prefixOf(code)),
            ),
          );
    return [...inherited, ...own];
  }

  async get(ctx: Context, id: string): Promise<InsurancePolicy> {
    const policy = isUuid(id) ? (await this.list(ctx)).find((p) => p.id === id) : undefined;
    if (!policy) throw notFound('防贫保保单');
    return policy;
  }

  /** Creates or replaces the division's policy for the year (one per division and year). */
  async save(
    ctx: Context,
    divisionCode: string,
    year: number,
    input: InsurancePolicyInput,
    version?: number | null,
  ): Promise<InsurancePolicy> {
    assertInJurisdiction(ctx.actor!, divisionCode);
    await this.divisions.get(ctx, divisionCode);
    const currentYear = new Date().getFullYear();
    if (!Number.isInteger(year) || year < 2016 || year > currentYear + 1)
      throw badInput('year', `年度应在 2016 至 ${currentYear + 1} 之间`);
    const shape = {
      divisionCode,
      baseShare: input.baseShare,
      premiumPerPerson: input.premiumPerPerson,
      preventionLine: input.preventionLineAmount ?? null,
      preventionLineMultiple: input.preventionLineMultiple ?? null,
      povertyLine: input.povertyLine ?? null,
      insuredCauses: input.insuredCauses,
      deductible: input.deductible,
      bands: input.bands.map((b) => ({
        lowerBound: b.lowerBound,
        upperBound: b.upperBound ?? null,
        rate: b.rate.trim(),
      })),
      causeCaps: input.causeCaps ?? [],
      personYearCap: input.personYearCap ?? null,
      coveredDivisionCodes: [...new Set(input.coveredDivisionCodes)],
    };
    const problems = policyProblems(shape, prefixOf(divisionCode, levelOfCode(divisionCode)));
    if (problems.length) {
      // Every problem at once (details), the first one's field for the form: more than badInput() carries.
      throw new AppError(ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join('；'), {
        field: `input.${problems[0].field}`,
        details: problems,
      });
    }
    const existing = await ctx.em.findOne(InsurancePolicy, { divisionCode, year });
    if (existing && existing.version !== version) {
      throw version === undefined || version === null
        ? conflict(`${year} 年度已有保单，请带上版本号修改`)
        : staleVersion('防贫保保单');
    }
    // One policy per village and year: covered subtrees of the year's policies must not overlap.
    const sameYear = await ctx.em.find(
      InsurancePolicy,
      { year, id: { $ne: existing?.id ?? '00000000-0000-0000-0000-000000000000' } },
      { filters: false },
    );
    for (const other of sameYear) {
      const clash = shape.coveredDivisionCodes.find((code) =>
        other.coveredDivisionCodes.some(
          (c) => prefixOf(c).startsWith(prefixOf(code)) || prefixOf(code).startsWith(prefixOf(c)),
        ),
      );
      if (clash) throw conflict(`区划 ${clash} 在 ${year} 年度已由另一份防贫保保单覆盖`);
    }
    // The registry's rural population of the insured division (already checked to be inside the scope).
    const scoped = scopedSql(ctx).within(divisionCode);
    const [{ n }] = await scoped.query<{ n: string }>`
      select count(*) as n from household_member m where ${scoped.inScope('m.division_code')} and m.status = 'ACTIVE'`;
    const ruralPopulation = Number(n);
    const { insuredBase, premiumFen } = premiumOf(ruralPopulation, shape.baseShare, shape.premiumPerPerson);
    const values = {
      insurerName: input.insurerName.trim(),
      coveredDivisionCodes: shape.coveredDivisionCodes,
      ruralPopulation,
      baseShare: formatScaled(parseScaled(shape.baseShare, RATE_SCALE)!, RATE_SCALE, 2),
      premiumPerPerson: shape.premiumPerPerson,
      insuredBase,
      premium: formatFen(premiumFen),
      preventionLineAmount: shape.preventionLine,
      preventionLineMultiple: shape.preventionLineMultiple,
      povertyLine: shape.preventionLineMultiple ? shape.povertyLine : null,
      insuredCauses: shape.insuredCauses,
      deductible: shape.deductible,
      bands: shape.bands,
      causeCaps: shape.causeCaps.map((c) => ({ cause: c.cause, cap: c.cap })),
      personYearCap: shape.personYearCap,
    };
    const policy = existing ?? ctx.em.create(InsurancePolicy, { divisionCode, year, ...values });
    if (existing) Object.assign(existing, values);
    await ctx.em.flush();
    return policy;
  }

  /** The payout calculator of the policy editor: the same band rule as claims, on unsaved bands. */
  preview(input: PayoutPreviewInput): PayoutPreview {
    const bands = input.bands.map((b) => ({
      lowerBound: b.lowerBound,
      upperBound: b.upperBound ?? null,
      rate: b.rate.trim(),
    }));
    bands.forEach((b, i) => {
      const rate = parseScaled(b.rate, RATE_SCALE);
      if (rate === null || rate > RATE_SCALE)
        throw badInput(`input.bands.${i}.rate`, `第 ${i + 1} 档赔付比例应在 0 到 1 之间（如 0.30）`);
    });
    const selfPaid = toFen(input.selfPaidAmount);
    if (selfPaid < 0) throw badInput('input.selfPaidAmount', '自付费用不能为负数');
    const aboveDeductible = selfPaid > toFen(input.deductible);
    const schedule = payoutByBands(selfPaid, bands);
    return { aboveDeductible, payoutAmount: formatFen(aboveDeductible ? schedule.total : 0), bands: schedule.bands };
  }

  /** Per insurer and year: premium of the visible policies, claims and payouts in the jurisdiction. */
  async summary(ctx: Context, year: number): Promise<InsurerSummary[]> {
    const policies = await this.list(ctx, year);
    const claims = await ctx.em.find(
      InsuranceClaim,
      { policyYear: year },
      { fields: ['insurerName', 'status', 'payoutAmount'] },
    );
    const rows = new Map<string, InsurerSummary>();
    const row = (insurerName: string) => {
      let r = rows.get(insurerName);
      if (!r) {
        r = {
          insurerName,
          year,
          policies: 0,
          insuredBase: 0,
          premium: '0.00',
          claims: 0,
          submitted: 0,
          approved: 0,
          rejected: 0,
          paid: 0,
          payouts: '0.00',
          approvedUnpaid: '0.00',
          lossRatio: null,
        };
        rows.set(insurerName, r);
      }
      return r;
    };
    for (const p of policies) {
      const r = row(p.insurerName);
      r.policies += 1;
      r.insuredBase += p.insuredBase;
      r.premium = formatFen(toFen(r.premium) + toFen(p.premium));
    }
    for (const c of claims) {
      const r = row(c.insurerName);
      r.claims += 1;
      if (c.status === ClaimStatus.SUBMITTED) r.submitted += 1;
      if (c.status === ClaimStatus.REJECTED) r.rejected += 1;
      if (c.status === ClaimStatus.APPROVED) {
        r.approved += 1;
        r.approvedUnpaid = formatFen(toFen(r.approvedUnpaid) + toFen(c.payoutAmount));
      }
      if (c.status === ClaimStatus.PAID) {
        r.paid += 1;
        r.payouts = formatFen(toFen(r.payouts) + toFen(c.payoutAmount));
      }
    }
    for (const r of rows.values()) {
      const premium = toFen(r.premium);
      // Exact: payouts / premium to four decimals, rounded half up, in integers.
      if (premium > 0)
        r.lossRatio = formatScaled(
          Number(((BigInt(toFen(r.payouts)) * 20000n) / BigInt(premium) + 1n) / 2n),
          RATE_SCALE,
          4,
        );
    }
    return [...rows.values()].sort((a, b) => a.insurerName.localeCompare(b.insurerName, 'zh'));
  }
}
