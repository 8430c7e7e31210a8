/**
 * The fields of a pushed passage the hub indexes and queries (the console's log and counts):
 * checked before anything is written, so an index expression never fails inside a batch.
 */
import type { PushedRecord } from '../../wire/kinds.ts';

/** The first passage in `records` whose indexed fields are unusable, with why; null when all hold. */
export function badPassage(records: readonly PushedRecord[]): { id: string; field: string } | null {
  for (const r of records) {
    if (r.kind !== 'passage') continue;
    const b = r.body;
    if (!Number.isSafeInteger(b.at) || (b.at as number) < 0) return { id: r.id, field: 'at' };
    for (const field of ['gateId', 'deviceId', 'verdict'] as const) {
      if (typeof b[field] !== 'string') return { id: r.id, field };
    }
    if (b.id !== r.id) return { id: r.id, field: 'id' };
  }
  return null;
}
