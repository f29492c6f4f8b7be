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

describe('masking logged changes (audit log, 变更记录)', () => {
  it('masks a field by the mask of the @Sensitive field it came from, and valid ID numbers anywhere else', async () => {
    await import('../../api/src/modules/households/member.entity');
    await import('../../api/src/modules/households/household.entity');
    const { maskLoggedChanges, personalFieldsIn } = await import('../../api/src/audit/sensitive.middleware');
    expect(
      maskLoggedChanges('Member', {
        name: '王永强',
        idNumber: ['150121198803150018', '150121198803150026'],
        healthStatus: 'DISABLED',
        disabilityGrade: [null, 2],
      }),
    ).toEqual({
      name: '王永强',
      idNumber: ['1501**********0018', '1501**********0026'],
      healthStatus: null,
      disabilityGrade: [null, null],
    });
    expect(maskLoggedChanges('Household', { phone: '13912345678', householdNumber: '15012110020100001' })).toEqual({
      phone: '139****5678',
      householdNumber: '15012110020100001',
    });
    // A batch's unmatched list: an ID number outside a sensitive field; a number failing the checksum is left alone.
    expect(maskLoggedChanges('DepartmentBatch', { unmatched: ['150121198803150018', '150121198803150019'] })).toEqual({
      unmatched: ['1501**********0018', '150121198803150019'],
    });
    expect(personalFieldsIn('Member', { name: 'x', idNumber: '150121198803150018', healthStatus: 'HEALTHY' })).toEqual([
      'healthStatus',
      'idNumber',
    ]);
    expect(maskLoggedChanges('Member', null)).toBeNull();
  });
});
