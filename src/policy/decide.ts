/**
 * The gate verdict: (scan, checks, person, direction, rules, now) -> pass / review / deny with
 * reasons, flags and words. Pure: no clock, no storage, no DOM. Deny beats review beats pass.
 *
 * Choices made where the product is silent (each is a rule a manager may ask to change):
 * - Checks not done yet (no temperature reading, no mask answer, no colour tapped for an opaque
 *   code) give `incomplete` (review, no flag): a check that was not done is never a pass.
 *   A colour is required only for an opaque code: a verified health pass stands for green, and
 *   estate cards and registry look-ups (elderly residents without a phone) carry no health code.
 * - Temperature: two readings at/above the threshold = `fever` (deny, flag), even if a third is
 *   normal (the volunteer resolves the flag as "re-measured normal"); exactly one high reading
 *   that is the latest = `fever-remeasure` (review, no flag yet); high then normal = normal.
 *   Readings outside 34.0-42.5 °C are typing slips and are ignored.
 * - Colour: every reading counts (verified pass, volunteer's attestation, declaration) and the
 *   worst wins, so a red seen by the volunteer is never hidden by a green elsewhere. The record
 *   names the source; an attestation is never called verified.
 * - Passes: a broken signature, a revoked pass, a garbled signed code, or an estate pass under
 *   a key this estate does not hold = `pass-invalid` (deny). A health pass from an issuer outside
 *   the trust bundle = `pass-unverified` (review) until the volunteer taps the colour they see,
 *   which then decides as for an opaque code; so does a fault in this app while reading
 *   (`internal`), which is not the holder's doing. An expired genuine pass = `pass-expired` (review:
 *   the holder renews; flagged). A pass not valid yet = `pass-not-yet-valid` (review: often a
 *   tablet clock). A declaration that cannot be read = `declaration-invalid` (review, register again).
 *   Vaccination and recovery facts are not used: the product asks for none.
 * - Tests: a declared last test time is taken as a nucleic-acid test (the form asks for 核酸).
 *   A positive test within its window = `test-positive` (deny, flag) even when no test is required.
 *   The requirement applies coming in only; a person of unknown kind must show one.
 * - Registered: a resident or staff member in the registry with no end date, anyone whose
 *   registration runs to now or later, or the holder of a verified current estate pass (another
 *   tablet may have issued it). A scanned declaration alone is not a registration: the volunteer
 *   confirms it first. Unregistered = review by default (send to register), deny if set.
 * - Going out, only what protects others outside applies: fever, mask, code colour, pass
 *   validity, positive test and quarantine. Registration, test requirement and itinerary are entry checks.
 * - Itinerary: risk-area hits are matched by the caller (`matchItinerary`); high = deny and
 *   medium = review by default, one `risk-itinerary` reason for all hits.
 * - Red is never treated more lightly than yellow, whatever the settings say.
 */
import { colourFinding, colourReadings, type Finding, passFindings, worstColour } from './pass-checks.ts';
import {
  isRegistered,
  itineraryFindings,
  maskFindings,
  personKind,
  quarantineFindings,
  temperatureFindings,
  temperatureState,
  testFindings,
} from './person-checks.ts';
import { FLAG_REASONS, REASON_ORDER } from './reasons.ts';
import type { CheckInput, MissingCheck, PolicyRules, ReasonCode, Verdict, VerdictKind } from './types.ts';

const RANK: Record<VerdictKind, number> = { pass: 0, review: 1, deny: 2 };

/** Decides one person's passage from the checks so far, under `rules`, at `now` (epoch ms). */
export function decide(input: CheckInput, rules: PolicyRules, now: number): Verdict {
  const { scan, direction, person } = input;
  const findings: Finding[] = [];
  const missing: MissingCheck[] = [];

  const temperature = temperatureState(input.temperatures, rules.feverThresholdC);
  if (temperature === 'missing') missing.push('temperature');
  findings.push(...temperatureFindings(temperature));

  if (input.mask === null) missing.push('mask');
  findings.push(...maskFindings(input.mask, rules));

  const colour = worstColour(colourReadings(scan, input.attestedColour, now));
  if (scan?.format === 'opaque' && input.attestedColour === null) missing.push('colour');
  const colourReason = colourFinding(colour?.colour ?? null, rules);
  if (colourReason) findings.push(colourReason);

  const passes = passFindings(scan, now);
  // An unverifiable health pass is read like an opaque code: once the volunteer taps the colour, it decides.
  const attested = input.attestedColour !== null;
  findings.push(...passes.filter((f) => !(attested && f.reason === 'pass-unverified')));
  const kind = personKind(scan, person);
  const tests = testFindings(scan, kind, rules, now);
  // A positive result always counts; the requirement itself is an entry check.
  findings.push(...(direction === 'in' ? tests : tests.filter((f) => f.reason === 'test-positive')));

  if (direction === 'out') {
    findings.push(...quarantineFindings(person, rules));
  } else {
    findings.push(...itineraryFindings(input.itineraryRisk, rules));
    if (!isRegistered(scan, person, now))
      findings.push({ reason: 'unregistered', severity: rules.unregistered });
  }
  if (missing.length > 0) findings.push({ reason: 'incomplete', severity: 'review' });

  return assemble(findings, missing, colour, temperature === 'normal', rules);
}

function assemble(
  findings: readonly Finding[],
  missing: MissingCheck[],
  colour: Verdict['colour'],
  temperatureOk: boolean,
  rules: PolicyRules,
): Verdict {
  const severity = new Map<ReasonCode, VerdictKind>();
  for (const f of findings) {
    const before = severity.get(f.reason);
    if (before === undefined || RANK[f.severity] > RANK[before]) severity.set(f.reason, f.severity);
  }
  const reasons = REASON_ORDER.filter((r) => severity.has(r));
  let verdict: VerdictKind = 'pass';
  for (const s of severity.values()) if (RANK[s] > RANK[verdict]) verdict = s;
  // The voice leads with the gravest reason that set the verdict, not merely the first listed.
  const lead = reasons.find((r) => severity.get(r) === verdict) ?? null;
  return {
    verdict,
    reasons,
    flags: reasons.filter((r) => FLAG_REASONS.has(r)),
    voice: { lead, temperatureOk },
    colour,
    missing,
    policyVersion: rules.version,
  };
}
