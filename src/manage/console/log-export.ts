/** The log and flag exports: every page of the current filter, as a CSV Blob download. */
import type { Flag, Passage, Person } from '../../db/index.ts';
import { audit } from '../../db/manage-audit.ts';
import { type FlagFilter, flagPage } from '../../db/manage-flags.ts';
import { type LogFilter, passagePage, peopleMatching, peopleOf } from '../../db/manage-logs.ts';
import { saveTable, type TableFormat } from '../table-file.ts';
import { flagHeader, flagRow, logHeader, logRow } from './log-rows.ts';

// Keyed pages of a few thousand: one bulk read each, never the whole table at once.
const EXPORT_PAGE = 2000;

const fileStamp = (now: number) => new Date(now).toISOString().slice(0, 16).replace(/[-:T]/g, '');

/** Exports the passages matching `filter` as .csv or .xlsx; returns the row count. */
export async function exportLogs(
  filter: LogFilter,
  who: string,
  now: number,
  format: TableFormat = 'csv',
): Promise<number> {
  const people = filter.search.trim() ? await peopleMatching(filter.search) : null;
  const rows: (string | number | null)[][] = [];
  let cursor: { at: number; id: string } | null = null;
  for (;;) {
    const page: Passage[] = await passagePage(filter, cursor, EXPORT_PAGE, people);
    const persons: Map<string, Person> = await peopleOf(page);
    for (const p of page) rows.push(logRow(p, p.personId === null ? undefined : persons.get(p.personId)));
    const last = page.at(-1);
    if (!last || page.length < EXPORT_PAGE) break;
    cursor = { at: last.at, id: last.id };
  }
  await saveTable(`passages-${fileStamp(now)}.${format}`, logHeader(), rows, format);
  await audit('export', who, `passages.${format} ${rows.length} ${JSON.stringify(filter)}`, now);
  return rows.length;
}

/** Exports the flags matching `filter` as .csv or .xlsx; returns the row count. */
export async function exportFlags(
  filter: FlagFilter,
  who: string,
  now: number,
  format: TableFormat = 'csv',
): Promise<number> {
  const rows: (string | number | null)[][] = [];
  let cursor: { at: number; id: string } | null = null;
  for (;;) {
    const page: Flag[] = await flagPage(filter, cursor, EXPORT_PAGE);
    rows.push(...page.map(flagRow));
    const last = page.at(-1);
    if (!last || page.length < EXPORT_PAGE) break;
    cursor = { at: last.at, id: last.id };
  }
  await saveTable(`flags-${fileStamp(now)}.${format}`, flagHeader(), rows, format);
  await audit('export', who, `flags.${format} ${rows.length} ${JSON.stringify(filter)}`, now);
  return rows.length;
}
