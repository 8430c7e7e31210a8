/**
 * The audit trail: who did what when, in the `audit` table under ULID keys (they sort by time,
 * so the newest entries are one key range read backwards, paged by key). Entries are only ever
 * added: by the console's actions, a volunteer's flag resolution and every audited write of the
 * other modules, always inside that write's own transaction (which must hold `audit`). A
 * restore keeps this device's entries (backup.ts).
 *
 * The trail is chained like the passages (chain.ts, chain-key.ts): each entry this device
 * writes carries the next place in this device's own audit chain (`[chain.key+chain.seq]`), the
 * previous entry's hash and this device's HMAC, made inside the writer's transaction. Entries a
 * restore adds keep the chain of the device that wrote them, so the table may hold one chain
 * per device key, each checked on its own. Entries from before the chain carry no link.
 */
import { Dexie } from 'dexie';
import { auditBody } from './chain.ts';
import { deviceKey, nextLink } from './chain-key.ts';
import { type ChainItem, type ChainReport, ChainWalk, emptyReport } from './chain-walk.ts';
import { db, newId } from './index.ts';
import type { AuditAction, AuditEntry } from './types.ts';

export type { AuditAction, AuditEntry } from './types.ts';

/** The last entry of the chain made with key `keyId`. */
async function auditTail(keyId: string) {
  const last = await db()
    .audit.where('[chain.key+chain.seq]')
    .between([keyId, Dexie.minKey], [keyId, Dexie.maxKey])
    .last();
  return last?.chain ?? null;
}

/** Appends an audit entry (joins the surrounding transaction when there is one). */
export async function audit(
  action: AuditAction,
  who: string,
  detail: string,
  now: number,
): Promise<AuditEntry> {
  const d = db();
  const entry: AuditEntry = { id: newId(now), at: now, who, action, detail };
  const append = async () => {
    entry.chain = await nextLink(d, auditBody(entry), auditTail);
    await d.audit.add(entry);
  };
  // The tail read and the add must share one transaction: the caller's, or one of its own.
  await (Dexie.currentTransaction ? append() : d.transaction('rw', d.audit, append));
  return entry;
}

/** Audit entries newest first, `limit` at a time, older than the entry `beforeId` when given. */
export async function auditPage(limit: number, beforeId?: string): Promise<AuditEntry[]> {
  const t = db().audit;
  const range = beforeId === undefined ? t.toCollection() : t.where('id').below(beforeId);
  return range.reverse().limit(limit).toArray();
}

/**
 * Checks every chain of the trail (one per device key; a trail is thousands of entries, read
 * at once): the first entry that breaks one, clock changes, entries of other devices, and
 * entries from before the chain.
 */
export async function verifyAudit(): Promise<ChainReport> {
  const d = db();
  const [entries, own] = await Promise.all([d.audit.toArray(), deviceKey(d)]);
  const report = emptyReport();
  const chains = new Map<string, AuditEntry[]>();
  for (const e of entries) {
    if (e.chain === undefined) {
      report.unkeyed++;
      continue;
    }
    const key = String(e.chain.key);
    const chain = chains.get(key);
    if (chain) chain.push(e);
    else chains.set(key, [e]);
  }
  report.checked = report.unkeyed;
  // This device's chain first, so a break in it is the one named.
  const order = [...chains.keys()].sort((a, b) => Number(b === own.id) - Number(a === own.id));
  for (const key of order) {
    const chain = (chains.get(key) ?? []).sort((a, b) => (a.chain?.seq ?? 0) - (b.chain?.seq ?? 0));
    const items: ChainItem[] = chain.map((e) => ({ id: e.id, at: e.at, link: e.chain, body: auditBody(e) }));
    if (!(await new ChainWalk(own, report).step(items))) break;
  }
  return report;
}
