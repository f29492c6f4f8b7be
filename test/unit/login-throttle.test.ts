import { describe, expect, it } from 'vitest';
import { ADDRESS_MAX_ATTEMPTS, ADDRESS_WINDOW_MS, LoginThrottle } from '../../api/src/auth/login-throttle';

describe('per-address login throttle (regional policy default: 20 attempts per 15 minutes)', () => {
  it('admits 20 attempts in the window, refuses the 21st, and admits again once the oldest leave the window', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < ADDRESS_MAX_ATTEMPTS; i++) expect(throttle.begin('203.0.113.1')).toBe(true);
    expect(throttle.begin('203.0.113.1')).toBe(false);
    expect(throttle.begin('203.0.113.2')).toBe(true);
    now += ADDRESS_WINDOW_MS + 1;
    expect(throttle.begin('203.0.113.1')).toBe(true);
  });

  it('forgives a successful attempt', () => {
    const throttle = new LoginThrottle(() => 5_000);
    for (let i = 0; i < ADDRESS_MAX_ATTEMPTS - 1; i++) throttle.begin('a');
    expect(throttle.begin('a')).toBe(true);
    throttle.succeeded('a');
    expect(throttle.begin('a')).toBe(true);
    expect(throttle.begin('a')).toBe(false);
  });

  it('delays failures from the 6th on by 0.5 s more each, at most 5 s', () => {
    const throttle = new LoginThrottle(() => 5_000);
    const delays: number[] = [];
    for (let i = 0; i < ADDRESS_MAX_ATTEMPTS; i++) {
      throttle.begin('b');
      delays.push(throttle.delayMs('b'));
    }
    expect(delays.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 500, 1000]);
    expect(Math.max(...delays)).toBe(5000);
  });
});
