import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { REASON_ORDER } from './reasons.ts';
import { CHECK_CASES } from './test-cases-checks.ts';
import { PERSON_CASES } from './test-cases-person.ts';
import { declaration, input, NOW, opaque, rules, signed } from './test-fixtures.ts';

const TABLE = [...CHECK_CASES, ...PERSON_CASES];

describe('decide: table', () => {
  it.each(TABLE)('%s', (_name, given, policy, verdict, reasons) => {
    const result = decide(given, policy, NOW);
    expect({ verdict: result.verdict, reasons: result.reasons }).toEqual({ verdict, reasons });
    expect(result.policyVersion).toBe(policy.version);
  });

  it('covers every reason code', () => {
    const seen = new Set(TABLE.flatMap((row) => row[4]));
    expect([...REASON_ORDER].filter((r) => !seen.has(r))).toEqual([]);
  });
});

describe('decide: flags, words, colour source', () => {
  it('flags non-compliance but not a first high reading or a missing check', () => {
    const v = decide(input({ scan: opaque, temperatures: [37.6], mask: 'improper' }), rules(), NOW);
    expect(v.reasons).toEqual(['fever-remeasure', 'mask-improper', 'incomplete']);
    expect(v.flags).toEqual(['mask-improper']);
    expect(v.missing).toEqual(['colour']);
  });

  it('speaks a normal temperature on a pass, and the leading reason otherwise', () => {
    expect(decide(input(), rules(), NOW).voice).toEqual({ lead: null, temperatureOk: true });
    const v = decide(input({ mask: 'improper', temperatures: [38, 38] }), rules(), NOW);
    expect(v.voice).toEqual({ lead: 'fever', temperatureOk: false });
  });

  it('leads the voice with the reason that set the verdict', () => {
    const v = decide(input({ mask: 'none', temperatures: [37.5] }), rules(), NOW);
    expect(v.reasons).toEqual(['fever-remeasure', 'mask-none']);
    expect(v.voice.lead).toBe('mask-none');
  });

  it('records where the colour came from, never calling an attestation verified', () => {
    expect(decide(input({ scan: signed('dcc') }), rules(), NOW).colour).toEqual({
      colour: 'green',
      source: 'verified',
    });
    expect(decide(input({ scan: opaque, attestedColour: 'green' }), rules(), NOW).colour).toEqual({
      colour: 'green',
      source: 'attested',
    });
    expect(decide(input({ scan: declaration(), person: null }), rules(), NOW).colour?.source).toBe(
      'declared',
    );
    expect(decide(input(), rules(), NOW).colour).toBeNull();
  });

  it('does not call an expired or unverified pass green', () => {
    expect(decide(input({ scan: signed('dcc', { validity: 'expired' }) }), rules(), NOW).colour).toBeNull();
    expect(
      decide(input({ scan: signed('dcc', { signature: 'unknown-key' }) }), rules(), NOW).colour,
    ).toBeNull();
  });

  it('reads no clock: the same input gives the same verdict, and the input is not changed', () => {
    const given = input({ scan: opaque, attestedColour: 'yellow', temperatures: [37.5] });
    const before = structuredClone(given);
    expect(decide(given, rules(), NOW)).toEqual(decide(given, rules(), NOW));
    expect(given).toEqual(before);
  });
});
