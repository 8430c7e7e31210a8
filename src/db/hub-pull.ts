/**
 * What a connected tablet takes from its hub (src/sync/puller.ts fetches it): the changes other
 * devices of the estate pushed, applied in ONE transaction per batch with the cursor they bring
 * the tablet to, so a batch is applied whole or not at all and never twice. A gate needs to let
 * people through as every gate does: registrations confirmed at another gate and the office's
 * registry changes (people), and revoked passes. Applied straight to the tables, never through
 * the writers that queue for the hub, so nothing pulled is pushed back.
 *
 * The hub merged each record already (hub/sync/merge.ts); the tablet keeps the same rules where
 * its own copy may be newer: a registration's end takes the later date, a revocation only adds,
 * a deleted registry entry (`deleted: true`) leaves the registry; a ledger entry held on both
 * sides is kept as the later `updatedAt` says; a flag this tablet holds open is closed by the
 * resolution that reached the hub first (given on the office PC or a manager device), while
 * one it resolved itself stays as it resolved it. The estate-wide lists (policy, trust list, risk
 * list) are applied by shared-lists.ts in the same transaction.
 */
import { db } from './index.ts';
import type { SharedList } from './settings.ts';
import { getSetting, setSetting } from './settings.ts';
import { applyPulledLists } from './shared-lists.ts';
import type { Flag, LedgerEntry, Person, Revocation } from './types.ts';

/** The kinds a tablet applies (the others stay on the hub for the console's queries). */
export const PULLED_KINDS = [
  'registration',
  'registry-change',
  'revocation',
  'resolution',
  'ledger-entry',
  'policy-version',
  'trust-list',
  'risk-list',
] as const;

/** One change as the hub's `GET /api/pull` returns it. */
export interface PulledChange {
  revision: number;
  kind: string;
  id: string;
  body: Record<string, unknown>;
}

/** The revision this tablet has applied up to (0 before its first pull). */
export async function pullCursor(): Promise<number> {
  return (await getSetting('hub:cursor')) ?? 0;
}

const isPerson = (b: Record<string, unknown>): boolean =>
  typeof b.id === 'string' && typeof b.kind === 'string' && typeof b.name === 'string';

/** A person as pulled, kept with the later registration end of the two copies. */
function mergedPerson(pulled: Person, mine: Person | undefined): Person {
  const ends = [pulled.registeredUntil, mine?.registeredUntil].filter(
    (v): v is number => typeof v === 'number',
  );
  return { ...pulled, registeredUntil: ends.length > 0 ? Math.max(...ends) : null };
}

/**
 * Applies one batch and moves the cursor to `cursor`, in one transaction; a cursor that is not
 * ahead of the stored one (a batch applied already, by another tab) changes nothing. Returns
 * how many changes it applied; the estate-wide lists it replaced are added to `listsReplaced`.
 *
 * The batch's people and revocations are read in one bulk read each, merged in memory in the
 * batch's order (a person changed twice in a batch ends as the later change says) and written
 * in one bulk write each: a read and a write per change cost about 1.5 s a page of 1,000 in
 * Chromium, most of a fresh tablet's time to take an estate's 33,000 residents.
 */
export async function applyPulled(
  changes: readonly PulledChange[],
  cursor: number,
  listsReplaced: Set<SharedList> = new Set(),
): Promise<number> {
  const d = db();
  const tables = [d.people, d.revocations, d.ledger, d.flags, d.settings, d.audit];
  return d.transaction('rw', tables, async () => {
    if (cursor <= (await pullCursor())) return 0;
    const personIds = new Set<string>();
    const passIds = new Set<string>();
    for (const c of changes) {
      if (c.kind === 'revocation' && typeof c.body.passId === 'string') passIds.add(c.body.passId);
      else if (c.kind === 'registration' || c.kind === 'registry-change') {
        if (c.body.deleted === true) personIds.add(c.id);
        else if (isPerson(c.body)) personIds.add(c.body.id as string);
      }
    }
    // What this tablet holds of them; then each person's end state (null: deleted) after the batch.
    // Which of them it holds first, by key alone (a walk of the key index, a few ms for 2,000),
    // then only those read whole: a fresh tablet holds none, and reading 2,000 absent keys one
    // by one was a quarter of its time to take an estate.
    const held = (await d.people
      .where(':id')
      .anyOf([...personIds])
      .primaryKeys()) as string[];
    const people = new Map<string, Person | null | undefined>(
      (await d.people.bulkGet(held)).map((p, i) => [held[i] as string, p]),
    );
    const changed = new Set<string>();
    const revoked = new Set(
      (await d.revocations.bulkGet([...passIds])).flatMap((r) => (r ? [r.passId] : [])),
    );
    const revocations: Revocation[] = [];
    let applied = 0;
    for (const c of changes) {
      if (c.kind === 'revocation') {
        const rev = c.body as unknown as Revocation;
        if (typeof rev.passId !== 'string' || revoked.has(rev.passId)) continue;
        revoked.add(rev.passId);
        revocations.push({ passId: rev.passId, at: rev.at, by: rev.by, reason: rev.reason });
        applied++;
      } else if (c.kind === 'registration' || c.kind === 'registry-change') {
        if (c.body.deleted === true) {
          people.set(c.id, null);
          changed.add(c.id);
          applied++;
        } else if (isPerson(c.body)) {
          const pulled = c.body as unknown as Person;
          people.set(pulled.id, mergedPerson(pulled, people.get(pulled.id) ?? undefined));
          changed.add(pulled.id);
          applied++;
        }
      }
    }
    const kept: Person[] = [];
    const gone: string[] = [];
    for (const id of changed) {
      const p = people.get(id);
      if (p) kept.push(p);
      else gone.push(id);
    }
    if (gone.length > 0) await d.people.bulkDelete(gone);
    if (kept.length > 0) await d.people.bulkPut(kept);
    if (revocations.length > 0) await d.revocations.bulkAdd(revocations);
    applied += await applyLedger(changes);
    applied += await applyResolutions(changes);
    for (const list of await applyPulledLists(changes)) {
      listsReplaced.add(list);
      applied++;
    }
    await setSetting('hub:cursor', cursor);
    return applied;
  });
}

const isLedgerEntry = (b: Record<string, unknown>): boolean =>
  typeof b.id === 'string' &&
  typeof b.at === 'number' &&
  typeof b.updatedAt === 'number' &&
  typeof b.status === 'string';

/**
 * The batch's ledger entries, each kept unless this device holds a copy changed later (the
 * later `updatedAt` wins, as a restore merges them); returns how many it wrote.
 */
async function applyLedger(changes: readonly PulledChange[]): Promise<number> {
  const pulled = new Map<string, LedgerEntry>();
  for (const c of changes)
    if (c.kind === 'ledger-entry' && isLedgerEntry(c.body))
      pulled.set(c.body.id as string, c.body as unknown as LedgerEntry);
  if (pulled.size === 0) return 0;
  const d = db();
  const held = await d.ledger.bulkGet([...pulled.keys()]);
  const kept = [...pulled.values()].filter((e, i) => !(held[i] && held[i].updatedAt > e.updatedAt));
  if (kept.length > 0) await d.ledger.bulkPut(kept);
  return kept.length;
}

/**
 * Closes the flags this tablet holds open that a pulled resolution resolves (the hub stores only
 * a flag's first resolution, so what arrives is the one that won); returns how many it closed.
 */
async function applyResolutions(changes: readonly PulledChange[]): Promise<number> {
  const byFlag = new Map<string, Record<string, unknown>>();
  for (const c of changes)
    if (c.kind === 'resolution' && typeof c.body.flagId === 'string' && typeof c.body.resolution === 'string')
      byFlag.set(c.body.flagId, c.body);
  if (byFlag.size === 0) return 0;
  const d = db();
  const held = await d.flags.bulkGet([...byFlag.keys()]);
  const closed: Flag[] = [];
  for (const f of held) {
    const r = f?.status === 'open' ? byFlag.get(f.id) : undefined;
    if (!f || !r) continue;
    closed.push({
      ...f,
      status: 'resolved',
      resolution: r.resolution as string,
      note: typeof r.note === 'string' ? r.note : null,
      resolvedBy: typeof r.resolvedBy === 'string' ? r.resolvedBy : null,
      resolvedAt: typeof r.resolvedAt === 'number' ? r.resolvedAt : null,
    });
  }
  if (closed.length > 0) await d.flags.bulkPut(closed);
  return closed.length;
}
