import { formatFen, toFen } from '../../common/money';
import { IneligibilityReason, InsuredCause } from './insurance.enums';

/**
 * The 防贫保 rules as pure functions over integer fen (and integer rate units), so every figure
 * is exact: no floating point touches money. Seed 001 四(六) fixes the frame ("按照本地农村总人口
 * 10%—20%的比例，框定'防贫保'投保基数，参保人数不记名、不事前确定、不事先识别"); the line, the bands,
 * the deductible and the caps are the region's own policy, entered per division and year.
 */

/** Rates ("0.30") are kept in units of 1/10,000; multiples ("1.5") in units of 1/1,000. */
export const RATE_SCALE = 10_000;
export const MULTIPLE_SCALE = 1_000;

/** An exact decimal string as an integer of `scale` units, or null when it is not one. */
export function parseScaled(value: string, scale: number): number | null {
  const decimals = String(scale).length - 1;
  const match = new RegExp(`^(\\d{1,6})(?:\\.(\\d{1,${decimals}}))?$`).exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * scale + Number((match[2] ?? '').padEnd(decimals, '0'));
}

export function formatScaled(units: number, scale: number, minDecimals = 2): string {
  const decimals = String(scale).length - 1;
  const text = `${Math.floor(units / scale)}.${String(units % scale).padStart(decimals, '0')}`;
  const [whole, fraction] = text.split('.');
  const trimmed = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  return trimmed ? `${whole}.${trimmed}` : whole;
}

/** a × b / d rounded half up, for non-negative integers (exact while a × b stays below 2^53). */
export function mulDivHalfUp(a: number, b: number, d: number): number {
  const product = BigInt(a) * BigInt(b);
  const q = product / BigInt(d);
  const r = product % BigInt(d);
  return Number(r * 2n >= BigInt(d) ? q + 1n : q);
}

export interface Band {
  lowerBound: string;
  /** null: no upper bound (the last band). */
  upperBound: string | null;
  rate: string;
}

export interface BandPayout extends Band {
  amount: string;
}

/**
 * Each band pays its rate on the part of the self-paid cost that lies inside it: with bands
 * 5,000–20,000 at 30% and 20,000–50,000 at 50%, a self-paid 35,000 pays 15,000 × 30% + 15,000 × 50%.
 * Each band's amount is rounded half up to the fen.
 */
export function payoutByBands(selfPaidFen: number, bands: readonly Band[]): { total: number; bands: BandPayout[] } {
  let total = 0;
  const rows = bands.map((band) => {
    const lower = toFen(band.lowerBound);
    const upper = band.upperBound === null ? Number.POSITIVE_INFINITY : toFen(band.upperBound);
    const portion = Math.max(0, Math.min(selfPaidFen, upper) - lower);
    const amount = mulDivHalfUp(portion, parseScaled(band.rate, RATE_SCALE) ?? 0, RATE_SCALE);
    total += amount;
    return { ...band, amount: formatFen(amount) };
  });
  return { total, bands: rows };
}

export interface LineSetting {
  preventionLine?: string | null;
  preventionLineMultiple?: string | null;
  povertyLine?: string | null;
}

/** 防贫线: the amount the region set, or its multiple of the poverty line (rounded half up). */
export function preventionLineFen(policy: LineSetting): number {
  if (policy.preventionLine) return toFen(policy.preventionLine);
  const multiple = parseScaled(policy.preventionLineMultiple ?? '', MULTIPLE_SCALE) ?? 0;
  return mulDivHalfUp(toFen(policy.povertyLine), multiple, MULTIPLE_SCALE);
}

/** Per-capita figure the way income.rules.ts rounds it: half away from zero, to the fen. */
export const perCapitaFen = (netFen: number, members: number) =>
  Math.sign(netFen) * Math.round(Math.abs(netFen) / Math.max(members, 1));

export interface EligibilityFacts {
  cause: InsuredCause;
  insuredCauses: readonly InsuredCause[];
  selfPaidFen: number;
  /** The household's net income for the year (income.rules.ts) and its member count. */
  householdNetIncomeFen: number;
  memberCount: number;
  lineFen: number;
  deductibleFen: number;
  bands: readonly Band[];
  /** Cap for this cause per person per year, if the policy sets one, and what was already paid for it. */
  causeCapFen: number | null;
  usedForCauseFen: number;
  personYearCapFen: number | null;
  usedForPersonFen: number;
}

export interface EligibilityDecision {
  eligible: boolean;
  reasons: IneligibilityReason[];
  perCapitaAfterLossFen: number;
  payoutFen: number;
  bands: BandPayout[];
}

/**
 * The decision for a person found in a covered region with a policy in force. The household's
 * per-capita income is recomputed after the self-paid loss and must fall below the 防贫线 (equal
 * is not below); the self-paid cost must exceed the deductible; the payout by bands is then cut
 * to what is left of the cause cap and of the person's yearly cap (approved and paid claims count).
 */
export function decideEligibility(f: EligibilityFacts): EligibilityDecision {
  const reasons: IneligibilityReason[] = [];
  if (!f.insuredCauses.includes(f.cause)) reasons.push(IneligibilityReason.CAUSE_NOT_INSURED);
  const perCapitaAfterLossFen = perCapitaFen(f.householdNetIncomeFen - f.selfPaidFen, f.memberCount);
  if (perCapitaAfterLossFen >= f.lineFen) reasons.push(IneligibilityReason.INCOME_ABOVE_LINE);
  if (f.selfPaidFen <= f.deductibleFen) reasons.push(IneligibilityReason.BELOW_DEDUCTIBLE);
  const schedule = payoutByBands(f.selfPaidFen, f.bands);
  const room = Math.min(
    f.causeCapFen === null ? Number.POSITIVE_INFINITY : f.causeCapFen - f.usedForCauseFen,
    f.personYearCapFen === null ? Number.POSITIVE_INFINITY : f.personYearCapFen - f.usedForPersonFen,
  );
  const capped = Math.max(0, Math.min(schedule.total, room));
  if (schedule.total > 0 && capped === 0) reasons.push(IneligibilityReason.CAP_REACHED);
  // Eligible may still pay 0.00 when the part above a band's bound rounds to nothing (0.01 × 30%).
  const eligible = reasons.length === 0;
  return { eligible, reasons, perCapitaAfterLossFen, payoutFen: eligible ? capped : 0, bands: schedule.bands };
}

/** 投保基数 = 农村人口 × 比例 (rounded half up to a person); 保费 = 基数 × 每人保费. */
export function premiumOf(
  ruralPopulation: number,
  baseShare: string,
  premiumPerPerson: string,
): { insuredBase: number; premiumFen: number } {
  const insuredBase = mulDivHalfUp(ruralPopulation, parseScaled(baseShare, RATE_SCALE) ?? 0, RATE_SCALE);
  return { insuredBase, premiumFen: insuredBase * toFen(premiumPerPerson) };
}

export const BASE_SHARE_MIN = parseScaled('0.10', RATE_SCALE)!;
export const BASE_SHARE_MAX = parseScaled('0.20', RATE_SCALE)!;

export interface PolicyShape extends LineSetting {
  divisionCode: string;
  baseShare: string;
  premiumPerPerson: string;
  insuredCauses: readonly InsuredCause[];
  deductible: string;
  bands: readonly Band[];
  causeCaps: ReadonlyArray<{ cause: InsuredCause; cap: string }>;
  personYearCap?: string | null;
  coveredDivisionCodes: readonly string[];
}

/** Everything wrong with a policy, each with the input field it concerns. */
export function policyProblems(p: PolicyShape, divisionPrefix: string): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const share = parseScaled(p.baseShare, RATE_SCALE);
  if (share === null || share < BASE_SHARE_MIN || share > BASE_SHARE_MAX) {
    problems.push({ field: 'baseShare', message: '投保基数比例应在农村总人口的 10%—20% 之间（如 0.15）' });
  }
  if (toFen(p.premiumPerPerson) <= 0) problems.push({ field: 'premiumPerPerson', message: '每人保费须大于 0' });
  const hasAmount = !!p.preventionLine;
  const hasMultiple = !!p.preventionLineMultiple;
  if (hasAmount === hasMultiple) {
    problems.push({ field: 'preventionLine', message: '防贫线须填写金额或“贫困线的倍数”其中之一' });
  } else if (hasAmount && toFen(p.preventionLine) <= 0) {
    problems.push({ field: 'preventionLine', message: '防贫线须大于 0' });
  } else if (hasMultiple) {
    const multiple = parseScaled(p.preventionLineMultiple!, MULTIPLE_SCALE);
    if (multiple === null || multiple <= 0)
      problems.push({ field: 'preventionLineMultiple', message: '倍数应为正的小数，如 1.5' });
    if (!p.povertyLine || toFen(p.povertyLine) <= 0)
      problems.push({ field: 'povertyLine', message: '按倍数设定防贫线时须填写贫困线' });
  }
  if (p.insuredCauses.length === 0) problems.push({ field: 'insuredCauses', message: '至少承保一种致贫原因' });
  if (new Set(p.insuredCauses).size !== p.insuredCauses.length)
    problems.push({ field: 'insuredCauses', message: '承保原因重复' });
  if (toFen(p.deductible) < 0) problems.push({ field: 'deductible', message: '起付线不能为负数' });
  if (p.bands.length === 0) problems.push({ field: 'bands', message: '至少设定一个赔付档次' });
  p.bands.forEach((band, i) => {
    const field = `bands.${i}`;
    const lower = toFen(band.lowerBound);
    if (lower < 0) problems.push({ field: `${field}.lowerBound`, message: `第 ${i + 1} 档下限不能为负数` });
    if (i > 0 && p.bands[i - 1].upperBound !== null && toFen(p.bands[i - 1].upperBound) !== lower) {
      problems.push({ field: `${field}.lowerBound`, message: `第 ${i + 1} 档下限须等于上一档上限（各档首尾相接）` });
    }
    if (band.upperBound === null) {
      if (i !== p.bands.length - 1)
        problems.push({ field: `${field}.upperBound`, message: '只有最后一档可以不设上限' });
    } else if (toFen(band.upperBound) <= lower) {
      problems.push({ field: `${field}.upperBound`, message: `第 ${i + 1} 档上限须大于下限` });
    }
    const rate = parseScaled(band.rate, RATE_SCALE);
    if (rate === null || rate <= 0 || rate > RATE_SCALE)
      problems.push({
        field: `${field}.rate`,
        message: `第 ${i + 1} 档赔付比例应在 0 到 1 之间（如 0.30），最多四位小数`,
      });
  });
  const capped = new Set<InsuredCause>();
  p.causeCaps.forEach((c, i) => {
    if (!p.insuredCauses.includes(c.cause))
      problems.push({ field: `causeCaps.${i}.cause`, message: '限额所指原因不在承保范围内' });
    if (capped.has(c.cause)) problems.push({ field: `causeCaps.${i}.cause`, message: '同一原因只能设一个限额' });
    capped.add(c.cause);
    if (toFen(c.cap) <= 0) problems.push({ field: `causeCaps.${i}.cap`, message: '限额须大于 0' });
  });
  if (p.personYearCap !== null && p.personYearCap !== undefined && toFen(p.personYearCap) <= 0) {
    problems.push({ field: 'personYearCap', message: '每人每年限额须大于 0' });
  }
  if (p.coveredDivisionCodes.length === 0)
    problems.push({ field: 'coveredDivisionCodes', message: '至少覆盖一个区划' });
  p.coveredDivisionCodes.forEach((code, i) => {
    if (!/^\d{12}$/.test(code))
      problems.push({ field: `coveredDivisionCodes.${i}`, message: '区划代码应为 12 位数字' });
    else if (!code.startsWith(divisionPrefix))
      problems.push({ field: `coveredDivisionCodes.${i}`, message: `区划 ${code} 不在投保区划之内` });
  });
  return problems;
}

export { formatFen, toFen };
