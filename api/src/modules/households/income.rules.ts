import { formatFen, toFen } from '../../common/money';

export interface IncomeParts {
  wages: string;
  operations: string;
  property: string;
  transfers: string;
  subsidies: string;
  productionCosts: string;
  medicalExpense: string;
  schoolingExpense: string;
  disasterExpense: string;
  accidentExpense: string;
}

export interface ComputedIncome {
  netIncome: string;
  perCapitaNetIncome: string;
  rigidExpenditure: string;
}

/**
 * 纯收入 = 工资性 + 经营性 + 财产性 + 转移性 − 生产经营性支出; 人均 = 纯收入 / 家庭人口.
 * Rigid expenditures are kept beside it (the monitoring rules compare them with income), not
 * subtracted. Computed in fen; the per-capita figure rounds half up to the fen.
 */
export function computeIncome(parts: IncomeParts, memberCount: number): ComputedIncome {
  if (!Number.isInteger(memberCount) || memberCount < 1) throw new RangeError('家庭人口数至少为 1');
  const net =
    toFen(parts.wages) +
    toFen(parts.operations) +
    toFen(parts.property) +
    toFen(parts.transfers) -
    toFen(parts.productionCosts);
  const rigid =
    toFen(parts.medicalExpense) +
    toFen(parts.schoolingExpense) +
    toFen(parts.disasterExpense) +
    toFen(parts.accidentExpense);
  const perCapita = Math.sign(net) * Math.round(Math.abs(net) / memberCount);
  return { netIncome: formatFen(net), perCapitaNetIncome: formatFen(perCapita), rigidExpenditure: formatFen(rigid) };
}

/** What a household stores of its incomes: the year and per-capita figure lists and filters read. */
export interface StoredIncomeFigure {
  incomeYear?: number | null;
  perCapitaNetIncome?: string | null;
}

/**
 * The one rule for the household's stored per-capita figure: it is that of the latest income year.
 * Every writer of an income year (the household's own form, an insurance payout, a distribution
 * payment) calls this after computing the year; an earlier year written later leaves it alone.
 */
export function storeIncomeFigure(
  household: StoredIncomeFigure,
  income: { year: number; perCapitaNetIncome: string },
): void {
  if (household.incomeYear === null || household.incomeYear === undefined || income.year >= household.incomeYear) {
    household.incomeYear = income.year;
    household.perCapitaNetIncome = income.perCapitaNetIncome;
  }
}

/** Reasons the parts do not add up; subsidies are the part of transfers that are subsidies. */
export function incomeProblems(parts: IncomeParts): Array<{ field: keyof IncomeParts; message: string }> {
  const problems: Array<{ field: keyof IncomeParts; message: string }> = [];
  for (const [field, value] of Object.entries(parts) as Array<[keyof IncomeParts, string]>) {
    if (toFen(value) < 0) problems.push({ field, message: '金额不能为负数' });
  }
  if (toFen(parts.subsidies) > toFen(parts.transfers)) {
    problems.push({ field: 'subsidies', message: '补贴性收入是转移性收入的一部分，不能大于转移性收入' });
  }
  return problems;
}
