/** Checks about the person: temperature, mask, test, registration, quarantine, itinerary. */
import type { PersonKind, ScanResult } from '../codes/types.ts';
import { type Finding, isVerified, validityNow } from './pass-checks.ts';
import {
  type KnownPerson,
  type MaskCheck,
  type PolicyRules,
  type RiskHit,
  type Severity,
  TEMPERATURE_MAX_C,
  TEMPERATURE_MIN_C,
} from './types.ts';

export type TemperatureState = 'missing' | 'normal' | 'remeasure' | 'fever';

const HOUR_MS = 3_600_000;
/** Tablet and phone clocks disagree a little; a sample time up to this far ahead still counts. */
const TEST_CLOCK_SKEW_MS = HOUR_MS;

/**
 * A fever is two readings at or above the threshold; one high reading that is the latest asks
 * for the re-measure; one high reading followed by a normal one is normal. Readings outside the
 * accepted range are typing slips the entry screen refuses, so they do not count here either.
 */
export function temperatureState(readings: readonly number[], thresholdC: number): TemperatureState {
  const valid = readings.filter(
    (c) => Number.isFinite(c) && c >= TEMPERATURE_MIN_C && c <= TEMPERATURE_MAX_C,
  );
  const last = valid.at(-1);
  if (last === undefined) return 'missing';
  const high = valid.filter((c) => c >= thresholdC).length;
  if (high >= 2) return 'fever';
  if (high === 1 && last >= thresholdC) return 'remeasure';
  return 'normal';
}

/** Findings for the temperature state. */
export function temperatureFindings(state: TemperatureState): Finding[] {
  if (state === 'fever') return [{ reason: 'fever', severity: 'deny' }];
  if (state === 'remeasure') return [{ reason: 'fever-remeasure', severity: 'review' }];
  return [];
}

/** Findings for the mask check. */
export function maskFindings(mask: MaskCheck | null, rules: PolicyRules): Finding[] {
  if (mask === 'none') return [{ reason: 'mask-none', severity: rules.mask.none }];
  if (mask === 'improper') return [{ reason: 'mask-improper', severity: rules.mask.improper }];
  return [];
}

/** The kind of person: the registry's word first, then what the pass or declaration says. */
export function personKind(scan: ScanResult | null, person: KnownPerson | null): PersonKind | null {
  if (person !== null) return person.kind;
  if (scan === null || !scan.decoded) return null;
  if (isVerified(scan) && scan.details.facts.estatePass) return scan.details.facts.estatePass.kind;
  return scan.details.facts.declaration?.kind ?? null;
}

/**
 * A test from a verified pass counts with its own kind's window; a declared last test time has
 * no kind and is taken as a nucleic-acid test (核酸, what the registration form asks about).
 * A positive result within its window denies whatever the requirement says. A sample time more
 * than an hour ahead of now does not count at all (as if no test were shown).
 */
export function testFindings(
  scan: ScanResult | null,
  kind: PersonKind | null,
  rules: PolicyRules,
  now: number,
): Finding[] {
  const { windowH } = rules.test;
  const tests: { at: number; windowH: number; negative: boolean }[] = [];
  const passTest = scan !== null && isVerified(scan) ? scan.details.facts.test : undefined;
  if (passTest)
    tests.push({ at: passTest.sampledAt, windowH: windowH[passTest.kind], negative: passTest.negative });
  const declared = scan?.decoded ? scan.details.facts.declaration?.lastTestAt : null;
  if (typeof declared === 'number') tests.push({ at: declared, windowH: windowH.naat, negative: true });

  // A test "taken" later than now is a typing slip or a wrong clock, never a current result.
  const placed = tests.filter((t) => t.at <= now + TEST_CLOCK_SKEW_MS);
  const recent = placed.filter((t) => now - t.at <= t.windowH * HOUR_MS);
  if (recent.some((t) => !t.negative)) return [{ reason: 'test-positive', severity: 'deny' }];
  if (rules.test.requirement === 'none') return [];
  if (kind !== null && !rules.test.kinds.includes(kind)) return [];
  if (placed.length === 0) return [{ reason: 'test-missing', severity: rules.test.onFail }];
  if (recent.length === 0) return [{ reason: 'test-expired', severity: rules.test.onFail }];
  return [];
}

/**
 * Registered: a resident or staff member in the registry with no end date, anyone whose
 * registration runs at least to now, or the holder of a verified current estate pass (which
 * another gate tablet of the estate may have issued before this one's registry knew them).
 */
export function isRegistered(scan: ScanResult | null, person: KnownPerson | null, now: number): boolean {
  if (person !== null) {
    if (person.registeredUntil === null && (person.kind === 'resident' || person.kind === 'staff'))
      return true;
    if (person.registeredUntil !== null && person.registeredUntil >= now) return true;
  }
  return (
    scan !== null && scan.format === 'estate-pass' && isVerified(scan) && validityNow(scan, now) === 'valid'
  );
}

/** A person under a blocking status going out. */
export function quarantineFindings(person: KnownPerson | null, rules: PolicyRules): Finding[] {
  if (person === null || !rules.quarantineBlocksExit.includes(person.status)) return [];
  return [{ reason: 'quarantine-exit', severity: 'deny' }];
}

/**
 * One finding for all itinerary hits, as grave as the gravest area's level; an area that is only
 * part of the declared place (a community, a zone placed at its city) is a hit to review.
 */
export function itineraryFindings(hits: readonly RiskHit[], rules: PolicyRules): Finding[] {
  if (hits.length === 0) return [];
  const severity: Severity = hits.some(
    (h) => h.area.within === undefined && rules.riskItinerary[h.area.level] === 'deny',
  )
    ? 'deny'
    : 'review';
  return [{ reason: 'risk-itinerary', severity }];
}
