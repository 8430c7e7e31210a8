import { describe, expect, it } from 'vitest';
import { retryDelay } from './retry.ts';

describe('the pusher’s retry', () => {
  it('doubles from 1 s up to a minute, each wait between half and all of it', () => {
    expect([0, 1, 2, 5, 6, 30].map((a) => retryDelay(a, () => 1))).toEqual([
      1000, 2000, 4000, 32000, 60000, 60000,
    ]);
    expect([0, 1, 6].map((a) => retryDelay(a, () => 0))).toEqual([500, 1000, 30000]);
  });
});
