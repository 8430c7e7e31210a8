/**
 * The gate screen's session state (signals): where this device stands and the recent list.
 * Records live in IndexedDB; the recent list is re-read after each commit.
 */
import { signal } from '@preact/signals';
import { gateName } from '../db/gate.ts';
import type { Direction, Passage } from '../db/index.ts';
import { recentPassages } from '../db/passages.ts';
import { deviceId, getSetting, saveDirection } from '../db/settings.ts';

/** Gate used until this tablet's gate is named on the device screen (gate.ts). */
export const DEFAULT_GATE_ID = 'gate-1';

/** Where and by what the gate records. */
export interface GateContext {
  gateId: string;
  deviceId: string;
  direction: Direction;
}

export const gateContext = signal<GateContext | null>(null);
export const recent = signal<Passage[]>([]);

/** Loads the device id, the gate's remembered direction and the recent list. */
export async function loadGate(): Promise<void> {
  const gateId = (await gateName()) ?? DEFAULT_GATE_ID;
  const [dev, direction] = await Promise.all([
    deviceId(),
    getSetting(`direction:${gateId}`).then((d): Direction => d ?? 'in'),
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
