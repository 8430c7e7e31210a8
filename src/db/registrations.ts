/**
 * Registrations confirmed at the gate (real-name check against the ID card) and the returnee
 * ledger (台账). A confirmation writes the person, the ledger entry and the "report to the
 * committee" flag in one transaction: all of it or none.
 */
import { db, newId } from './index.ts';
import type { Flag, LedgerEntry, Person } from './types.ts';

/** Flag kind opened for every returnee until the committee is told. */
export const REPORT_FLAG = 'returnee-report';

/** Registers (or re-registers) a person; a returnee also gets a ledger entry and an open flag. */
export async function confirmRegistration(
  person: Person,
  returnee: Omit<LedgerEntry, 'id' | 'at' | 'personId' | 'status' | 'flagId' | 'updatedAt'> | null,
  ctx: { gateId: string; volunteer: string; now: number },
): Promise<{ ledger: LedgerEntry | null; flag: Flag | null }> {
  const d = db();
  let ledger: LedgerEntry | null = null;
  let flag: Flag | null = null;
  if (returnee) {
    const flagId = newId(ctx.now);
    flag = {
      id: flagId,
      at: ctx.now,
      kind: REPORT_FLAG,
      passageId: '',
      gateId: ctx.gateId,
      status: 'open',
      resolution: null,
      note: null,
      openedBy: ctx.volunteer,
      resolvedBy: null,
      resolvedAt: null,
    };
    ledger = {
      ...returnee,
      id: newId(ctx.now),
      at: ctx.now,
      personId: person.id,
      status: 'pending',
      flagId,
      updatedAt: ctx.now,
    };
  }
  await d.transaction('rw', d.people, d.ledger, d.flags, async () => {
    await d.people.put(person);
    if (ledger && flag) {
      await d.ledger.add(ledger);
      await d.flags.add(flag);
    }
  });
  return { ledger, flag };
}
