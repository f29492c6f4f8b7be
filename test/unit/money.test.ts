import { describe, expect, it } from 'vitest';
import { formatMoneyForReading } from '../../api/src/common/money';

describe('money as a person reads it', () => {
  it('groups yuan by thousands and keeps two decimals, as the console writes money', () => {
    expect(formatMoneyForReading('15040')).toBe('15,040.00');
    expect(formatMoneyForReading('1050.5')).toBe('1,050.50');
    expect(formatMoneyForReading('999.99')).toBe('999.99');
    expect(formatMoneyForReading('-1234567.8')).toBe('-1,234,567.80');
  });
});
