/** The registry search, shared by the lists and the exports: an export writes what the list shows. */
import { signal } from '@preact/signals';
import type { LedgerEntry, Person } from '../../db/index.ts';
import { peopleOfKinds } from '../../db/people.ts';
import { homeMatches, inRegistryOrder, readRegistryQuery, searchIn } from './registry-query.ts';

/** The text in the registry's search box. */
export const registryQuery = signal('');

/** True when a ledger entry matches the search (name, phone prefix, home as offices write it, address prefix or origin). */
export function ledgerMatches(e: LedgerEntry, query: string): boolean {
  const q = query.trim();
  if (q === '') return true;
  const wanted = readRegistryQuery(q).home;
  if (wanted && e.home && homeMatches(e.home, wanted)) return true;
  const home = e.home ? `${e.home.building}-${e.home.unit ?? ''}-${e.home.room}` : '';
  return e.name.includes(q) || e.phone.startsWith(q) || home.startsWith(q) || e.from.includes(q);
}

/** Every person of the kinds, in the registry's order (read once per view; searched in memory). */
export async function registryPeople(kinds: readonly Person['kind'][]): Promise<Person[]> {
  return inRegistryOrder(await peopleOfKinds(kinds));
}

/** All the people of the kinds the search finds, in the registry's order: what an export writes. */
export async function searchRegistry(kinds: readonly Person['kind'][], text: string): Promise<Person[]> {
  return searchIn(await registryPeople(kinds), text);
}
