/**
 * The gate screen's session state (signals). Records live in IndexedDB; these only mirror
 * what the screen shows, and the recent list is re-read from the database after each commit.
 */
import { signal } from '@preact/signals';
import type { ScanResult } from '../codes/types.ts';
import {
  type Direction,
  deviceId,
  getSetting,
  type Passage,
  recentPassages,
  saveDirection,
} from '../db/index.ts';
import { type GateContext, recordScan, ScanDeduper } from './scan-pipeline.ts';
import { trustStore } from './trust-state.ts';

/** Gate used until a manager names this device's gate. */
export const DEFAULT_GATE_ID = 'gate-1';

export type LastScan =
  | { state: 'saving' }
  | { state: 'recorded'; result: ScanResult; passage: Passage }
  | { state: 'failed'; message: string };

export const gateContext = signal<GateContext | null>(null);
export const recent = signal<Passage[]>([]);
export const lastScan = signal<LastScan | null>(null);

const deduper = new ScanDeduper();
const isDirection = (v: unknown): v is Direction => v === 'in' || v === 'out';

/** Loads the device id, the gate's remembered direction and the recent list. */
export async function loadGate(): Promise<void> {
  const gateId = DEFAULT_GATE_ID;
  const [dev, direction, rows] = await Promise.all([
    deviceId(),
    getSetting(`direction:${gateId}`, 'in' as Direction, isDirection),
    recentPassages(20),
  ]);
  recent.value = rows;
  gateContext.value = { gateId, deviceId: dev, direction };
}

/** Switches and remembers the direction of passage at this gate. */
export async function setDirection(direction: Direction): Promise<void> {
  const ctx = gateContext.value;
  if (!ctx) return;
  gateContext.value = { ...ctx, direction };
  await saveDirection(ctx.gateId, direction);
}

/** Handles one scanned text from the camera or a hand-held scanner. */
export async function onScannedText(text: string): Promise<void> {
  const ctx = gateContext.value;
  if (!ctx || !deduper.accept(text, Date.now())) return;
  lastScan.value = { state: 'saving' };
  try {
    const { result, passage } = await recordScan(text, ctx, trustStore.value, Date.now());
    lastScan.value = { state: 'recorded', result, passage };
    recent.value = await recentPassages(20);
  } catch (e) {
    lastScan.value = { state: 'failed', message: e instanceof Error ? e.name : String(e) };
  }
}
