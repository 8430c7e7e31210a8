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
import type { KnownPerson } from '../policy/types.ts';
import { phase, startCheck } from './check-state.ts';
import { type GateContext, ScanDeduper } from './scan-pipeline.ts';
import { trustStore } from './trust-state.ts';

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

/** The registry entry an estate pass names, in the policy's terms. */
async function personFor(
  result: ScanResult,
): Promise<{ person: KnownPerson | null; personId: string | null }> {
  const pass = result.details.facts.estatePass;
  if (!pass || result.signature !== 'valid') return { person: null, personId: null };
  const entry = await personById(pass.personId);
  if (!entry) return { person: null, personId: pass.personId };
  return {
    person: { kind: entry.kind, status: entry.status, registeredUntil: entry.registeredUntil },
    personId: entry.id,
  };
}

/** Handles one scanned text from the camera or a hand-held scanner: read it, start the check. */
export async function onScannedText(text: string): Promise<void> {
  const ctx = gateContext.value;
  if (!ctx || phase.value.kind === 'saving' || !deduper.accept(text, Date.now())) return;
  const result = await readCode(text, trustStore.value, Date.now());
  const { person, personId } = await personFor(result).catch(() => ({ person: null, personId: null }));
  startCheck(result, person, personId);
}
