import { badInput } from '../../common/errors';
import { formatFen, toFen } from '../../common/money';
import { isIsoDate } from '../../common/dates';
import { IncomeSource, MEASURE_FIELD_LABELS, MeasureField, MeasureStatus } from './assistance.enums';
import type { ResolvedKind } from './measure-kind.catalogue';

export interface MeasureValues {
  memberId?: string | null;
  amount?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  post?: string | null;
  monthlyPay?: string | null;
  responsiblePerson?: string | null;
}

/** The input field each required field is entered in (for BAD_USER_INPUT's `field`). */
const INPUT_FIELD: Record<MeasureField, keyof MeasureValues> = {
  [MeasureField.MEMBER]: 'memberId',
  [MeasureField.AMOUNT]: 'amount',
  [MeasureField.STARTS_ON]: 'startsOn',
  [MeasureField.ENDS_ON]: 'endsOn',
  [MeasureField.POST]: 'post',
  [MeasureField.MONTHLY_PAY]: 'monthlyPay',
  [MeasureField.RESPONSIBLE_PERSON]: 'responsiblePerson',
};

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Checks a measure against its kind (the catalogue in force where the household lives) and throws
 * the first problem as BAD_USER_INPUT naming the field. E.g. 扶贫小额信贷 (seed 002: "5万元以下、
 * 3年以内"): an amount over the kind's cap or an end date past its term is refused.
 */
export function assertMeasureFits(kind: ResolvedKind, values: MeasureValues): void {
  if (!kind.active) throw badInput('input.kindCode', `本区划已停用“${kind.name}”`);
  for (const required of kind.requiredFields) {
    const field = INPUT_FIELD[required];
    const value = values[field];
    if (value === null || value === undefined || String(value).trim() === '') {
      throw badInput(`input.${field}`, `${kind.name}须填写${MEASURE_FIELD_LABELS[required]}`);
    }
  }
  for (const field of ['startsOn', 'endsOn'] as const) {
    if (values[field] && !isIsoDate(values[field]!)) throw badInput(`input.${field}`, '日期应为 YYYY-MM-DD');
  }
  if (values.amount && toFen(values.amount) < 0) throw badInput('input.amount', '金额不能为负数');
  if (values.monthlyPay !== null && values.monthlyPay !== undefined && toFen(values.monthlyPay) <= 0) {
    throw badInput('input.monthlyPay', '月工资应大于 0');
  }
  if (kind.maxAmount && values.amount && toFen(values.amount) > toFen(kind.maxAmount)) {
    throw badInput('input.amount', `${kind.name}金额不能超过 ${formatFen(toFen(kind.maxAmount))} 元`);
  }
  if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
    throw badInput('input.endsOn', '结束日期不能早于开始日期');
  }
  if (
    kind.maxTermMonths &&
    values.startsOn &&
    values.endsOn &&
    values.endsOn > addMonths(values.startsOn, kind.maxTermMonths)
  ) {
    const years = kind.maxTermMonths % 12 === 0 ? `${kind.maxTermMonths / 12} 年` : `${kind.maxTermMonths} 个月`;
    throw badInput(
      'input.endsOn',
      `${kind.name}期限不能超过 ${years}（${values.startsOn} 起至 ${addMonths(values.startsOn, kind.maxTermMonths)} 止）`,
    );
  }
}

/** Legal status steps: planned → in effect → ended, or a planned measure dropped (ended). */
export const STATUS_STEPS: Record<MeasureStatus, MeasureStatus[]> = {
  [MeasureStatus.PLANNED]: [MeasureStatus.IN_EFFECT, MeasureStatus.ENDED],
  [MeasureStatus.IN_EFFECT]: [MeasureStatus.ENDED],
  [MeasureStatus.ENDED]: [],
};

type Paid = {
  status: MeasureStatus;
  incomeSource: IncomeSource;
  amount?: string | null;
  monthlyPay?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  createdAt: Date;
};

/**
 * What a measure paid the household in a year, in fen, counted into the income source its kind
 * names: a job its monthly pay for each calendar month of the year it ran (up to today); any other
 * payment its amount, in the year it started. Planned measures and loans (NONE) pay nothing.
 */
export function paidInYear(measure: Paid, year: number, today: string): number {
  if (measure.status === MeasureStatus.PLANNED || measure.incomeSource === IncomeSource.NONE) return 0;
  if (measure.monthlyPay) {
    if (!measure.startsOn) return 0;
    const from = measure.startsOn > `${year}-01-01` ? measure.startsOn : `${year}-01-01`;
    const ends = [measure.endsOn, today, `${year}-12-31`].filter(Boolean) as string[];
    const to = ends.sort()[0];
    if (to < from) return 0;
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
    return months * toFen(measure.monthlyPay);
  }
  const startYear = Number((measure.startsOn ?? measure.createdAt.toISOString()).slice(0, 4));
  return startYear === year ? toFen(measure.amount) : 0;
}
