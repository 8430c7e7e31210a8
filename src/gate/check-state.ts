/**
 * One person's check at the gate, from scan to recorded verdict. The verdict is derived from
 * the checks by the pure policy module; the check is recorded (passage + flags in one
 * transaction) as soon as nothing is missing, and "recorded" shows only after the commit.
 */
import { computed, signal } from '@preact/signals';
import type { HealthCodeColour, ScanResult } from '../codes/types.ts';
import type { Passage, PersonLabel } from '../db/index.ts';
import { fillRowsWhenQuiet } from '../db/log/fill-rows.ts';
import { recordCheck, undoCheck } from '../db/passages.ts';
import { decide } from '../policy/decide.ts';
import { matchItinerary } from '../policy/itinerary.ts';
import type { CheckInput, KnownPerson, MaskCheck, Verdict } from '../policy/types.ts';
import { riskList } from '../shared/risk-state.ts';
import { gateContext, refreshRecent } from './gate-state.ts';
import { holdUntilOnDuty, rules, volunteer } from './shift-state.ts';

/** A check in progress. */
export interface CurrentCheck {
  scan: ScanResult | null;
  person: KnownPerson | null;
  personId: string | null;
  attestedColour: HealthCodeColour | null;
  temperatures: number[];
  mask: MaskCheck | null;
  /** A declaration whose person is not (or no longer) registered: awaits the real-name check. */
  pendingRegistration: boolean;
  /** Masked name and home or company: shown on the verdict, stored with the passage. */
  who: PersonLabel | null;
  /** This check reopened after the volunteer undid its first recording. */
  undone?: boolean;
}

export type CheckPhase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'saving' }
  | { kind: 'recorded'; passage: Passage; verdict: Verdict; at: number }
  | { kind: 'failed'; message: string };

export const current = signal<CurrentCheck | null>(null);
export const phase = signal<CheckPhase>({ kind: 'idle' });

/** A check about to open: what a scan (or a look-up by hand) found. */
export interface Opening {
  scan: ScanResult | null;
  person: KnownPerson | null;
  personId: string | null;
  pendingRegistration: boolean;
  who: PersonLabel | null;
}

/**
 * People whose code arrived while a check was in progress, in the order they came: a second
 * code never replaces the check in front of the volunteer. Each opens when the one before is done.
 */
export const waiting = signal<Opening[]>([]);
/** The volunteer has seen who waits and chose to finish the current check first. */
export const waitingSeen = signal(false);

function toInput(c: CurrentCheck, direction: 'in' | 'out', now: number): CheckInput {
  const stops = c.scan?.details.facts.declaration?.itinerary ?? [];
  const areas = riskList.value?.areas ?? [];
  return {
    scan: c.scan,
    attestedColour: c.attestedColour,
    temperatures: c.temperatures,
    mask: c.mask,
    person: c.person,
    direction,
    itineraryRisk: stops.length > 0 && areas.length > 0 ? matchItinerary(stops, areas, now) : [],
  };
}

/** The verdict the checks so far would get (live, before recording). */
export const liveVerdict = computed<Verdict | null>(() => {
  const c = current.value;
  const ctx = gateContext.value;
  const now = Date.now();
  return c && ctx ? decide(toInput(c, ctx.direction, now), rules.value, now) : null;
});

/** Starts a new check for a scanned code, or for a person found by hand (`scan` null). */
export function startCheck(
  scan: ScanResult | null,
  person: KnownPerson | null,
  personId: string | null,
  pendingRegistration = false,
  who: PersonLabel | null = null,
): void {
  // Nobody on duty: the scan waits for a name instead of opening a check that cannot be recorded.
  if (!volunteer.value) {
    holdUntilOnDuty(() => startCheck(scan, person, personId, pendingRegistration, who));
    return;
  }
  current.value = {
    scan,
    person,
    personId,
    who,
    attestedColour: null,
    temperatures: [],
    mask: null,
    pendingRegistration,
  };
  phase.value = { kind: 'checking' };
}

/** True when two openings (or a check and an opening) are the same code or the same person. */
function samePerson(a: Opening, b: Opening): boolean {
  if (a.personId !== null && a.personId === b.personId) return true;
  const ad = a.scan?.details;
  const bd = b.scan?.details;
  if (!ad || !bd) return false;
  return (ad.contentHash !== null && ad.contentHash === bd.contentHash) || ad.textHash === bd.textHash;
}

/**
 * Opens the check for a scanned code, or, while another check is in progress, queues it to open
 * next (the volunteer sees "下一位已扫码"). The same code or person again is not a next person.
 */
export function offerCheck(o: Opening): void {
  const c = current.value;
  const busy = c !== null && ['checking', 'saving', 'failed'].includes(phase.value.kind);
  if (!busy) {
    startCheck(o.scan, o.person, o.personId, o.pendingRegistration, o.who);
    return;
  }
  if (samePerson(c, o) || waiting.value.some((w) => samePerson(w, o))) return;
  waiting.value = [...waiting.value, o];
  waitingSeen.value = false;
}

/** Records the check in progress as it stands (incomplete: review) and opens the next person's. */
export async function recordAndNext(): Promise<void> {
  await recordCurrent();
  if (phase.value.kind === 'recorded') resetCheck();
}

/** Updates the check in progress; records it once nothing is missing and no re-measure is due. */
export function updateCheck(patch: Partial<CurrentCheck>): void {
  const c = current.value;
  if (!c || phase.value.kind !== 'checking') return;
  current.value = { ...c, ...patch };
  const v = liveVerdict.value;
  const due = v && v.missing.length === 0 && !v.reasons.includes('fever-remeasure');
  if (due && !current.value.pendingRegistration) void recordCurrent();
}

/** Adds a temperature reading (a re-measure appends a second). */
export function addTemperature(celsius: number): void {
  const c = current.value;
  if (c) updateCheck({ temperatures: [...c.temperatures, celsius] });
}

/** Writes the current check as it stands; the verdict shows only after the commit. */
export async function recordCurrent(): Promise<void> {
  const c = current.value;
  const ctx = gateContext.value;
  if (!c || !ctx || phase.value.kind !== 'checking' || !volunteer.value) return;
  phase.value = { kind: 'saving' };
  const now = Date.now();
  const verdict = decide(toInput(c, ctx.direction, now), rules.value, now);
  try {
    const { passage } = await recordCheck(
      {
        at: now,
        gateId: ctx.gateId,
        deviceId: ctx.deviceId,
        direction: ctx.direction,
        // What the issuer signed names the pass; the text differs between re-encodings of one pass.
        codeHash: c.scan?.details.contentHash ?? c.scan?.details.textHash ?? null,
        codeFormat: c.scan?.format ?? null,
        verdict: verdict.verdict,
        reasons: verdict.reasons,
        personId: c.personId,
        who: c.who,
        verification: c.scan
          ? { signature: c.scan.signature, validity: c.scan.validity, errors: c.scan.errors }
          : undefined,
        check: {
          temperaturesC: c.temperatures,
          mask: c.mask,
          colour: verdict.colour?.colour ?? null,
          colourSource: verdict.colour?.source ?? null,
          signature: c.scan?.signature ?? null,
          validity: c.scan?.validity ?? null,
          personKind: c.person?.kind ?? c.scan?.details.facts.estatePass?.kind ?? null,
          volunteer: volunteer.value,
          policyVersion: verdict.policyVersion,
        },
      },
      verdict.flags,
    );
    phase.value = { kind: 'recorded', passage, verdict, at: now };
    // The log's compact row of the passage, once the queue has let up (see src/db/log/rows.ts).
    fillRowsWhenQuiet();
    await refreshRecent();
  } catch (e) {
    // One transaction: nothing was written. The check stays on screen to try again.
    phase.value = { kind: 'failed', message: e instanceof Error ? e.name : String(e) };
  }
}

/** Why the last undo was refused (shown on the verdict), or null. */
export const undoError = signal<string | null>(null);

/**
 * Undoes the check just recorded (a mis-tap): the record is withdrawn by an audited correction
 * (db/passages.ts undoCheck) and the same person's check reopens with its taps cleared. A
 * refused undo (too late) leaves the verdict as it was, with the reason.
 */
export async function undoRecorded(): Promise<void> {
  const p = phase.value;
  const c = current.value;
  if (p.kind !== 'recorded' || !c) return;
  try {
    await undoCheck(p.passage.id, volunteer.value, Date.now());
  } catch (e) {
    undoError.value = e instanceof Error ? e.message : String(e);
    return;
  }
  undoError.value = null;
  current.value = { ...c, attestedColour: null, temperatures: [], mask: null, undone: true };
  phase.value = { kind: 'checking' };
  await refreshRecent();
}

/** Back to a check that failed to save, to try again. */
export function retryRecord(): void {
  if (phase.value.kind === 'failed') {
    phase.value = { kind: 'checking' };
    void recordCurrent();
  }
}

/** Clears the screen for the next person: the next waiting one's check opens, if any. */
export function resetCheck(): void {
  undoError.value = null;
  const [next, ...rest] = waiting.value;
  waiting.value = rest;
  waitingSeen.value = false;
  if (next) {
    startCheck(next.scan, next.person, next.personId, next.pendingRegistration, next.who);
    return;
  }
  current.value = null;
  phase.value = { kind: 'idle' };
}
