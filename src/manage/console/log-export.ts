/** The log and flag exports: everything the current filter matches, as a CSV or .xlsx download. */

import { audit } from '../../db/audit.ts';
import { type FlagFilter, flagPage } from '../../db/flags.ts';
import type { Flag, Person } from '../../db/index.ts';
import { type LogFilter, passageBatches } from '../../db/log/queries.ts';
import { fromRow, type PassageRow } from '../../db/log/rows.ts';
import { peopleLookup, peopleMatching } from '../../db/people.ts';
import { csvHead } from '../../policy/csv-write.ts';
import { downloadParts } from '../../shared/download.ts';
import { type Cell, saveTable, type TableFormat } from '../table-file.ts';
import { flagHeader, flagRow, logCsvWriter, logHeader, logRowWriter } from './log-rows.ts';

// Flags: keyed pages of a few thousand, one bulk read each, never the whole table at once.
const EXPORT_PAGE = 2000;

const fileStamp = (now: number) => new Date(now).toISOString().slice(0, 16).replace(/[-:T]/g, '');

/** The log rows of every passage `filter` (and a search's people) matches, newest first, with their people. */
async function* rowBatches(
  filter: LogFilter,
  people: Set<string> | null,
): AsyncGenerator<{ rows: PassageRow[]; persons: ReadonlyMap<string, Person> }> {
  const lookup = peopleLookup();
  for await (const rows of passageBatches(filter, people)) yield { rows, persons: await lookup(rows) };
}

const personOf = (persons: ReadonlyMap<string, Person>, r: PassageRow) =>
  r[6] === null ? undefined : persons.get(r[6]);

/** Exports the passages matching `filter` as .csv or .xlsx; returns the row count. */
export async function exportLogs(
  filter: LogFilter,
  who: string,
  now: number,
  format: TableFormat = 'csv',
): Promise<number> {
  const people = filter.search.trim() ? await peopleMatching(filter.search) : null;
  const name = `passages-${fileStamp(now)}.${format}`;
  let count = 0;
  if (format === 'csv') {
    // The file is a Blob of one Blob per batch, each made while the next batch is read: never
    // one string of the whole export, and the text is encoded as it comes.
    const parts: Blob[] = [new Blob([csvHead(logHeader())])];
    const line = logCsvWriter();
    for await (const { rows, persons } of rowBatches(filter, people)) {
      let text = '';
      for (const r of rows) text += line(r, personOf(persons, r));
      parts.push(new Blob([text]));
      count += rows.length;
    }
    downloadParts(name, parts, 'text/csv;charset=utf-8');
  } else {
    // .xlsx is written from every row at once.
    const all: Cell[][] = [];
    const row = logRowWriter();
    for await (const { rows, persons } of rowBatches(filter, people)) {
      for (const r of rows) all.push(row(fromRow(r), personOf(persons, r)));
    }
    await saveTable(name, logHeader(), all, format);
    count = all.length;
  }
  await audit('export', who, `passages.${format} ${count} ${JSON.stringify(filter)}`, now);
  return count;
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
