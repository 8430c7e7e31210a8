/**
 * The outbox: what this tablet still has to push to its hub, in the order it was written. A
 * write that matters to other devices adds one entry holding its records (a check: the passage
 * and its flags) in the SAME transaction as the write itself (so "已记录" means committed and
 * queued), and only while the tablet is enrolled (hub-link.ts): a tablet without a hub queues
 * nothing. "N 条待上传" counts these entries: the writes waiting. The pusher (src/sync/pusher.ts) reads
 * from the front and drops what the hub acknowledged. Never in a backup.
 */
import { liveQuery } from 'dexie';
import { MAX_BATCH, type PushedRecord } from '../wire/kinds.ts';
import { PUSH_ROLES } from '../wire/push-roles.ts';
import { db } from './index.ts';
import { getSetting } from './settings.ts';
import type { HubLink, OutboxItem } from './types.ts';

export type { OutboxItem } from './types.ts';

/**
 * Queues the records of one write when the tablet is enrolled; call it inside the write's
 * transaction, which must hold `settings` and `outbox`. Only what this device's role may push
 * is queued (wire/push-roles.ts): the hub would refuse the whole batch, and every write queued
 * behind it would wait forever (a revocation made in a gate tablet's console stays on that
 * tablet; the office PC's reaches every gate). Returns whether it queued anything.
 */
export async function enqueueForHub(records: readonly PushedRecord[]): Promise<boolean> {
  const link = await getSetting('hub:link');
  if (link === undefined) return false;
  const allowed = records.filter((r) => PUSH_ROLES[r.kind].includes(link.role));
  if (allowed.length === 0) return false;
  // A write larger than one push (an import of 33,000 residents) is queued as consecutive
  // entries of at most one batch each, in this same transaction: each fits the hub's limit.
  const items: OutboxItem[] = [];
  for (let i = 0; i < allowed.length; i += MAX_BATCH)
    items.push({ records: allowed.slice(i, i + MAX_BATCH) } as OutboxItem);
  await db().outbox.bulkAdd(items);
  return true;
}

/**
 * The oldest writes waiting (after place `afterSeq`: the next batch, read while one is on its
 * way), oldest first, as many as fit in `maxRecords` records (at least one write), flattened in
 * order, with the last write's place.
 */
export async function outboxFront(
  maxRecords: number,
  afterSeq = 0,
): Promise<{ records: PushedRecord[]; firstSeq: number; lastSeq: number } | null> {
  const items = await db().outbox.where('seq').above(afterSeq).limit(maxRecords).toArray();
  const records: PushedRecord[] = [];
  let lastSeq: number | null = null;
  for (const item of items) {
    if (lastSeq !== null && records.length + item.records.length > maxRecords) break;
    records.push(...item.records);
    lastSeq = item.seq;
  }
  const firstSeq = items[0]?.seq;
  return lastSeq === null || firstSeq === undefined ? null : { records, firstSeq, lastSeq };
}

/**
 * Sets the write at `seq` aside: the hub refused it as it stands (`error`), so it leaves the
 * outbox, in one transaction, for the table of refused writes, and the writes behind it go on.
 */
export async function setAsideRefused(seq: number, error: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.outbox, d.outboxRefused], async () => {
    const item = await d.outbox.get(seq);
    if (!item) return;
    await d.outboxRefused.add({ records: item.records, refusedAt: now, error });
    await d.outbox.delete(seq);
  });
}

/** Drops every write up to `lastSeq` (the hub holds its records). */
export async function dropPushed(lastSeq: number): Promise<void> {
  await db().outbox.where('seq').belowOrEqual(lastSeq).delete();
}

/** How many writes are waiting. */
export async function outboxCount(): Promise<number> {
  return db().outbox.count();
}

/** The link, the number of writes waiting and of writes the hub refused, as they change. */
export interface HubQueue {
  link: HubLink | null;
  waiting: number;
  refused: number;
}

/**
 * Calls `onChange` with the link and the outbox's size now and after every change to either (in
 * this tab or another: a Dexie live query); returns the function that stops watching.
 */
export function watchHubQueue(onChange: (q: HubQueue) => void): () => void {
  const subscription = liveQuery(async () => {
    const link = (await getSetting('hub:link')) ?? null;
    return {
      link,
      waiting: link ? await outboxCount() : 0,
      refused: link ? await db().outboxRefused.count() : 0,
    };
  }).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}
