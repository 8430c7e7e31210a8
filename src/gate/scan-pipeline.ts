/**
 * From a scanned text to a recorded passage. The same text seen again within a few seconds
 * is the same scan (a code held before the camera is decoded many times a second).
 */
import { sha256Hex } from '../codes/hash.ts';
import type { CodeFormat } from '../codes/types.ts';
import { type Direction, type Passage, recordPassage } from '../db/index.ts';

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

/** Classifies a scanned text and records it as a passage; resolves after commit. */
export async function recordScan(text: string, ctx: GateContext, now: number): Promise<Passage> {
  const codeHash = await sha256Hex(text);
  const codeFormat: CodeFormat = 'opaque';
  return recordPassage({
    at: now,
    gateId: ctx.gateId,
    deviceId: ctx.deviceId,
    direction: ctx.direction,
    codeHash,
    codeFormat,
    verdict: 'recorded',
    reasons: [],
    personId: null,
  });
}
