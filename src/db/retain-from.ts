/**
 * When a passage's retention period began (`retainFrom`, epoch ms), kept on the passage only
 * while it holds personal data: IndexedDB leaves a record without the property out of the
 * `retainFrom` index, so that index lists exactly the passages the retention purge may still
 * have to blank, and `below(cutoff)` finds every one past retention by its own time, however
 * far back that time is (a clock set behind when it was recorded) and whatever earlier runs did.
 *
 * A Dexie middleware sets it on every add and put of passages, whoever writes (the gate, a
 * restore, the purge): to the passage's own `at` unless the writer gives one (the purge moves
 * it for a passage stamped by a clock set ahead, see retention.ts), and removes it once the
 * personal fields are blank. Not part of the hash chain (chain.ts): moving it breaks nothing.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { PASSAGE_PERSONAL_FIELDS } from '../policy/retention-rule.ts';
import type { GateDb } from './schema.ts';
import type { Passage } from './types.ts';

const PASSAGES = 'passages';

/**
 * The fields of a passage that are personal data (the purge blanks them; chain.ts hashes them
 * apart): the list the hub's retention blanks too (policy/retention-rule.ts).
 */
export type PersonalFields = Pick<Passage, (typeof PASSAGE_PERSONAL_FIELDS)[number]>;

/** True while a passage still holds personal data. */
export function holdsPersonal(p: PersonalFields): boolean {
  return p.personId !== null || p.codeHash !== null || (p.who ?? null) !== null;
}

/** The passage as it is stored: with `retainFrom` while it holds personal data, without once blank. */
export function withRetainFrom(p: Passage): Passage {
  if (holdsPersonal(p)) return typeof p.retainFrom === 'number' ? p : { ...p, retainFrom: p.at };
  if (p.retainFrom === undefined) return p;
  const { retainFrom: _, ...blank } = p;
  return blank;
}

function stamped(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  return { ...req, values: (req.values as Passage[]).map(withRetainFrom) };
}

/** The middleware that keeps `retainFrom` on passages (installed by createDb). */
export const retainFromMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'retainFrom',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== PASSAGES) return table;
        return { ...table, mutate: (req) => table.mutate(stamped(req)) };
      },
    };
  },
};

/** Installs the middleware on a database. */
export function keepRetainFrom(db: GateDb): void {
  db.use(retainFromMiddleware);
}
