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
 * a deleted registry entry (`deleted: true`) leaves the registry.
 */
import { db } from './index.ts';
import { getSetting, setSetting } from './settings.ts';
import type { Person, Revocation } from './types.ts';

/** The kinds a tablet applies (the others stay on the hub for the console's queries). */
export const PULLED_KINDS = ['registration', 'registry-change', 'revocation'] as const;

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
 * how many changes it applied.
 */
export async function applyPulled(changes: readonly PulledChange[], cursor: number): Promise<number> {
  const d = db();
  return d.transaction('rw', [d.people, d.revocations, d.settings], async () => {
    if (cursor <= (await pullCursor())) return 0;
    let applied = 0;
    for (const c of changes) {
      if (c.kind === 'revocation') {
        const rev = c.body as unknown as Revocation;
        if (typeof rev.passId !== 'string' || (await d.revocations.get(rev.passId))) continue;
        await d.revocations.add({ passId: rev.passId, at: rev.at, by: rev.by, reason: rev.reason });
        applied++;
      } else if (c.kind === 'registration' || c.kind === 'registry-change') {
        if (c.body.deleted === true) {
          await d.people.delete(c.id);
          applied++;
        } else if (isPerson(c.body)) {
          const pulled = c.body as unknown as Person;
          await d.people.put(mergedPerson(pulled, await d.people.get(pulled.id)));
          applied++;
        }
      }
    }
    await setSetting('hub:cursor', cursor);
    return applied;
  });
}
