import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  hashPin,
  lockoutRemainingMs,
  NO_LOCKOUT,
  PIN_ITERATIONS,
  pinAcceptable,
  verifyPin,
} from './pin.ts';

const NOW = Date.UTC(2026, 10, 23, 8);

describe('PIN hashing', () => {
  it('stores a salted PBKDF2 hash with at least 210,000 rounds and verifies only the right PIN', async () => {
    const stored = await hashPin('246810');
    expect(stored.iterations).toBeGreaterThanOrEqual(210_000);
    expect(stored.iterations).toBe(PIN_ITERATIONS);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('246810');
    expect(await verifyPin('246810', stored)).toBe(true);
    expect(await verifyPin('246811', stored)).toBe(false);
  });

  it('uses a fresh salt each time', async () => {
    const a = await hashPin('123456', 1000);
    const b = await hashPin('123456', 1000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('accepts only 6 or more digits', () => {
    expect(pinAcceptable('12345')).toBe(false);
    expect(pinAcceptable('12345a')).toBe(false);
    expect(pinAcceptable('123456')).toBe(true);
    expect(pinAcceptable('1234567890')).toBe(true);
  });
});

describe('lockout', () => {
  it('locks out on the 5th wrong try, for 30 s, then 60 s, then 120 s', () => {
    let s = NO_LOCKOUT;
    for (let i = 0; i < 4; i++) s = afterFailure(s, NOW);
    expect(lockoutRemainingMs(s, NOW)).toBe(0);
    s = afterFailure(s, NOW);
    expect(lockoutRemainingMs(s, NOW)).toBe(30_000);
    expect(lockoutRemainingMs(s, NOW + 29_999)).toBe(1);
    expect(lockoutRemainingMs(s, NOW + 30_000)).toBe(0);
    const t2 = NOW + 40_000;
    for (let i = 0; i < 5; i++) s = afterFailure(s, t2);
    expect(lockoutRemainingMs(s, t2)).toBe(60_000);
    const t3 = t2 + 70_000;
    for (let i = 0; i < 5; i++) s = afterFailure(s, t3);
    expect(lockoutRemainingMs(s, t3)).toBe(120_000);
  });
});
