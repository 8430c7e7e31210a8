import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { normaliseRules, reviseRules } from './rules.ts';
import { input, NOW } from './test-fixtures.ts';
import { DEFAULT_RULES } from './types.ts';

describe('normaliseRules', () => {
  it('gives the defaults for nothing stored, and keeps sound rules as they are', () => {
    expect(normaliseRules(undefined)).toEqual(DEFAULT_RULES);
    expect(normaliseRules(null)).toEqual(DEFAULT_RULES);
    expect(normaliseRules(structuredClone(DEFAULT_RULES))).toEqual(DEFAULT_RULES);
  });

  it('keeps the sound parts of partly bad rules', () => {
    const stored = {
      version: 7,
      feverThresholdC: 373,
      test: { requirement: 'required', kinds: ['courier', 'alien'], windowH: { rat: 24, naat: -1 } },
      colours: { green: 'deny', yellow: 'deny', red: 'pass' },
      quarantineBlocksExit: 'all',
      voice: 'yes',
    };
    const rules = normaliseRules(stored);
    expect(rules.version).toBe(7);
    expect(rules.feverThresholdC).toBe(DEFAULT_RULES.feverThresholdC);
    expect(rules.test).toEqual({
      requirement: 'required',
      kinds: ['courier'],
      windowH: { rat: 24, naat: 72, other: 48 },
      onFail: 'review',
    });
    expect(rules.colours).toEqual({ green: 'pass', yellow: 'deny', red: 'deny' });
    expect(rules.quarantineBlocksExit).toEqual(DEFAULT_RULES.quarantineBlocksExit);
    expect(rules.voice).toBe(true);
  });

  it('turns anything into rules decide can use, and is idempotent', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const rules = normaliseRules(value);
        expect(normaliseRules(rules)).toEqual(rules);
        expect(['pass', 'review', 'deny']).toContain(decide(input(), rules, NOW).verdict);
      }),
    );
  });
});

describe('reviseRules', () => {
  it('makes a change a new version', () => {
    const next = reviseRules(DEFAULT_RULES, { feverThresholdC: 37.5 });
    expect(next).toEqual({ ...DEFAULT_RULES, feverThresholdC: 37.5, version: DEFAULT_RULES.version + 1 });
    expect(DEFAULT_RULES.feverThresholdC).toBe(37.3);
  });
});
