/**
 * Registry exports: residents, households and the returnee ledger as CSV (UTF-8 with a BOM,
 * formula cells neutralised, through the console's CSV writer) or .xlsx (write-excel-file).
 */

import { audit } from '../../db/audit.ts';
import type { LedgerEntry, Person } from '../../db/index.ts';
import { formatDay } from '../../import/dates.ts';
import { homeText } from '../../shared/person-label.ts';
import { type Household, households } from '../dashboard/colour-map.ts';
import { type Cell, saveTable } from '../table-file.ts';
import { type StringKey, t } from './strings.ts';

/** A table to export: a header and its rows. */
export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
}

const RESIDENT_COLUMNS: StringKey[] = [
  'field_building',
  'field_unit',
  'field_room',
  'field_name',
  'field_phone',
  'field_status',
  'field_statusFrom',
  'field_statusTo',
  'field_vaccineDoses',
  'field_vaccineSeries',
];
/** Residents as a table, with full personal data (the export is the manager's own ledger). */
export function residentTable(people: readonly Person[]): Table {
  return {
    name: 'residents',
    header: RESIDENT_COLUMNS.map((key) => t(key)),
    rows: people.map((p) => [
      p.building,
      p.unit,
      p.room,
      p.name,
      p.phone,
      t(`status_${p.status}`),
      formatDay(p.statusFrom),
      formatDay(p.statusTo),
      p.vaccineDoses ?? null,
      p.vaccineSeries ?? null,
    ]),
  };
}

/** Couriers and visitors as a table: who, the company and plate they declared, whom they visit, until when. */
export function visitorTable(people: readonly Person[]): Table {
  return {
    name: 'couriers-visitors',
    header: [
      t('field_kind'),
      t('field_name'),
      t('field_phone'),
      t('company'),
      t('plate'),
      t('host'),
      t('regExpiry'),
    ],
    rows: people.map((p) => [
      t(p.kind === 'courier' ? 'kindCourier' : 'kindVisitor'),
      p.name,
      p.phone,
      p.company ?? null,
      p.plate ?? null,
      homeText(p) || null,
      formatDay(p.registeredUntil),
    ]),
  };
}

/** Households (building / unit / room) with their people count and map colour. */
export function householdTable(people: readonly Person[], now: number): Table {
  const list: Household[] = households(people, now);
  return {
    name: 'households',
    header: [t('field_building'), t('field_unit'), t('field_room'), t('regPeople'), t('regStatus')],
    rows: list.map((h) => [h.building, h.unit, h.room, h.people, t(`colour_${h.colour}`)]),
  };
}

/** The returnee ledger as a table. */
export function ledgerTable(entries: readonly LedgerEntry[]): Table {
  return {
    name: 'ledger',
    header: [
      t('field_name'),
      t('field_phone'),
      t('regAddress'),
      t('from'),
      t('regArrived'),
      t('regTransport'),
      t('regStatus'),
    ],
    rows: entries.map((e) => [
      e.name,
      e.phone,
      e.home ? `${e.home.building}-${e.home.unit ?? ''}-${e.home.room}` : '',
      e.from,
      e.arrivedOn,
      e.transport,
      t(
        e.status === 'pending'
          ? 'ledgerPending'
          : e.status === 'reported'
            ? 'ledgerReported'
            : 'ledgerClosed',
      ),
    ]),
  };
}

const stamp = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Downloads the table as CSV or .xlsx and writes the audit line. */
export async function exportTable(
  table: Table,
  format: 'csv' | 'xlsx',
  who: string,
  now: number,
): Promise<void> {
  const fileName = `${table.name}-${stamp(now)}.${format}`;
  await saveTable(fileName, table.header, table.rows, format);
  await audit('export', who, `${fileName} ${table.rows.length}`, now);
}
