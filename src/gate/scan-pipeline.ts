/**
 * Scans arriving at the gate, from the camera or a hand-held scanner: the same text seen again
 * within a few seconds is the same scan (a code held before the camera is decoded many times a
 * second); a new one is read, matched to the registry and opens a check.
 */
import { navigate } from '../app/router.ts';
import { readCode } from '../codes/read-code.ts';
import type { ScanResult } from '../codes/types.ts';
import { personById } from '../db/people.ts';
import { personLabel } from '../shared/person-label.ts';
import { currentRevokedIds } from '../shared/revoked-ids.ts';
import { trustStore } from '../shared/trust-state.ts';
import { type Opening, offerCheck } from './check-state.ts';
import { declarationPersonId } from './declaration-person.ts';
import { cueRead } from './feedback.ts';
import { gateContext } from './gate-state.ts';

/** Window in which a repeated text counts as the same scan. */
export const SAME_SCAN_WINDOW_MS = 4000;

/** Remembers recent texts so repeats inside the window are ignored. */
export class ScanDeduper {
  private readonly seen = new Map<string, number>();

  /** True when `text` is new (or its last sighting is older than the window). */
  accept(text: string, now: number): boolean {
    for (const [t, at] of this.seen) if (now - at > SAME_SCAN_WINDOW_MS) this.seen.delete(t);
    const last = this.seen.get(text);
    this.seen.set(text, now);
    return last === undefined;
  }
}

const deduper = new ScanDeduper();

type Found = Omit<Opening, 'scan'>;

/** The registry entry an estate pass or a declaration names, in the policy's terms. */
async function personFor(result: ScanResult, now: number): Promise<Found> {
  const pass = result.details.facts.estatePass;
  const declaration = result.details.facts.declaration;
  let personId: string | null = null;
  if (pass && result.signature === 'valid') personId = pass.personId;
  else if (declaration && result.decoded && result.errors.length === 0)
    personId = await declarationPersonId(declaration);
  if (personId === null)
    return { person: null, personId: null, pendingRegistration: false, who: personLabel(null, result) };
  const entry = await personById(personId);
  const known = entry
    ? { kind: entry.kind, status: entry.status, registeredUntil: entry.registeredUntil }
    : null;
  // A declaration passes without retyping only while its confirmed registration lasts.
  const lapsed = declaration !== undefined && (known?.registeredUntil ?? 0) < now;
  return {
    person: lapsed ? null : known,
    personId,
    pendingRegistration: lapsed,
    who: personLabel(entry ?? null, result),
  };
}

/**
 * The code of an "添加设备" QR (a link to this app's own /settings#CODE), or null: a tablet
 * shown it at the gate opens its enrolment with the code filled in instead of starting a check.
 */
export function enrolmentLinkCode(text: string, origin = window.location.origin): string | null {
  const prefix = `${origin}/settings#`;
  return text.startsWith(prefix) && text.length > prefix.length ? text.slice(prefix.length) : null;
}

/** Handles one scanned text from the camera or a hand-held scanner: read it, start the check. */
export async function onScannedText(text: string): Promise<void> {
  const ctx = gateContext.value;
  if (!ctx || !deduper.accept(text, Date.now())) return;
  const enrolment = enrolmentLinkCode(text);
  if (enrolment !== null) return navigate('/settings', enrolment);
  const result = await readCode(text, trustStore.value, Date.now(), {
    revokedPassIds: await currentRevokedIds(),
  });
  // Another encoding of a pass just scanned (a re-signed signature, extra tags, trailing bytes)
  // is the same scan, not a second person.
  const content = result.details.contentHash;
  if (content !== null && !deduper.accept(`content:${content}`, Date.now())) return;
  cueRead();
  const found = await personFor(result, Date.now()).catch(
    (): Found => ({
      person: null,
      personId: null,
      pendingRegistration: false,
      who: personLabel(null, result),
    }),
  );
  offerCheck({ scan: result, ...found });
}
