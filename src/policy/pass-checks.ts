/** What the scanned code itself says: is the pass genuine and current, what colour, which test. */
import type { HealthCodeColour, ScanResult } from '../codes/types.ts';
import type { ColourSource, PolicyRules, ReasonCode, Severity } from './types.ts';

export interface Finding {
  reason: ReasonCode;
  severity: Severity;
}

const HEALTH_PASS = new Set(['dcc', 'shc', 'nzcp']);
/** Errors that mean the pass was tampered with or withdrawn, whatever its signature status says. */
const BROKEN = new Set(['signature', 'revoked', 'key-usage']);

/** Whether the scan is a signed format whose signature holds against trusted keys. */
export function isVerified(scan: ScanResult): boolean {
  return scan.decoded && scan.signature === 'valid' && !scan.errors.some((e) => BROKEN.has(e));
}

/** Validity at `now`: a pass that has run out since it was read is expired all the same. */
export function validityNow(scan: ScanResult, now: number): ScanResult['validity'] {
  const { expiresAt } = scan.details;
  if (expiresAt !== null && now > expiresAt) return 'expired';
  return scan.validity;
}

/** Findings about a signed pass (health pass or estate pass) or a declaration. */
export function passFindings(scan: ScanResult | null, now: number): Finding[] {
  if (scan === null || scan.format === 'opaque') return [];
  if (scan.format === 'declaration') {
    // Self-declared: nothing to verify, only whether it could be read and is not from the future.
    const unreadable = !scan.decoded || scan.validity === 'not-yet-valid';
    return unreadable ? [{ reason: 'declaration-invalid', severity: 'review' }] : [];
  }
  // A fault in this app while reading is not the holder's: the volunteer checks by hand.
  if (scan.errors.includes('internal')) return [{ reason: 'pass-unverified', severity: 'review' }];
  if (!scan.decoded || scan.signature === 'invalid' || scan.errors.some((e) => BROKEN.has(e))) {
    return [{ reason: 'pass-invalid', severity: 'deny' }];
  }
  if (!isVerified(scan)) {
    // An estate pass under a key we do not hold is another estate's (or forged): deny, unless
    // this tablet holds no estate key at all (not set up): then the volunteer looks at the card.
    // A health pass from an issuer outside the bundle may be genuine: looked at too.
    if (scan.format === 'estate-pass')
      return scan.errors.includes('no-estate-key')
        ? [{ reason: 'estate-key-missing', severity: 'review' }]
        : [{ reason: 'pass-invalid', severity: 'deny' }];
    return [{ reason: 'pass-unverified', severity: 'review' }];
  }
  const validity = validityNow(scan, now);
  if (validity === 'expired') return [{ reason: 'pass-expired', severity: 'review' }];
  if (validity === 'not-yet-valid') return [{ reason: 'pass-not-yet-valid', severity: 'review' }];
  return [];
}

export interface ColourReading {
  colour: HealthCodeColour;
  source: ColourSource;
}

const COLOUR_RANK: Record<HealthCodeColour, number> = { green: 0, yellow: 1, red: 2 };
const SOURCE_RANK: Record<ColourSource, number> = { verified: 0, attested: 1, declared: 2 };

/**
 * Every colour reading there is. A verified, current health pass stands for green (what the
 * gate accepts in place of a health code); a declaration's colour is what the person typed.
 */
export function colourReadings(
  scan: ScanResult | null,
  attested: HealthCodeColour | null,
  now: number,
): ColourReading[] {
  const readings: ColourReading[] = [];
  if (scan !== null && HEALTH_PASS.has(scan.format) && isVerified(scan)) {
    const test = scan.details.facts.test;
    if (validityNow(scan, now) === 'valid' && (test === undefined || test.negative)) {
      readings.push({ colour: 'green', source: 'verified' });
    }
  }
  if (attested !== null) readings.push({ colour: attested, source: 'attested' });
  const declared = scan?.decoded ? scan.details.facts.declaration?.reportedColour : null;
  if (declared) readings.push({ colour: declared, source: 'declared' });
  return readings;
}

/** The reading that counts: the worst colour (a red never hides behind a green), then the surest source. */
export function worstColour(readings: readonly ColourReading[]): ColourReading | null {
  let worst: ColourReading | null = null;
  for (const r of readings) {
    if (
      worst === null ||
      COLOUR_RANK[r.colour] > COLOUR_RANK[worst.colour] ||
      (r.colour === worst.colour && SOURCE_RANK[r.source] < SOURCE_RANK[worst.source])
    ) {
      worst = r;
    }
  }
  return worst;
}

/** The reason a colour raises under the rules, if any. */
export function colourFinding(colour: HealthCodeColour | null, rules: PolicyRules): Finding | null {
  if (colour === 'red') {
    // Red is never treated more lightly than yellow, whatever the settings say.
    const severity = rules.colours.red === 'deny' || rules.colours.yellow === 'deny' ? 'deny' : 'review';
    return { reason: 'code-red', severity };
  }
  if (colour === 'yellow' && rules.colours.yellow !== 'pass') {
    return { reason: 'code-yellow', severity: rules.colours.yellow };
  }
  return null;
}
