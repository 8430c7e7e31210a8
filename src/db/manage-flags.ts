/** Flags for the console: open or resolved, by kind, paged by key; resolving is audited. */
import { resolveFlag } from './checks.ts';
import { db } from './index.ts';
import { audit } from './manage-audit.ts';
import type { Flag, FlagResolution } from './types.ts';

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

/** Resolves a flag from the console and writes the audit entry; null when already resolved. */
export async function resolveFlagAudited(
  id: string,
  resolution: FlagResolution,
  who: string,
  now: number,
  note: string | null,
): Promise<Flag | null> {
  const flag = await resolveFlag(id, resolution, who, now, note);
  if (flag)
    await audit('flag-resolve', who, `${flag.kind} ${id} → ${resolution}${note ? ` (${note})` : ''}`, now);
  return flag;
}
