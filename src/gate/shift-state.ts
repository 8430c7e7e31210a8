/**
 * The shift at this gate: the volunteer on duty (since when, and the shift's counts) and the
 * policy rules the checks are decided by (versioned: each check records the version it was
 * decided under; only the console changes them, see db/policy.ts). Both live in IndexedDB; the
 * signals hold them for the screen and the check in progress.
 *
 * Nobody on duty, nothing is recorded: a code scanned then is held (the newest one) and its
 * check starts as soon as a volunteer signs in, so the person in front is not asked again.
 */
import { batch, signal } from '@preact/signals';
import { type ShiftSummary, shiftSummary } from '../db/passages.ts';
import { loadPolicy } from '../db/policy.ts';
import { getSetting } from '../db/settings.ts';
import { type Handover, startShift } from '../db/shift.ts';
import { DEFAULT_RULES, type PolicyRules } from '../policy/types.ts';

/** The rules checks are decided by (the defaults until the stored ones are read). */
export const rules = signal<PolicyRules>(DEFAULT_RULES);
/** The volunteer signed in for the shift ('' when nobody is). */
export const volunteer = signal('');
/** When the shift on duty began (epoch ms). */
export const shiftStart = signal(0);
/** The shift's counts so far (null until read). */
export const shiftCounts = signal<ShiftSummary | null>(null);
/** The check a scan asked for while nobody was on duty: it starts at the sign-in. */
export const heldCheck = signal<(() => void) | null>(null);

const EMPTY: ShiftSummary = { checks: 0, pass: 0, review: 0, deny: 0, openFlags: 0, fevers: [] };

/** Counts sign-ins and handovers, so a start-up read that began before one does not undo it. */
let shiftsBegun = 0;

/** Loads the rules and the volunteer on duty. */
export async function loadGateSettings(): Promise<void> {
  const before = shiftsBegun;
  const [policy, onDuty, start] = await Promise.all([
    loadPolicy(),
    getSetting('volunteer'),
    getSetting('shiftStart'),
  ]);
  rules.value = policy;
  // The sign-in form shows before storage answers: a volunteer who signed in meanwhile stays.
  if (shiftsBegun !== before) return;
  shiftStart.value = start ?? 0;
  volunteer.value = onDuty ?? '';
  // A code read while the name was still being read from storage: its check starts now.
  if (volunteer.value) releaseHeld();
}

/** Re-reads the counts of the shift on duty at `gateId`. */
export async function refreshShiftCounts(gateId: string): Promise<void> {
  const from = shiftStart.value;
  if (!volunteer.value) return;
  const summary = await shiftSummary(gateId, from, Date.now() + 1);
  // A read begun before a handover must not put the outgoing shift's counts back.
  if (shiftStart.value === from) shiftCounts.value = summary;
}

/** Keeps a check for when a volunteer is on duty (a newer scan replaces an older one). */
export function holdUntilOnDuty(start: () => void): void {
  heldCheck.value = start;
}

function releaseHeld(): void {
  const held = heldCheck.value;
  heldCheck.value = null;
  held?.();
}

/** The shift is on from `now`: the bar's counts start at zero at once, a held check starts. */
function onDuty(name: string, now: number): void {
  shiftsBegun++;
  batch(() => {
    volunteer.value = name.trim();
    shiftStart.value = now;
    shiftCounts.value = EMPTY;
  });
  releaseHeld();
}

/** Signs the first volunteer in (nobody was on duty); a scan held meanwhile goes on to its check. */
export async function signIn(name: string): Promise<void> {
  const now = Date.now();
  await startShift(name, now, null);
  onDuty(name, now);
}

/** The incoming volunteer accepts the handover of `from`: their shift starts now, audited. */
export async function takeOver(name: string, from: Omit<Handover, 'summary'>): Promise<void> {
  const now = Date.now();
  // The outgoing shift as it stands at the handover, not as the view first showed it.
  const summary = await shiftSummary(from.gateId, from.start, now + 1);
  await startShift(name, now, { ...from, summary });
  onDuty(name, now);
}
