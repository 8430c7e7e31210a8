/** Checks of what a hub holds after faults: each record once, and every tablet's chain whole. */
import type { HubDb } from '../db/types.ts';
import { ownProblem } from '../sync/chain-check.ts';
import { START } from './passages.ts';

/** One stored record. */
export interface StoredRecord {
  kind: string;
  id: string;
  revision: number;
  body: Record<string, unknown>;
}

/** One change as GET /api/pull answers it: a stored record and the device that pushed it. */
export interface PulledChange extends StoredRecord {
  deviceId: string;
}

/** Every record of the hub, in revision order. */
export async function storedRecords(db: HubDb): Promise<StoredRecord[]> {
  const r = await db.query<StoredRecord>(
    'SELECT kind, record_id AS id, revision::int AS revision, body FROM records ORDER BY estate_id, revision',
  );
  return r.rows;
}

/**
 * What is wrong with the passage chains in `records`: each tablet's links must run 1, 2, 3 … with
 * no gap and no repeat, each hash must match its passage and each `prev` its predecessor's hash.
 */
export function chainProblems(records: readonly StoredRecord[]): string[] {
  const problems: string[] = [];
  const byTablet = new Map<string, StoredRecord[]>();
  for (const r of records) {
    if (r.kind !== 'passage') continue;
    const t = String(r.body.deviceId);
    byTablet.set(t, [...(byTablet.get(t) ?? []), r]);
  }
  for (const [tablet, list] of byTablet) {
    const links = list
      .map((r) => ({
        id: r.id,
        body: r.body,
        link: r.body.chain as { seq: number; prev: string; hash: string },
      }))
      .sort((a, b) => a.link.seq - b.link.seq);
    let prev = START.hash;
    links.forEach((l, i) => {
      if (l.link.seq !== i + 1) problems.push(`${tablet}: seq ${l.link.seq} at place ${i + 1}`);
      if (l.link.prev !== prev) problems.push(`${tablet}: ${l.id} does not follow its predecessor`);
      const own = ownProblem(l.body);
      if (own) problems.push(`${tablet}: ${l.id} ${own}`);
      prev = l.link.hash;
    });
  }
  return problems;
}
