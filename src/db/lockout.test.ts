import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterServing,
  lockoutLength,
  lockoutRemainingMs,
  MAX_LOCKOUT_MS,
  NO_LOCKOUT,
  normaliseLockout,
  triesLeft,
} from './lockout.ts';
import type { LockoutState } from './types.ts';

const fail = (s: LockoutState, n: number): LockoutState => {
  let out = s;
  for (let i = 0; i < n; i++) out = afterFailure(out);
  return out;
};
const serve = (s: LockoutState): LockoutState => afterServing(s, lockoutRemainingMs(s));

describe('lockout rule', () => {
  it('locks out on the 5th wrong PIN for 30 s, then on every further one for twice as long, up to 15 minutes', () => {
    let s = fail(NO_LOCKOUT, 4);
    expect(lockoutRemainingMs(s)).toBe(0);
    expect(triesLeft(s)).toBe(1);
    s = afterFailure(s);
    expect(lockoutRemainingMs(s)).toBe(30_000);
    const lengths = [30_000];
    for (let i = 0; i < 8; i++) {
      s = afterFailure(serve(s));
      lengths.push(lockoutRemainingMs(s));
    }
    expect(lengths).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000, 900_000]);
    expect(s.failures).toBe(13);
  });

  it('bounds the guesses by count: 10 in the first 16 minutes, 104 in a day', () => {
    // A guess the moment each lockout is served: the times at which guesses can be made.
    let s = NO_LOCKOUT;
    let at = 0;
    const times: number[] = [];
    while (at <= 24 * 60 * 60_000) {
      times.push(at);
      s = afterFailure(s);
      at += lockoutRemainingMs(s);
      s = serve(s);
    }
    expect(times.filter((t) => t <= 16 * 60_000)).toHaveLength(10);
    expect(times).toHaveLength(104);
    expect(lockoutLength(50)).toBe(MAX_LOCKOUT_MS);
  });

  it('runs down only by time served, never past its length', () => {
    const s = fail(NO_LOCKOUT, 5);
    expect(lockoutRemainingMs(afterServing(s, 10_000))).toBe(20_000);
    expect(lockoutRemainingMs(afterServing(s, -5_000))).toBe(30_000);
    const done = afterServing(s, 10 * 60_000);
    expect(done.servedMs).toBe(30_000);
    expect(lockoutRemainingMs(done)).toBe(0);
  });

  it('reads a state stored by the version with a wall-clock end: its failures count again and its lockout is served again', () => {
    const legacy = { failures: 2, lockouts: 2, lockedUntil: Date.UTC(2099, 0, 1) };
    expect(normaliseLockout(legacy)).toEqual({ failures: 12, lockouts: 2, lockMs: 60_000, servedMs: 0 });
    expect(normaliseLockout({ failures: 3, lockouts: 0, lockedUntil: 0 })).toEqual({
      failures: 3,
      lockouts: 0,
      lockMs: 0,
      servedMs: 0,
    });
    expect(normaliseLockout({ failures: 5, lockouts: 1, lockMs: 30_000, servedMs: 12_000 })).toEqual({
      failures: 5,
      lockouts: 1,
      lockMs: 30_000,
      servedMs: 12_000,
    });
  });
});
