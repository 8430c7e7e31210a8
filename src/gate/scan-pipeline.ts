/**
 * From a scanned text to a recorded passage. The same text seen again within a few seconds
 * is the same scan (a code held before the camera is decoded many times a second).
 */
import { readCode } from '../codes/read-code.ts';
import type { TrustStore } from '../codes/trust-types.ts';
import type { ScanResult } from '../codes/types.ts';
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

/** Reads a scanned text (never throws) and records it as a passage; resolves after commit. */
export async function recordScan(
  text: string,
  ctx: GateContext,
  trust: TrustStore,
  now: number,
): Promise<{ result: ScanResult; passage: Passage }> {
  const result = await readCode(text, trust, now);
  const passage = await recordPassage({
    at: now,
    gateId: ctx.gateId,
    deviceId: ctx.deviceId,
    direction: ctx.direction,
    codeHash: result.details.textHash,
    codeFormat: result.format,
    verdict: 'recorded',
    reasons: [],
    personId: null,
    verification: { signature: result.signature, validity: result.validity, errors: result.errors },
  });
  return { result, passage };
}
