import type { MikroORM } from '@mikro-orm/postgresql';
import { systemEm } from '../jurisdiction/entity-manager';
import { formatFen } from '../common/money';
import { InsurancePolicy } from '../modules/insurance/insurance-policy.entity';
import { InsuredCause } from '../modules/insurance/insurance.enums';
import { premiumOf } from '../modules/insurance/insurance.rules';
import { User } from '../modules/users/user.entity';

/** The demo insurer: the `insurer` account and partner tokens issued to it carry this name. */
export const DEMO_INSURER = '太平洋财产保险呼和浩特中心支公司';

/**
 * 呼和浩特市 buys 防贫保 for its whole territory. Seed 001 四(六) gives the base ("按照本地农村总人口
 * 10%—20%的比例，框定'防贫保'投保基数"); the line (1.5 × a 6,000-yuan poverty line = 9,000), the
 * bands, the deductible and the caps are this region's own figures, editable in the console.
 */
export const DEMO_INSURANCE_SCHEDULE = {
  insurerName: DEMO_INSURER,
  coveredDivisionCodes: ['150100000000'],
  baseShare: '0.15',
  premiumPerPerson: '100.00',
  preventionLineAmount: null,
  preventionLineMultiple: '1.5',
  povertyLine: '6000.00',
  insuredCauses: [
    InsuredCause.ILLNESS,
    InsuredCause.SCHOOLING,
    InsuredCause.DISASTER,
    InsuredCause.ACCIDENT,
    InsuredCause.INDUSTRY_FAILURE,
    InsuredCause.EMPLOYMENT,
  ],
  deductible: '5000.00',
  bands: [
    { lowerBound: '5000.00', upperBound: '20000.00', rate: '0.30' },
    { lowerBound: '20000.00', upperBound: '50000.00', rate: '0.50' },
    { lowerBound: '50000.00', upperBound: '100000.00', rate: '0.70' },
    { lowerBound: '100000.00', upperBound: null, rate: '0.90' },
  ],
  causeCaps: [
    { cause: InsuredCause.ILLNESS, cap: '100000.00' },
    { cause: InsuredCause.SCHOOLING, cap: '20000.00' },
  ],
  personYearCap: '150000.00',
};

/** Inserted once per year if missing (the contract's example year 2026, and last and this year). */
export async function seedInsurance(orm: MikroORM, year = new Date().getFullYear()): Promise<void> {
  const em = systemEm(orm);
  await em.nativeUpdate(User, { username: 'insurer', partnerName: null }, { partnerName: DEMO_INSURER });
  const [{ n }] = await em
    .getConnection()
    .execute<Array<{ n: string }>>(
      `select count(*) as n from household_member where division_code like '1501%' and status = 'ACTIVE'`,
    );
  for (const y of [...new Set([2026, year - 1, year])]) {
    if (await em.count(InsurancePolicy, { divisionCode: '150100000000', year: y })) continue;
    const { insuredBase, premiumFen } = premiumOf(
      Number(n),
      DEMO_INSURANCE_SCHEDULE.baseShare,
      DEMO_INSURANCE_SCHEDULE.premiumPerPerson,
    );
    em.create(InsurancePolicy, {
      divisionCode: '150100000000',
      year: y,
      ...DEMO_INSURANCE_SCHEDULE,
      ruralPopulation: Number(n),
      insuredBase,
      premium: formatFen(premiumFen),
    });
  }
  await em.flush();
}
