/**
 * Passages: every check at the gate, the legal record, written only by the gate's
 * `recordCheck` (with its flags, its hash-chain link and, on a tablet enrolled in a hub, their
 * place in the outbox, in ONE transaction: either the passage and every flag it opens are
 * stored, or nothing is). Callers show "recorded" only after
 * `recordCheck` resolves, i.e. after commit. A check is withdrawn only by `undoCheck`, within
 * seconds and audited. The retention purge (retention.ts) and a restore
 * (backup.ts) rewrite passages; the console's log reads them through log/.
 *
 * The chain is ordered by its own sequence number (`chain.seq`, indexed), never by id or
 * clock: a record made with an earlier clock (another tab, a clock set back) still comes after
 * the one it was linked to. Passages from before the sequence (schema v3) keep their links as
 * they were and are walked by id first, as before; the first keyed link names the last of them.
 */

import { audit } from './audit.ts';
import { CHAIN_START, checkLegacy, passageBody, personalDigest } from './chain.ts';
import { type ChainTail, deviceKey, nextLink } from './chain-key.ts';
import { type ChainItem, type ChainReport, ChainWalk, emptyReport } from './chain-walk.ts';
import { newFlag, shiftOpenFlags } from './flags.ts';
import { db, newId } from './index.ts';
import { enqueueForHub } from './outbox.ts';
import { holdsPersonal } from './retain-from.ts';
import type { Flag, Passage, PersonLabel } from './types.ts';

/** Name of the cross-tab lock every append to the passage chain is made under. */
export const CHAIN_LOCK = 'gate-chain';

/** The chain's last link: the highest sequence, or the last pre-sequence record by id. */
async function passageTail(): Promise<ChainTail> {
  const d = db();
  const last = await d.passages.orderBy('chain.seq').last();
  const seq = last?.chain?.seq;
  if (last?.chain && typeof seq === 'number') return { seq, hash: last.chain.hash };
  const legacy = await d.passages.orderBy('id').last();
  return { seq: 0, hash: legacy?.chain?.hash ?? CHAIN_START };
}

/**
 * Runs an append under the cross-tab Web Lock where the browser has one. The order itself comes
 * from the transaction (IndexedDB runs read-write transactions over one store one at a time, and
 * the tail is read, the HMAC made and the record written inside it); the lock makes "one append
 * at a time, across tabs and windows" explicit, so it still holds if the HMAC ever moves out of
 * the transaction. Without Web Locks the transaction alone keeps the order.
 */
function underChainLock<T>(append: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request(CHAIN_LOCK, append) : append();
}

/** Records a passage and opens one flag per kind; resolves after the transaction commits. */
export async function recordCheck(
  record: Omit<Passage, 'id'>,
  flagKinds: readonly string[],
): Promise<{ passage: Passage; flags: Flag[] }> {
  // The record names who checked: a check with nobody on duty is refused, not stored unnamed.
  if (record.check && record.check.volunteer.trim() === '')
    throw new Error('a check needs the volunteer on duty');
  const d = db();
  const passage: Passage = { id: newId(record.at), ...record };
  const flags: Flag[] = flagKinds.map((kind) =>
    newFlag(kind, record.at, record.gateId, passage.id, record.check?.volunteer ?? ''),
  );
  const personal = personalDigest(record);
  await underChainLock(() =>
    d.transaction('rw', [d.passages, d.flags, d.settings, d.outbox], async () => {
      // The tail is read, the link made and the record written in this one transaction.
      const link = await nextLink(d, passageBody(passage, personal), passageTail);
      passage.chain = { personal, ...link };
      await d.passages.add(passage);
      if (flags.length > 0) await d.flags.bulkAdd(flags);
      // Queued for the hub in the same transaction (only on an enrolled tablet): committed
      // means queued, and a check never waits for the network.
      await enqueueForHub([
        { kind: 'passage', id: passage.id, body: { ...passage } },
        ...flags.map((f) => ({ kind: 'flag' as const, id: f.id, body: { ...f } })),
      ]);
    }),
  );
  return { passage, flags };
}

/** How long after its verdict a check may be undone at the gate. */
export const UNDO_WINDOW_MS = 10_000;
/** The data layer's bound: the window plus the time a verdict may take to appear and be tapped. */
const UNDO_LIMIT_MS = 30_000;

/**
 * Withdraws a check just recorded (a mis-tap), as an audited correction: the passage stays in
 * the chain marked `undone` (so the record of what was tapped is kept), its flags are deleted
 * (nothing is left to act on), and the audit trail names who undid what, in one transaction.
 * An undone passage counts nowhere: the shift, the log, the dashboard, the report, the exports.
 * Refused once the window has passed, for a passage already undone, or with nobody named.
 */
export async function undoCheck(id: string, by: string, now: number): Promise<void> {
  if (by.trim() === '') throw new Error('an undo needs the volunteer on duty');
  const d = db();
  await d.transaction('rw', [d.passages, d.flags, d.audit], async () => {
    const p = await d.passages.get(id);
    if (!p) throw new Error('no such check');
    if (p.undone) throw new Error('this check was undone already');
    if (now - p.at > UNDO_LIMIT_MS || now < p.at) throw new Error('too late to undo this check');
    const flags = await d.flags.where('passageId').equals(id).toArray();
    await d.passages.put({ ...p, undone: { at: now, by } });
    await d.flags.bulkDelete(flags.map((f) => f.id));
    // A terse line (the console words it): the check, its verdict, its reasons, the flags it had.
    const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join(',') : '-');
    const detail = `${id} ${p.verdict} ${list(p.reasons)} flags ${list(flags.map((f) => f.kind))}`;
    await audit('check-undone', by, detail, now);
  });
}

/** The newest passages, newest first (by ULID key: one bulk read), leaving out undone checks. */
export async function recentPassages(limit = 20): Promise<Passage[]> {
  const newest = await db()
    .passages.orderBy('id')
    .reverse()
    .limit(limit + 5)
    .toArray();
  return newest.filter((p) => !p.undone).slice(0, limit);
}

/** Who each of the passages is about (their stored labels), for rows that name the passage by id. */
export async function passageLabels(ids: string[]): Promise<Map<string, PersonLabel>> {
  const rows = await db().passages.bulkGet(ids);
  const labels = new Map<string, PersonLabel>();
  for (const p of rows) if (p?.who) labels.set(p.id, p.who);
  return labels;
}

/** A confirmed fever in a shift: when, and the readings that confirmed it. */
export interface ShiftFever {
  id: string;
  at: number;
  temperaturesC: number[];
}

/** A shift at one gate: its checks per verdict, the flags it opened still open, its fevers. */
export interface ShiftSummary {
  checks: number;
  pass: number;
  review: number;
  deny: number;
  openFlags: number;
  fevers: ShiftFever[];
}

/** The shift since `from` at one gate, for the duty bar and the handover. */
export async function shiftSummary(gateId: string, from: number, to: number): Promise<ShiftSummary> {
  const range = db().passages.where('[gateId+at]').between([gateId, from], [gateId, to], true, true);
  const summary: ShiftSummary = { checks: 0, pass: 0, review: 0, deny: 0, openFlags: 0, fevers: [] };
  // A shift is at most a few thousand records: one bulk read of the range.
  for (const p of await range.toArray()) {
    if (p.undone) continue;
    summary.checks++;
    if (p.verdict !== 'recorded') summary[p.verdict]++;
    if (p.reasons.includes('fever'))
      summary.fevers.push({ id: p.id, at: p.at, temperaturesC: p.check?.temperaturesC ?? [] });
  }
  summary.openFlags = (await shiftOpenFlags(gateId, from, to)).length;
  return summary;
}

const keyedSeq = (p: Passage) => typeof p.chain?.seq === 'number' && !Number.isNaN(p.chain.seq);

/**
 * The pre-sequence segment, by id as it was written; returns the hash the first keyed link
 * must name, or null when a record breaks it (then `report.firstBreak` says which).
 */
async function walkUnkeyed(report: ChainReport, pageSize: number): Promise<string | null> {
  const d = db();
  let left = (await d.passages.count()) - (await d.passages.orderBy('chain.seq').count());
  let prev = CHAIN_START;
  let after: string | null = null;
  while (left > 0) {
    const page: Passage[] = await (after === null
      ? d.passages.orderBy('id')
      : d.passages.where('id').above(after)
    )
      .limit(pageSize)
      .toArray();
    for (const p of page) {
      if (keyedSeq(p)) continue;
      const why = checkLegacy(p, prev);
      if (why) {
        report.firstBreak = { id: p.id, why };
        return null;
      }
      prev = p.chain?.hash ?? prev;
      report.checked++;
      report.unkeyed++;
      left--;
    }
    if (page.length < pageSize) break;
    after = page[page.length - 1]?.id ?? null;
  }
  return prev;
}

/**
 * Checks the whole passage chain in sequence order, in pages: the first record that breaks it,
 * and apart from that the clock changes, restored records and pre-sequence records it holds.
 */
export async function verifyChain(
  onProgress?: (checked: number) => void,
  pageSize = 5000,
): Promise<ChainReport> {
  const d = db();
  const report = emptyReport();
  const start = await walkUnkeyed(report, pageSize);
  if (start === null) return report;
  const walk = new ChainWalk(await deviceKey(d), report, start);
  let after: number | null = null;
  for (;;) {
    const page: Passage[] = await (after === null
      ? d.passages.orderBy('chain.seq')
      : d.passages.where('chain.seq').above(after)
    )
      .limit(pageSize)
      .toArray();
    const items: ChainItem[] = page.map((p) => ({
      id: p.id,
      at: p.at,
      link: p.chain,
      // While the personal fields are held they must still be what was hashed: an edit of the
      // name, person or code breaks the chain; once the purge blanked them the digest stands.
      body: passageBody(p, holdsPersonal(p) ? personalDigest(p) : (p.chain?.personal ?? '')),
    }));
    if (!(await walk.step(items))) return report;
    onProgress?.(report.checked);
    if (page.length < pageSize) return report;
    const seq = page[page.length - 1]?.chain?.seq;
    // A non-numeric sequence sorts after every number and breaks the walk above: never here.
    if (typeof seq !== 'number') return report;
    after = seq;
  }
}
