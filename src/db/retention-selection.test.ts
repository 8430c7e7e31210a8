/** The retention purge's pure rules: the cutoff, which passages it selects, what it blanks. */
import { describe, expect, it } from 'vitest';
import { anonymised, needsAnonymising, retentionCutoff } from './retention.ts';

const NOW = Date.UTC(2026, 10, 23, 8);
const DAY = 86_400_000;

describe('retention selection', () => {
  const cutoff = retentionCutoff(NOW, 28);
  it('puts the cutoff N days before now', () => {
    expect(cutoff).toBe(NOW - 28 * DAY);
  });
  it('selects only passages older than the cutoff that still hold personal data', () => {
    expect(needsAnonymising({ at: cutoff - 1, personId: 'p1', codeHash: null }, cutoff)).toBe(true);
    expect(needsAnonymising({ at: cutoff - 1, personId: null, codeHash: 'ab' }, cutoff)).toBe(true);
    expect(needsAnonymising({ at: cutoff - 1, personId: null, codeHash: null }, cutoff)).toBe(false);
    expect(needsAnonymising({ at: cutoff, personId: 'p1', codeHash: 'ab' }, cutoff)).toBe(false);
    expect(needsAnonymising({ at: NOW, personId: 'p1', codeHash: 'ab' }, cutoff)).toBe(false);
  });
  it('keeps everything but the personal fields', () => {
    const p = { at: 1, personId: 'p1', codeHash: 'ab', verdict: 'deny', check: { volunteer: '王芳' } };
    expect(anonymised(p)).toEqual({
      at: 1,
      personId: null,
      codeHash: null,
      verdict: 'deny',
      check: { volunteer: '王芳' },
    });
  });
  it('treats the shown name and home as personal data and blanks them', () => {
    const who = { name: '张*丰', place: '3-2-1201' };
    expect(needsAnonymising({ at: cutoff - 1, personId: null, codeHash: null, who }, cutoff)).toBe(true);
    expect(anonymised({ at: 1, personId: 'p1', codeHash: 'ab', who })).toEqual({
      at: 1,
      personId: null,
      codeHash: null,
      who: null,
    });
  });
});
