/**
 * The outbox: what this tablet still has to push to its hub, in the order it was written. A
 * write that matters to other devices adds its records here in the SAME transaction as the
 * write itself (so "已记录" means committed and queued), and only while the tablet is enrolled
 * (hub-link.ts): a tablet without a hub queues nothing. The pusher (src/sync/pusher.ts) reads
 * from the front and drops what the hub acknowledged. Never in a backup.
 */
import { liveQuery } from 'dexie';
import type { PushedRecord, RecordKind } from '../wire/kinds.ts';
import { db } from './index.ts';
import { getSetting } from './settings.ts';
import type { HubLink, OutboxItem } from './types.ts';

export type { OutboxItem } from './types.ts';

/**
 * Queues `records` when the tablet is enrolled; call it inside the write's transaction, which
 * must hold `settings` and `outbox`. Returns how many were queued (0 when not enrolled).
 */
export async function enqueueForHub(records: readonly { kind: RecordKind; id: string; body: object }[]) {
  if ((await getSetting('hub:link')) === undefined) return 0;
  await db().outbox.bulkAdd(records.map((r) => ({ kind: r.kind, id: r.id, body: r.body })) as OutboxItem[]);
  return records.length;
}

/** The first `limit` records waiting, oldest first, as the hub takes them, with the last one's place. */
export async function outboxFront(
  limit: number,
): Promise<{ records: PushedRecord[]; lastSeq: number } | null> {
  const items = await db().outbox.orderBy('seq').limit(limit).toArray();
  const last = items[items.length - 1];
  if (!last) return null;
  return {
    records: items.map((i) => ({ kind: i.kind, id: i.id, body: i.body as Record<string, unknown> })),
    lastSeq: last.seq,
  };
}

/** Drops every record up to `lastSeq` (the hub holds them). */
export async function dropPushed(lastSeq: number): Promise<void> {
  await db().outbox.where('seq').belowOrEqual(lastSeq).delete();
}

/** How many records are waiting. */
export async function outboxCount(): Promise<number> {
  return db().outbox.count();
}

/** The link and the number of records waiting, as they change. */
export interface HubQueue {
  link: HubLink | null;
  waiting: number;
}

/**
 * Calls `onChange` with the link and the outbox's size now and after every change to either (in
 * this tab or another: a Dexie live query); returns the function that stops watching.
 */
export function watchHubQueue(onChange: (q: HubQueue) => void): () => void {
  const subscription = liveQuery(async () => {
    const link = (await getSetting('hub:link')) ?? null;
    return { link, waiting: link ? await outboxCount() : 0 };
  }).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}
