import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../codes/types.ts';
import { decide } from './decide.ts';
import { REASON_ORDER } from './reasons.ts';
import { COURIER, DAY_MS, HOUR_MS, NOW, scan } from './test-fixtures.ts';
import {
  type CheckInput,
  DEFAULT_RULES,
  type PersonStatus,
  type PolicyRules,
  type RiskHit,
  TEMPERATURE_MAX_C,
  type VerdictKind,
} from './types.ts';

const RANK: Record<VerdictKind, number> = { pass: 0, review: 1, deny: 2 };
const KINDS = ['resident', 'courier', 'visitor', 'returnee', 'staff'] as const;
const STATUSES = ['normal', 'home-quarantine', 'home-monitoring', 'central-quarantine'] as const;
const severity = fc.constantFrom('review' as const, 'deny' as const);
const time = fc.integer({ min: NOW - 30 * DAY_MS, max: NOW + 30 * DAY_MS });

const scanArb: fc.Arbitrary<ScanResult | null> = fc.option(
  fc
    .record({
      format: fc.constantFrom('dcc', 'shc', 'nzcp', 'estate-pass', 'declaration', 'opaque' as const),
      decoded: fc.boolean(),
      signature: fc.constantFrom('valid', 'invalid', 'unknown-key', 'unsigned', 'not-checked' as const),
      validity: fc.constantFrom('valid', 'expired', 'not-yet-valid', 'unknown' as const),
      errors: fc.subarray(['signature', 'revoked', 'unknown-key', 'expired', 'cbor'] as const),
      expiresAt: fc.option(time),
      kind: fc.constantFrom(...KINDS),
      test: fc.option(
        fc.record({
          sampledAt: time,
          kind: fc.constantFrom('rat', 'naat', 'other' as const),
          negative: fc.boolean(),
        }),
      ),
      reportedColour: fc.constantFrom(null, 'green', 'yellow', 'red' as const),
      lastTestAt: fc.option(time),
    })
    .map((r) =>
      scan(r.format, {
        decoded: r.decoded,
        signature: r.signature,
        validity: r.validity,
        errors: [...r.errors],
        expiresAt: r.expiresAt,
        facts: {
          ...(r.test ? { test: r.test } : {}),
          ...(r.format === 'declaration'
            ? {
                declaration: {
                  ...COURIER,
                  kind: r.kind,
                  reportedColour: r.reportedColour,
                  lastTestAt: r.lastTestAt,
                },
              }
            : {}),
          ...(r.format === 'estate-pass'
            ? {
                estatePass: {
                  passId: 'p',
                  personId: 'x',
                  estateId: 'e',
                  kind: r.kind,
                  displayName: '张*',
                  building: null,
                  unit: null,
                  room: null,
                  validFrom: NOW - DAY_MS,
                  validUntil: NOW + DAY_MS,
                },
              }
            : {}),
        },
      }),
    ),
);

const hitArb: fc.Arbitrary<RiskHit> = fc.constantFrom('high', 'medium' as const).map((level) => ({
  stop: { region: '440305', date: '2026-11-20' },
  area: { region: '440300', level, from: '2026-11-01', to: '2026-11-30' },
}));

const inputArb: fc.Arbitrary<CheckInput> = fc.record({
  scan: scanArb,
  attestedColour: fc.constantFrom(null, 'green', 'yellow', 'red' as const),
  temperatures: fc.array(
    fc.integer({ min: 330, max: 440 }).map((t) => t / 10),
    { maxLength: 4 },
  ),
  mask: fc.constantFrom(null, 'ok', 'improper', 'none' as const),
  direction: fc.constantFrom('in', 'out' as const),
  person: fc.option(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      status: fc.constantFrom(...STATUSES),
      registeredUntil: fc.option(time),
    }),
  ),
  itineraryRisk: fc.array(hitArb, { maxLength: 2 }),
});

const rulesArb: fc.Arbitrary<PolicyRules> = fc.record({
  version: fc.integer({ min: 1, max: 99 }),
  feverThresholdC: fc.integer({ min: 370, max: 380 }).map((t) => t / 10),
  test: fc.record({
    requirement: fc.constantFrom('none', 'required' as const),
    kinds: fc.subarray([...KINDS]),
    windowH: fc.record({
      rat: fc.integer({ min: 1, max: 96 }),
      naat: fc.integer({ min: 1, max: 96 }),
      other: fc.integer({ min: 1, max: 96 }),
    }),
    onFail: severity,
  }),
  colours: fc.record({
    green: fc.constant('pass' as const),
    yellow: fc.constantFrom('pass', 'review', 'deny' as const),
    red: severity,
  }),
  mask: fc.record({ none: severity, improper: fc.constant('review' as const) }),
  quarantineBlocksExit: fc.subarray<PersonStatus>([
    'home-quarantine',
    'home-monitoring',
    'central-quarantine',
  ]),
  unregistered: severity,
  riskItinerary: fc.record({ high: severity, medium: severity }),
  autoResetS: fc.integer({ min: 1, max: 60 }),
  voice: fc.boolean(),
});

/** Ways to add one failed check to an input. */
const worsenings: ((i: CheckInput, r: PolicyRules) => CheckInput)[] = [
  (i, r) => ({
    ...i,
    temperatures: [...i.temperatures, Math.min(r.feverThresholdC + 0.5, TEMPERATURE_MAX_C)],
  }),
  (i) => ({ ...i, mask: 'none' }),
  (i) => ({ ...i, mask: i.mask === 'ok' ? 'improper' : i.mask }),
  (i) => ({ ...i, attestedColour: 'red' }),
  (i) => ({ ...i, attestedColour: i.attestedColour === 'green' ? 'yellow' : i.attestedColour }),
  (i) => ({
    ...i,
    itineraryRisk: [...i.itineraryRisk, { ...hitArbSample, area: { ...hitArbSample.area, level: 'high' } }],
  }),
  (i, r) => {
    const status = r.quarantineBlocksExit[0];
    return i.person && status ? { ...i, person: { ...i.person, status } } : i;
  },
  (i) => (i.scan && i.scan.format !== 'opaque' ? { ...i, scan: { ...i.scan, signature: 'invalid' } } : i),
  (i) => (i.scan ? { ...i, scan: { ...i.scan, validity: 'expired' } } : i),
];
const hitArbSample: RiskHit = fc.sample(hitArb, 1)[0] as RiskHit;

describe('decide: invariants', () => {
  it('a fever is never a pass', () => {
    fc.assert(
      fc.property(inputArb, rulesArb, (given, rules) => {
        const high = Math.min(rules.feverThresholdC + 0.2, TEMPERATURE_MAX_C);
        const v = decide({ ...given, temperatures: [...given.temperatures, high, high] }, rules, NOW);
        expect(v.verdict).toBe('deny');
        expect(v.flags).toContain('fever');
      }),
    );
  });

  it('a quarantined resident going out is never a pass', () => {
    fc.assert(
      fc.property(inputArb, rulesArb, fc.constantFrom(...STATUSES), (given, rules, status) => {
        fc.pre(rules.quarantineBlocksExit.includes(status));
        const person = { kind: 'resident' as const, status, registeredUntil: null };
        const v = decide({ ...given, person, direction: 'out' }, rules, NOW);
        expect(v.verdict).toBe('deny');
        expect(v.reasons).toContain('quarantine-exit');
      }),
    );
  });

  it('adding a failed check never improves the verdict', () => {
    fc.assert(
      fc.property(inputArb, rulesArb, fc.nat(worsenings.length - 1), (given, rules, which) => {
        const worse = (worsenings[which] as (typeof worsenings)[number])(given, rules);
        expect(RANK[decide(worse, rules, NOW).verdict]).toBeGreaterThanOrEqual(
          RANK[decide(given, rules, NOW).verdict],
        );
      }),
      { numRuns: 500 },
    );
  });

  it('is well-formed: pass exactly when there is no reason, reasons ordered and unique, flags among them', () => {
    fc.assert(
      fc.property(
        inputArb,
        rulesArb,
        fc.integer({ min: NOW - DAY_MS, max: NOW + DAY_MS }),
        (given, rules, now) => {
          const v = decide(given, rules, now);
          expect(v.verdict === 'pass').toBe(v.reasons.length === 0);
          const positions = v.reasons.map((r) => REASON_ORDER.indexOf(r));
          expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
          expect(v.flags.every((f) => v.reasons.includes(f))).toBe(true);
          if (v.voice.lead !== null) expect(v.reasons).toContain(v.voice.lead);
          expect(v.policyVersion).toBe(rules.version);
        },
      ),
    );
  });

  it('the default rules never pass a check that was not done', () => {
    fc.assert(
      fc.property(inputArb, (given) => {
        const v = decide({ ...given, temperatures: [], mask: null }, DEFAULT_RULES, NOW + HOUR_MS);
        expect(v.verdict).not.toBe('pass');
        expect(v.missing).toEqual(expect.arrayContaining(['temperature', 'mask']));
      }),
    );
  });
});
