/** The registry search, shared by the lists and the exports: an export writes what the list shows. */
import { signal } from '@preact/signals';
import type { LedgerEntry } from '../../db/index.ts';

/** The text in the registry's search box. */
export const registryQuery = signal('');

/** True when a ledger entry matches the search (name, phone prefix, address prefix or origin). */
export function ledgerMatches(e: LedgerEntry, query: string): boolean {
  const q = query.trim();
  if (q === '') return true;
  const home = e.home ? `${e.home.building}-${e.home.unit ?? ''}-${e.home.room}` : '';
  return e.name.includes(q) || e.phone.startsWith(q) || home.startsWith(q) || e.from.includes(q);
}
