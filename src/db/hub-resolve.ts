/**
 * Resolving a flag this device does not hold: one of another gate's, seen through the hub (the
 * office PC's 全部门岗 flag list). The decision is written here as a resolution record queued for
 * the hub, the same record a gate's `resolveFlag` queues (flags.ts), with its audit entry in
 * the SAME transaction, so the hub's first-resolution-wins decides between this and any other
 * device's. Until the pusher delivers it, the outbox itself says which flags wait.
 */
import { auditAndQueueResolution, type QueuedResolution, resolutionsFor } from './flags.ts';
import { db } from './index.ts';
import type { FlagResolution } from './types.ts';

export type { QueuedResolution } from './flags.ts';

/** The resolutions still waiting in the outbox, by flag id (the office's outbox is small: read whole). */
export async function queuedResolutions(): Promise<Map<string, QueuedResolution>> {
  const items = await db().outbox.toArray();
  const queued = new Map<string, QueuedResolution>();
  for (const item of items)
    for (const r of item.records)
      if (r.kind === 'resolution' && typeof r.body.flagId === 'string')
        queued.set(r.body.flagId, r.body as unknown as QueuedResolution);
  return queued;
}

/**
 * Resolves the hub's flag `flag` (its id and kind) from this device: audited and queued for the
 * hub in one transaction. Null when a resolution of it already waits here (nothing written).
 * Refused with an error, writing nothing, for a resolution that does not fit the kind or on a
 * device that is not enrolled (the decision would never reach the hub).
 */
export async function resolveHubFlag(
  flag: { id: string; kind: string },
  resolution: FlagResolution,
  by: string,
  now: number,
  note: string | null = null,
): Promise<QueuedResolution | null> {
  if (!resolutionsFor(flag.kind).includes(resolution))
    throw new RangeError(`${resolution} does not resolve a ${flag.kind} flag`);
  const d = db();
  return d.transaction('rw', [d.audit, d.settings, d.outbox], async () => {
    if ((await queuedResolutions()).has(flag.id)) return null;
    const { body, queued } = await auditAndQueueResolution(flag, resolution, by, now, note);
    if (!queued) throw new Error('not enrolled with a hub: the resolution could not be queued');
    return body;
  });
}
