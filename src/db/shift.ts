/**
 * The duty shift at this tablet: who is on duty and since when (settings `volunteer` and
 * `shiftStart`). Every check carries the volunteer's name (passages.ts refuses a check without
 * one). A volunteer taking over from another is a handover: written to the audit trail with the
 * outgoing shift's counts in the same transaction as the new shift, so the office sees who
 * handed over to whom, when, and what was open.
 */
import { audit } from './audit.ts';
import { db } from './index.ts';
import type { ShiftSummary } from './passages.ts';
import { setSetting } from './settings.ts';

/** The shift being handed over: who had it, since when, where, and what it did. */
export interface Handover {
  volunteer: string;
  start: number;
  gateId: string;
  deviceId: string;
  summary: ShiftSummary;
}

/** The audit line of a handover: names, place, the outgoing shift's start and its counts. */
function handoverDetail(to: string, from: Handover): string {
  const s = from.summary;
  return (
    `${from.volunteer} → ${to} ${from.gateId} ${from.deviceId} since ${new Date(from.start).toISOString()}: ` +
    `checks ${s.checks} pass ${s.pass} review ${s.review} deny ${s.deny} open-flags ${s.openFlags} fevers ${s.fevers.length}`
  );
}

/**
 * Starts a shift for `name` at `now`; `from` is the shift it takes over (null for the first
 * volunteer on a tablet nobody is signed in on), audited under the incoming volunteer.
 */
export async function startShift(name: string, now: number, from: Handover | null): Promise<void> {
  const volunteer = name.trim();
  if (volunteer === '') throw new Error('a shift needs the volunteer’s name');
  const d = db();
  await d.transaction('rw', d.settings, d.audit, async () => {
    await setSetting('volunteer', volunteer);
    await setSetting('shiftStart', now);
    if (from) await audit('handover', volunteer, handoverDetail(volunteer, from), now);
  });
}
