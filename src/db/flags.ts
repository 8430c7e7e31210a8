/**
 * Flags: a non-compliance opened at the gate (by a check, passages.ts, or a returnee's
 * registration, ledger.ts) for volunteers and managers to act on. Resolved only here, by
 * `resolveFlag`: from the gate's queue, the console, or the ledger when the committee is told;
 * the flag and its audit entry are written in one transaction.
 */
import { audit } from './audit.ts';
import { db, newId } from './index.ts';
import type { Flag, FlagResolution } from './types.ts';

export { FLAG_RESOLUTIONS } from './types.ts';

/** Flag kind opened for every returnee until the committee is told. */
export const REPORT_FLAG = 'returnee-report';

/** A new open flag (not yet stored: the caller adds it in its own transaction). */
export function newFlag(kind: string, at: number, gateId: string, passageId: string, openedBy: string): Flag {
  return {
    id: newId(at),
    at,
    kind,
    passageId,
    gateId,
    status: 'open',
    resolution: null,
    note: null,
    openedBy,
    resolvedBy: null,
    resolvedAt: null,
  };
}

/** Open flags, newest first (index [status+at]). */
export async function openFlags(limit = 50): Promise<Flag[]> {
  return db()
    .flags.where('[status+at]')
    .between(['open', -Infinity], ['open', Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}

/** A flag filter; empty fields do not filter. */
export interface FlagFilter {
  status: Flag['status'] | '';
  kind: string;
}

/** Flags newest first, older than `cursor` (at, id) when given. */
export async function flagPage(
  filter: FlagFilter,
  cursor: { at: number; id: string } | null,
  limit = 50,
): Promise<Flag[]> {
  const d = db();
  const to = cursor?.at ?? Infinity;
  const range = filter.status
    ? d.flags.where('[status+at]').between([filter.status, -Infinity], [filter.status, to], true, true)
    : d.flags.where('at').between(-Infinity, to, true, true);
  return range
    .reverse()
    .filter(
      (f) =>
        !(cursor !== null && (f.at > cursor.at || (f.at === cursor.at && f.id >= cursor.id))) &&
        (!filter.kind || f.kind === filter.kind),
    )
    .limit(limit)
    .toArray();
}

/**
 * Resolves an open flag, keeping who, when and why, with its audit entry in the same
 * transaction (joins the caller's when it holds flags and audit). A flag already resolved, or
 * not there, is left as it was: null.
 */
export async function resolveFlag(
  id: string,
  resolution: FlagResolution,
  by: string,
  now: number,
  note: string | null = null,
): Promise<Flag | null> {
  const d = db();
  return d.transaction('rw', d.flags, d.audit, async () => {
    const flag = await d.flags.get(id);
    if (flag?.status !== 'open') return null;
    const resolved: Flag = { ...flag, status: 'resolved', resolution, note, resolvedBy: by, resolvedAt: now };
    await d.flags.put(resolved);
    await audit('flag-resolve', by, `${flag.kind} ${id} → ${resolution}${note ? ` (${note})` : ''}`, now);
    return resolved;
  });
}
