/**
 * The gate screen's session state (signals): where this device stands and the recent list.
 * Records live in IndexedDB; the recent list is re-read after each commit.
 */
import { signal } from '@preact/signals';
import { readCode } from '../codes/read-code.ts';
import type { ScanResult } from '../codes/types.ts';
import {
  type Direction,
  deviceId,
  getSetting,
  type Passage,
  recentPassages,
  saveDirection,
} from '../db/index.ts';
import { personById } from '../db/people.ts';
import { currentRevokedIds } from '../manage/estate-state.ts';
import type { KnownPerson } from '../policy/types.ts';
import { trustStore } from '../shared/trust-state.ts';
import { phase, startCheck } from './check-state.ts';
import { declarationPersonId } from './declaration-person.ts';
import { type GateContext, ScanDeduper } from './scan-pipeline.ts';

/** Gate used until a manager names this device's gate. */
export const DEFAULT_GATE_ID = 'gate-1';

export const gateContext = signal<GateContext | null>(null);
export const recent = signal<Passage[]>([]);

const deduper = new ScanDeduper();
const isDirection = (v: unknown): v is Direction => v === 'in' || v === 'out';

/** Loads the device id, the gate's remembered direction and the recent list. */
export async function loadGate(): Promise<void> {
  const gateId = DEFAULT_GATE_ID;
  const [dev, direction] = await Promise.all([
    deviceId(),
    getSetting(`direction:${gateId}`, 'in' as Direction, isDirection),
  ]);
  await refreshRecent();
  gateContext.value = { gateId, deviceId: dev, direction };
}

/** Re-reads the 20 newest passages. */
export async function refreshRecent(): Promise<void> {
  recent.value = await recentPassages(20);
}

/** Switches and remembers the direction of passage at this gate. */
export async function setDirection(direction: Direction): Promise<void> {
  const ctx = gateContext.value;
  if (!ctx) return;
  gateContext.value = { ...ctx, direction };
  await saveDirection(ctx.gateId, direction);
}

interface Found {
  person: KnownPerson | null;
  personId: string | null;
  pendingRegistration: boolean;
}

/** The registry entry an estate pass or a declaration names, in the policy's terms. */
async function personFor(result: ScanResult, now: number): Promise<Found> {
  const pass = result.details.facts.estatePass;
  const declaration = result.details.facts.declaration;
  let personId: string | null = null;
  if (pass && result.signature === 'valid') personId = pass.personId;
  else if (declaration && result.decoded && result.errors.length === 0)
    personId = await declarationPersonId(declaration);
  if (personId === null) return { person: null, personId: null, pendingRegistration: false };
  const entry = await personById(personId);
  const known = entry
    ? { kind: entry.kind, status: entry.status, registeredUntil: entry.registeredUntil }
    : null;
  // A declaration passes without retyping only while its confirmed registration lasts.
  const lapsed = declaration !== undefined && (known?.registeredUntil ?? 0) < now;
  return { person: lapsed ? null : known, personId, pendingRegistration: lapsed };
}

/** Handles one scanned text from the camera or a hand-held scanner: read it, start the check. */
export async function onScannedText(text: string): Promise<void> {
  const ctx = gateContext.value;
  if (!ctx || phase.value.kind === 'saving' || !deduper.accept(text, Date.now())) return;
  const result = await readCode(text, trustStore.value, Date.now(), {
    revokedPassIds: await currentRevokedIds(),
  });
  const found = await personFor(result, Date.now()).catch(() => ({
    person: null,
    personId: null,
    pendingRegistration: false,
  }));
  startCheck(result, found.person, found.personId, found.pendingRegistration);
}
