/**
 * Passages: every check at the gate, the legal record, written only by the gate's
 * `recordCheck` (with its flags and its hash-chain link, in ONE transaction: either the passage
 * and every flag it opens are stored, or nothing is). Callers show "recorded" only after
 * `recordCheck` resolves, i.e. after commit. The retention purge (retention.ts) and a restore
 * (backup.ts) rewrite passages; the console's log reads them through log/.
 */
import { CHAIN_START, checkLink, link, personalDigest } from './chain.ts';
import { newFlag } from './flags.ts';
import { db, newId } from './index.ts';
import type { Flag, Passage } from './types.ts';

/** Records a passage and opens one flag per kind; resolves after the transaction commits. */
export async function recordCheck(
  record: Omit<Passage, 'id'>,
  flagKinds: readonly string[],
): Promise<{ passage: Passage; flags: Flag[] }> {
  const d = db();
  const passage: Passage = { id: newId(record.at), ...record };
  const flags: Flag[] = flagKinds.map((kind) =>
    newFlag(kind, record.at, record.gateId, passage.id, record.check?.volunteer ?? ''),
  );
  await d.transaction('rw', d.passages, d.flags, async () => {
    // The previous record is read in the same transaction, so two tabs cannot fork the chain.
    const last = await d.passages.orderBy('id').last();
    passage.chain = link(passage, last?.chain?.hash ?? CHAIN_START, personalDigest(record));
    await d.passages.add(passage);
    if (flags.length > 0) await d.flags.bulkAdd(flags);
  });
  return { passage, flags };
}

/** The newest passages, newest first (by ULID key: one bulk read). */
export async function recentPassages(limit = 20): Promise<Passage[]> {
  return db().passages.orderBy('id').reverse().limit(limit).toArray();
}

/** Counts per verdict and open flags since `from` at one gate (a shift's handover summary). */
export async function shiftSummary(
  gateId: string,
  from: number,
  to: number,
): Promise<{ pass: number; review: number; deny: number; openFlags: number }> {
  const d = db();
  const range = d.passages.where('[gateId+at]').between([gateId, from], [gateId, to], true, true);
  const counts = { pass: 0, review: 0, deny: 0 };
  // A shift is at most a few thousand records: one bulk read of the range.
  for (const p of await range.toArray()) if (p.verdict !== 'recorded') counts[p.verdict]++;
  const open = await d.flags
    .where('[status+at]')
    .between(['open', from], ['open', to], true, true)
    .filter((f) => f.gateId === gateId)
    .count();
  return { ...counts, openFlags: open };
}

/** Walks the whole log in key order in pages, reporting the first record whose chain breaks. */
export async function verifyChain(
  onProgress?: (checked: number) => void,
  pageSize = 5000,
): Promise<{ checked: number; firstBreak: { id: string; why: 'missing' | 'prev' | 'hash' } | null }> {
  const d = db();
  let prev = CHAIN_START;
  let checked = 0;
  let after: string | null = null;
  for (;;) {
    const page: Passage[] = await (after === null
      ? d.passages.orderBy('id')
      : d.passages.where('id').above(after)
    )
      .limit(pageSize)
      .toArray();
    for (const p of page) {
      const why = checkLink(p, prev);
      if (why) return { checked, firstBreak: { id: p.id, why } };
      prev = p.chain?.hash ?? prev;
      checked++;
    }
    onProgress?.(checked);
    if (page.length < pageSize) return { checked, firstBreak: null };
    after = page[page.length - 1]?.id ?? null;
  }
}
