/**
 * Scans arriving at the gate: the same text seen again within a few seconds is the same scan
 * (a code held before the camera is decoded many times a second).
 */

import type { Direction } from '../db/index.ts';

/** Window in which a repeated text counts as the same scan. */
export const SAME_SCAN_WINDOW_MS = 4000;

/** Where and by what the gate records. */
export interface GateContext {
  gateId: string;
  deviceId: string;
  direction: Direction;
}

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
