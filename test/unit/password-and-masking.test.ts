import { describe, expect, it } from 'vitest';
import { hashPassword, passwordWeakness, verifyPassword } from '../../api/src/auth/password';
import { maskIdNumber, maskPhone } from '../../api/src/audit/sensitive.middleware';

describe('passwords', () => {
  it('hashes with scrypt and a salt, and verifies only the right password', async () => {
    const a = await hashPassword('Demo@2026');
    const b = await hashPassword('Demo@2026');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Demo@2026', a)).toBe(true);
    expect(await verifyPassword('demo@2026', a)).toBe(false);
  });

  it.each([
    ['short1!', '密码至少 8 位'],
    ['abcdefgh', '密码须同时包含字母、数字和符号'],
    ['abcd1234', '密码须同时包含字母、数字和符号'],
    ['Abcd1234!', null],
  ])('%s → %s', (password, reason) => {
    expect(passwordWeakness(password)).toBe(reason);
  });
});

describe('masking', () => {
  it('keeps region and tail of an ID number', () => {
    expect(maskIdNumber('15012119880315001X')).toBe('1501**********001X');
  });
  it('keeps the carrier and the last four digits of a phone', () => {
    expect(maskPhone('13947100003')).toBe('139****0003');
  });
});
