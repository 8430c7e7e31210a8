import { describe, expect, it } from 'vitest';
import { decide } from './decide.ts';
import { REASON_ORDER } from './reasons.ts';
import {
  DAY_MS,
  declaration,
  estatePass,
  HOUR_MS,
  input,
  NOW,
  RESIDENT,
  rules,
  scan,
  signed,
  testPass,
  testRules,
} from './test-fixtures.ts';
import type { CheckInput, PolicyRules, ReasonCode, RiskHit, VerdictKind } from './types.ts';

const hit = (level: 'high' | 'medium'): RiskHit => ({
  stop: { region: '440305', date: '2026-11-20' },
  area: { region: '440300', level, from: '2026-11-01', to: '2026-11-30' },
});
const opaque = scan('opaque');
const quarantined = (status: 'home-quarantine' | 'home-monitoring' | 'central-quarantine') => ({
  ...RESIDENT,
  status,
});
const courier = (registeredUntil: number | null) => ({
  kind: 'courier' as const,
  status: 'normal' as const,
  registeredUntil,
});

type Row = [name: string, input: CheckInput, rules: PolicyRules, verdict: VerdictKind, reasons: ReasonCode[]];
const D = rules();

const TABLE: Row[] = [
  // Compliant people
  ['resident with estate card, in', input(), D, 'pass', []],
  ['resident with estate card, out', input({ direction: 'out' }), D, 'pass', []],
  ['resident found by room, no scan', input({ scan: null }), D, 'pass', []],
  ['verified health pass, resident', input({ scan: signed('dcc') }), D, 'pass', []],
  ['opaque code attested green', input({ scan: opaque, attestedColour: 'green' }), D, 'pass', []],
  [
    'registered courier with declaration',
    input({ scan: declaration(), person: courier(NOW + DAY_MS) }),
    D,
    'pass',
    [],
  ],
  ['staff with no end date', input({ scan: null, person: { ...RESIDENT, kind: 'staff' } }), D, 'pass', []],
  // Temperature
  ['one high reading asks a re-measure', input({ temperatures: [37.5] }), D, 'review', ['fever-remeasure']],
  ['re-measured normal', input({ temperatures: [37.5, 36.8] }), D, 'pass', []],
  ['two high readings are a fever', input({ temperatures: [37.5, 37.6] }), D, 'deny', ['fever']],
  ['exactly the threshold twice is a fever', input({ temperatures: [37.3, 37.3] }), D, 'deny', ['fever']],
  ['just below the threshold', input({ temperatures: [37.2] }), D, 'pass', []],
  [
    'a fever stays a fever after a normal third',
    input({ temperatures: [37.5, 37.8, 36.9] }),
    D,
    'deny',
    ['fever'],
  ],
  [
    'normal then high asks a re-measure',
    input({ temperatures: [36.5, 37.6] }),
    D,
    'review',
    ['fever-remeasure'],
  ],
  [
    'a lower threshold',
    input({ temperatures: [37.1, 37.2] }),
    rules({ feverThresholdC: 37.0 }),
    'deny',
    ['fever'],
  ],
  ['a slip outside the range is no reading', input({ temperatures: [3.65] }), D, 'review', ['incomplete']],
  ['no temperature yet', input({ temperatures: [] }), D, 'review', ['incomplete']],
  // Mask
  ['no mask', input({ mask: 'none' }), D, 'deny', ['mask-none']],
  [
    'no mask under a review rule',
    input({ mask: 'none' }),
    rules({ mask: { none: 'review', improper: 'review' } }),
    'review',
    ['mask-none'],
  ],
  ['mask worn improperly', input({ mask: 'improper' }), D, 'review', ['mask-improper']],
  ['no mask answer yet', input({ mask: null }), D, 'review', ['incomplete']],
  // Health-code colour
  ['opaque code, no colour tapped yet', input({ scan: opaque }), D, 'review', ['incomplete']],
  ['attested yellow', input({ scan: opaque, attestedColour: 'yellow' }), D, 'review', ['code-yellow']],
  ['attested red', input({ scan: opaque, attestedColour: 'red' }), D, 'deny', ['code-red']],
  [
    'yellow set to pass',
    input({ scan: opaque, attestedColour: 'yellow' }),
    rules({ colours: { green: 'pass', yellow: 'pass', red: 'deny' } }),
    'pass',
    [],
  ],
  [
    'yellow set to deny',
    input({ scan: opaque, attestedColour: 'yellow' }),
    rules({ colours: { green: 'pass', yellow: 'deny', red: 'deny' } }),
    'deny',
    ['code-yellow'],
  ],
  [
    'red set to review',
    input({ scan: opaque, attestedColour: 'red' }),
    rules({ colours: { green: 'pass', yellow: 'review', red: 'review' } }),
    'review',
    ['code-red'],
  ],
  [
    'red is never lighter than yellow',
    input({ scan: opaque, attestedColour: 'red' }),
    rules({ colours: { green: 'pass', yellow: 'deny', red: 'review' } }),
    'deny',
    ['code-red'],
  ],
  [
    'attested red beats a verified pass',
    input({ scan: signed('dcc'), attestedColour: 'red' }),
    D,
    'deny',
    ['code-red'],
  ],
  [
    'declared red (self-declared)',
    input({ scan: declaration({ reportedColour: 'red' }), person: courier(NOW + DAY_MS) }),
    D,
    'deny',
    ['code-red'],
  ],
  [
    'declared yellow, attested green',
    input({
      scan: declaration({ reportedColour: 'yellow' }),
      attestedColour: 'green',
      person: courier(NOW + DAY_MS),
    }),
    D,
    'review',
    ['code-yellow'],
  ],
  // Passes
  [
    'broken signature',
    input({ scan: estatePass('resident', { signature: 'invalid', errors: ['signature'] }) }),
    D,
    'deny',
    ['pass-invalid'],
  ],
  [
    'revoked estate card',
    input({ scan: estatePass('resident', { errors: ['revoked'] }) }),
    D,
    'deny',
    ['pass-invalid'],
  ],
  [
    'another estate’s card',
    input({ scan: estatePass('resident', { signature: 'unknown-key', errors: ['unknown-key'] }) }),
    D,
    'deny',
    ['pass-invalid'],
  ],
  ['garbled signed code', input({ scan: scan('dcc', { errors: ['cbor'] }) }), D, 'deny', ['pass-invalid']],
  [
    'health pass from an issuer not in the bundle',
    input({ scan: signed('shc', { signature: 'unknown-key' }) }),
    D,
    'review',
    ['pass-unverified'],
  ],
  [
    'expired estate card, registry knows them',
    input({ scan: estatePass('resident', { validity: 'expired' }) }),
    D,
    'review',
    ['pass-expired'],
  ],
  [
    'estate card ran out since it was read',
    input({ scan: estatePass('resident', { expiresAt: NOW - 1 }) }),
    D,
    'review',
    ['pass-expired'],
  ],
  [
    'expired courier card, not in registry',
    input({ scan: estatePass('courier', { validity: 'expired' }), person: null }),
    D,
    'review',
    ['pass-expired', 'unregistered'],
  ],
  [
    'pass not yet valid',
    input({ scan: signed('nzcp', { validity: 'not-yet-valid' }) }),
    D,
    'review',
    ['pass-not-yet-valid'],
  ],
  [
    'declaration that cannot be read',
    input({ scan: scan('declaration', { signature: 'unsigned', errors: ['version'] }), person: null }),
    D,
    'review',
    ['declaration-invalid', 'unregistered'],
  ],
  [
    'declaration dated in the future',
    input({ scan: { ...declaration(), validity: 'not-yet-valid' }, person: courier(NOW + DAY_MS) }),
    D,
    'review',
    ['declaration-invalid'],
  ],
  // Tests
  ['test required, none shown', input(), testRules(), 'review', ['test-missing']],
  ['test required, failing denies', input(), testRules({ onFail: 'deny' }), 'deny', ['test-missing']],
  ['RAT 47 h ago', input({ scan: testPass('rat', 47) }), testRules(), 'pass', []],
  ['RAT 49 h ago', input({ scan: testPass('rat', 49) }), testRules(), 'review', ['test-expired']],
  ['NAAT 71 h ago', input({ scan: testPass('naat', 71) }), testRules(), 'pass', []],
  ['NAAT 73 h ago', input({ scan: testPass('naat', 73) }), testRules(), 'review', ['test-expired']],
  [
    'NAAT window set to 48 h',
    input({ scan: testPass('naat', 50) }),
    testRules({ windowH: { rat: 48, naat: 48, other: 48 } }),
    'review',
    ['test-expired'],
  ],
  [
    'declared test 60 h ago counts as NAAT',
    input({ scan: declaration({ lastTestAt: NOW - 60 * HOUR_MS }), person: courier(NOW + DAY_MS) }),
    testRules(),
    'pass',
    [],
  ],
  [
    'declared test 80 h ago',
    input({ scan: declaration({ lastTestAt: NOW - 80 * HOUR_MS }), person: courier(NOW + DAY_MS) }),
    testRules(),
    'review',
    ['test-expired'],
  ],
  [
    'declared no test',
    input({ scan: declaration({ lastTestAt: null }), person: courier(NOW + DAY_MS) }),
    testRules(),
    'review',
    ['test-missing'],
  ],
  ['test required of couriers only, resident', input(), testRules({ kinds: ['courier'] }), 'pass', []],
  ['test required, going out', input({ direction: 'out' }), testRules(), 'pass', []],
  [
    'unknown person must show a test',
    input({ scan: null, person: null }),
    testRules({ kinds: ['courier'] }),
    'review',
    ['test-missing', 'unregistered'],
  ],
  [
    'unverified test pass does not count',
    input({
      scan: signed('dcc', {
        signature: 'unknown-key',
        facts: { test: { sampledAt: NOW - HOUR_MS, kind: 'naat', negative: true } },
      }),
    }),
    testRules(),
    'review',
    ['pass-unverified', 'test-missing'],
  ],
  [
    'positive test, none required',
    input({ scan: testPass('naat', 10, false) }),
    D,
    'deny',
    ['test-positive'],
  ],
  [
    'positive test going out',
    input({ scan: testPass('naat', 10, false), direction: 'out' }),
    D,
    'deny',
    ['test-positive'],
  ],
  ['old positive test no longer counts', input({ scan: testPass('naat', 24 * 10, false) }), D, 'pass', []],
  // Quarantine and direction
  [
    'home quarantine going out',
    input({ direction: 'out', person: quarantined('home-quarantine') }),
    D,
    'deny',
    ['quarantine-exit'],
  ],
  [
    'home monitoring going out',
    input({ direction: 'out', person: quarantined('home-monitoring') }),
    D,
    'deny',
    ['quarantine-exit'],
  ],
  [
    'centralised quarantine going out',
    input({ direction: 'out', person: quarantined('central-quarantine') }),
    D,
    'deny',
    ['quarantine-exit'],
  ],
  ['home quarantine coming in', input({ person: quarantined('home-quarantine') }), D, 'pass', []],
  [
    'monitoring not blocking under the rules',
    input({ direction: 'out', person: quarantined('home-monitoring') }),
    rules({ quarantineBlocksExit: ['central-quarantine'] }),
    'pass',
    [],
  ],
  // Registration
  ['nobody known, no scan', input({ scan: null, person: null }), D, 'review', ['unregistered']],
  [
    'unregistered set to deny',
    input({ scan: null, person: null }),
    rules({ unregistered: 'deny' }),
    'deny',
    ['unregistered'],
  ],
  ['unregistered going out', input({ scan: null, person: null, direction: 'out' }), D, 'pass', []],
  [
    'courier registration run out',
    input({ scan: null, person: courier(NOW - 1) }),
    D,
    'review',
    ['unregistered'],
  ],
  ['courier with no end date', input({ scan: null, person: courier(null) }), D, 'review', ['unregistered']],
  [
    'declaration not confirmed yet',
    input({ scan: declaration(), person: null }),
    D,
    'review',
    ['unregistered'],
  ],
  ['estate card from another tablet, registry empty', input({ person: null }), D, 'pass', []],
  // Itinerary
  ['medium-risk itinerary', input({ itineraryRisk: [hit('medium')] }), D, 'review', ['risk-itinerary']],
  [
    'high-risk itinerary',
    input({ itineraryRisk: [hit('medium'), hit('high')] }),
    D,
    'deny',
    ['risk-itinerary'],
  ],
  [
    'high risk set to review',
    input({ itineraryRisk: [hit('high')] }),
    rules({ riskItinerary: { high: 'review', medium: 'review' } }),
    'review',
    ['risk-itinerary'],
  ],
  ['risk itinerary going out', input({ itineraryRisk: [hit('high')], direction: 'out' }), D, 'pass', []],
  // Combinations
  [
    'fever, no mask, red code',
    input({ scan: opaque, attestedColour: 'red', temperatures: [38, 38.2], mask: 'none' }),
    D,
    'deny',
    ['fever', 'code-red', 'mask-none'],
  ],
  [
    'quarantined with fever going out',
    input({ direction: 'out', person: quarantined('home-quarantine'), temperatures: [38, 38] }),
    D,
    'deny',
    ['quarantine-exit', 'fever'],
  ],
  [
    'improper mask and red code',
    input({ scan: opaque, attestedColour: 'red', mask: 'improper' }),
    D,
    'deny',
    ['code-red', 'mask-improper'],
  ],
  [
    're-measure, yellow, improper mask',
    input({ scan: opaque, attestedColour: 'yellow', temperatures: [37.4], mask: 'improper' }),
    D,
    'review',
    ['fever-remeasure', 'code-yellow', 'mask-improper'],
  ],
  [
    'checks missing and a red code',
    input({ scan: opaque, attestedColour: 'red', temperatures: [], mask: null }),
    D,
    'deny',
    ['code-red', 'incomplete'],
  ],
  [
    'returnee: risk area, no test, unconfirmed',
    input({
      scan: declaration({ kind: 'returnee', lastTestAt: null }),
      person: null,
      itineraryRisk: [hit('medium')],
    }),
    testRules(),
    'review',
    ['test-missing', 'risk-itinerary', 'unregistered'],
  ],
  [
    'invalid pass, fever, no mask, high risk',
    input({
      scan: signed('dcc', { signature: 'invalid' }),
      temperatures: [39, 39],
      mask: 'none',
      itineraryRisk: [hit('high')],
    }),
    D,
    'deny',
    ['fever', 'pass-invalid', 'mask-none', 'risk-itinerary'],
  ],
];

describe('decide: table', () => {
  it.each(TABLE)('%s', (_name, given, policy, verdict, reasons) => {
    const result = decide(given, policy, NOW);
    expect({ verdict: result.verdict, reasons: result.reasons }).toEqual({ verdict, reasons });
    expect(result.messages).toHaveLength(reasons.length);
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
    expect(v.messages[2]?.zh).toContain('健康码颜色');
  });

  it('speaks a normal temperature on a pass, and the leading reason otherwise', () => {
    expect(decide(input(), rules(), NOW).voice).toEqual({
      zh: '体温正常，请通行',
      en: 'Temperature normal, please go ahead.',
    });
    const v = decide(input({ mask: 'improper', temperatures: [38, 38] }), rules(), NOW);
    expect(v.voice.zh).toBe('体温异常（复测仍偏高），请止步');
  });

  it('leads the voice with the reason that set the verdict', () => {
    const v = decide(input({ mask: 'none', temperatures: [37.5] }), rules(), NOW);
    expect(v.reasons).toEqual(['fever-remeasure', 'mask-none']);
    expect(v.voice.en).toBe('No mask, please stop here.');
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
