import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { MAX_FAILED_PASSWORD_CHANGES } from '../../api/src/auth/auth.service';
import { resetRateLimits } from '../../api/src/common/rate-limit';

/**
 * Partner accounts (insurer, dashboard) send only the contract's operations, and besides them may
 * look after their own session: change the password (a new or reset account must, before anything
 * else) and sign out. Wrong current passwords are throttled per account.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
const ContractMe = `query Me { me { id username roles division { code name level } } }`;
const contract = parse(fs.readFileSync(path.resolve(__dirname, '../../schema/contract/dashboard.graphql'), 'utf8'));
const Overview = print(
  contract.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'RegionOverview')!,
);

describe('partner accounts look after their own session', () => {
  it('a dashboard account flagged to change its password can change it, then use the contract, then sign out', async () => {
    await api.sql(`update app_user set must_change_password = true where username = 'dashboard'`);
    const token = await api.login('dashboard');
    // Until the password is changed, only me, changePassword and logout answer.
    expect(errorCode(await api.exec(token, Overview, { divisionCode: '150100000000', year: 2026 }))).toBe('FORBIDDEN');
    expect((await api.exec(token, CHANGE, { o: 'Demo@2026', n: 'Dashboard#2027' })).data).toEqual({
      changePassword: true,
    });
    expect(
      (
        (await api.ok(token, Overview, { divisionCode: '150100000000', year: 2026 })) as {
          regionStatistics: { divisionCode: string };
        }
      ).regionStatistics.divisionCode,
    ).toBe('150100000000');
    expect((await api.exec(token, `mutation { logout }`)).data).toEqual({ logout: true });
    expect(errorCode(await api.exec(token, ContractMe))).toBe('UNAUTHENTICATED');
    const again = await api.login('dashboard', 'Dashboard#2027');
    expect(((await api.ok(again, ContractMe)) as { me: { username: string } }).me.username).toBe('dashboard');
  });

  it('still refuses anything else: other mutations, aliases, extra fields or a second operation', async () => {
    const token = await api.login('insurer');
    for (const query of [
      `mutation { renamed: logout }`,
      `mutation { logout changePassword(oldPassword: "a", newPassword: "b") }`,
      `mutation { logout @include(if: true) }`,
      `mutation { issueApiToken(input: { name: "x", partnerName: "x", divisionCode: "150100000000", role: DASHBOARD }) { token } }`,
      `query { logout: me { id } }`,
    ]) {
      expect(errorCode(await api.exec(token, query)), query).toBe('FORBIDDEN');
    }
    expect(errorCode(await api.exec(token, `{ users { total } }`))).toBe('FORBIDDEN');
  });

  it(`throttles wrong current passwords: after ${MAX_FAILED_PASSWORD_CHANGES} the account is refused for the window, even with the right one`, async () => {
    const token = await api.login('insurer');
    const tries = await Promise.all(
      Array.from({ length: MAX_FAILED_PASSWORD_CHANGES + 3 }, (_, i) =>
        api.exec(token, CHANGE, { o: `Wrong#${i}xx`, n: 'Insurer#2027' }),
      ),
    );
    expect(tries.filter((t) => errorCode(t) === 'BAD_USER_INPUT')).toHaveLength(MAX_FAILED_PASSWORD_CHANGES);
    expect(tries.filter((t) => errorCode(t) === 'RATE_LIMITED')).toHaveLength(3);
    const right = await api.exec(token, CHANGE, { o: 'Demo@2026', n: 'Insurer#2027' });
    expect(errorCode(right)).toBe('RATE_LIMITED');
    expect(errorMessage(right)).toMatch(/原密码错误次数过多/);
    // The count is per account and in the database: another session of the account is refused too.
    const other = await api.login('insurer');
    expect(errorCode(await api.exec(other, CHANGE, { o: 'Demo@2026', n: 'Insurer#2027' }))).toBe('RATE_LIMITED');
  });
});

describe('partner budget (PARTNER_RATE_LIMIT_PER_MINUTE)', () => {
  it('counts dashboard operations too, per account across sign-ins', async () => {
    api.config.partnerRateLimitPerMinute = 4;
    try {
      await resetRateLimits(api.orm.em);
      // One one-minute window: not across a minute's end.
      const intoMinute = Date.now() % 60_000;
      if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
      const first = await api.login('dashboard', 'Dashboard#2027');
      await resetRateLimits(api.orm.em);
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await api.exec(first, ContractMe));
      const second = await api.login('dashboard', 'Dashboard#2027');
      for (let i = 0; i < 3; i++) answers.push(await api.exec(second, ContractMe));
      expect(answers.map((r) => errorCode(r) ?? 'OK')).toEqual([
        'OK',
        'OK',
        'OK',
        'OK',
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
    } finally {
      api.config.partnerRateLimitPerMinute = 0;
    }
  });
});
