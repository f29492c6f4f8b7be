import { describe, expect, it } from 'vitest';
import { checkCharacter, isParseError, parseIdNumber } from '../../api/src/modules/households/id-number';
import {
  computeIncome,
  incomeProblems,
  storeIncomeFigure,
  type StoredIncomeFigure,
} from '../../api/src/modules/households/income.rules';

describe('ID numbers (GB 11643-1999)', () => {
  it.each([
    ['150121198803150018', '1988-03-15', 'MALE'],
    ['11010519491231002X', '1949-12-31', 'FEMALE'],
    ['15012119880315001x', null, null], // lower-case x is read as X: check digit is 8 here, so invalid
  ])('%s', (id, birthDate, sex) => {
    const parsed = parseIdNumber(id);
    if (birthDate === null) {
      expect(isParseError(parsed)).toBe(true);
    } else {
      expect(parsed).toEqual({ idNumber: id.toUpperCase(), birthDate, sex, upgraded: false });
    }
  });

  it('computes the check character by ISO 7064 MOD 11-2', () => {
    expect(checkCharacter('15012119880315001')).toBe('8');
    expect(checkCharacter('11010519491231002')).toBe('X');
  });

  it.each([
    ['150121198803150019', '身份证号校验位不正确'],
    ['150121198802300016', '身份证号中的出生日期不正确'],
    ['990121198803150018', '身份证号地区码不正确'],
    ['15012119880315', '身份证号应为 18 位（最后一位可为 X）'],
    ['15012119880315001A', '身份证号应为 18 位（最后一位可为 X）'],
  ])('rejects %s: %s', (id, reason) => {
    expect(parseIdNumber(id)).toEqual({ error: reason });
  });

  it('rejects a birth date in the future', () => {
    expect(parseIdNumber('150121203001010017', new Date('2026-11-23'))).toEqual({
      error: '身份证号中的出生日期不正确',
    });
  });

  it('upgrades a legacy 15-digit number to 18 digits (inserting 19 and the check character)', () => {
    const parsed = parseIdNumber('150121880315001');
    expect(parsed).toEqual({ idNumber: '150121198803150018', birthDate: '1988-03-15', sex: 'MALE', upgraded: true });
  });
});

describe('per-capita net income', () => {
  const zero = {
    wages: '0',
    operations: '0',
    property: '0',
    transfers: '0',
    subsidies: '0',
    productionCosts: '0',
    medicalExpense: '0',
    schoolingExpense: '0',
    disasterExpense: '0',
    accidentExpense: '0',
  };

  it('is (income − production costs) / members, in fen, rigid expenditure beside it', () => {
    const result = computeIncome(
      {
        ...zero,
        wages: '12000.00',
        operations: '8000.50',
        property: '300',
        transfers: '2400',
        subsidies: '1800',
        productionCosts: '3000.50',
        medicalExpense: '5000',
        schoolingExpense: '1200',
      },
      3,
    );
    expect(result).toEqual({ netIncome: '19700.00', perCapitaNetIncome: '6566.67', rigidExpenditure: '6200.00' });
  });

  it('rounds half up to the fen and handles a loss', () => {
    expect(computeIncome({ ...zero, wages: '0.05' }, 2).perCapitaNetIncome).toBe('0.03');
    expect(computeIncome({ ...zero, wages: '1000', productionCosts: '4000' }, 2)).toMatchObject({
      netIncome: '-3000.00',
      perCapitaNetIncome: '-1500.00',
    });
  });

  it('needs at least one member', () => {
    expect(() => computeIncome(zero, 0)).toThrow('家庭人口数至少为 1');
  });

  it('flags subsidies larger than transfers and negative amounts', () => {
    expect(incomeProblems({ ...zero, transfers: '100', subsidies: '200', wages: '-1' }).map((p) => p.field)).toEqual([
      'wages',
      'subsidies',
    ]);
  });
});

describe("the household's stored per-capita figure (storeIncomeFigure)", () => {
  // The list, its filters and the statistics read the household's figure: it must be the latest year's,
  // whichever service wrote an income year last (the household form, an insurance payout, a distribution).
  it('takes the figure of a later or the same year, never of an earlier one', () => {
    const household: StoredIncomeFigure = { incomeYear: 2025, perCapitaNetIncome: '8000.00' };
    storeIncomeFigure(household, { year: 2024, perCapitaNetIncome: '3000.00' });
    expect(household).toEqual({ incomeYear: 2025, perCapitaNetIncome: '8000.00' });
    storeIncomeFigure(household, { year: 2025, perCapitaNetIncome: '8500.00' });
    expect(household).toEqual({ incomeYear: 2025, perCapitaNetIncome: '8500.00' });
    storeIncomeFigure(household, { year: 2026, perCapitaNetIncome: '6000.00' });
    expect(household).toEqual({ incomeYear: 2026, perCapitaNetIncome: '6000.00' });
  });

  it('takes any year when the household has none yet', () => {
    for (const empty of [{ incomeYear: null, perCapitaNetIncome: null }, {}] as StoredIncomeFigure[]) {
      storeIncomeFigure(empty, { year: 2019, perCapitaNetIncome: '100.00' });
      expect(empty).toEqual({ incomeYear: 2019, perCapitaNetIncome: '100.00' });
    }
  });
});
