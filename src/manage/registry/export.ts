/**
 * Registry exports: residents, households and the returnee ledger as CSV (UTF-8 with a BOM,
 * formula cells neutralised, through the console's CSV writer) or .xlsx (typed cells, sized
 * columns, a named sheet: table-file.ts).
 */

import { audit } from '../../db/audit.ts';
import type { LedgerEntry, Person } from '../../db/index.ts';
import { formatDay } from '../../import/dates.ts';
import { homeText } from '../../shared/person-label.ts';
import { codeLabel, type RegionNode } from '../../shared/regions.ts';
import { type Household, households } from '../dashboard/colour-map.ts';
import { type Cell, dayCell, saveTable } from '../table-file.ts';
import { type StringKey, t } from './strings.ts';

/** A table to export: a header and its rows. */
export interface Table {
  /** The file's name before its date. */
  name: string;
  /** The .xlsx sheet's name. */
  sheet: string;
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
    sheet: t('regResidents'),
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
    // A sheet's name may not hold '/'.
    sheet: t('regVisitors').replace(/\s*\/\s*/g, ' & '),
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
      dayCell(formatDay(p.registeredUntil)),
    ]),
  };
}

/** Households (building / unit / room) with their people count and map colour. */
export function householdTable(people: readonly Person[], now: number): Table {
  const list: Household[] = households(people, now);
  return {
    name: 'households',
    sheet: t('regHouseholds'),
    header: [t('field_building'), t('field_unit'), t('field_room'), t('regPeople'), t('regStatus')],
    rows: list.map((h) => [h.building, h.unit, h.room, h.people, t(`colour_${h.colour}`)]),
  };
}

const LEDGER_COLUMNS: StringKey[] = [
  'field_name',
  'ledIdLast4',
  'field_phone',
  'ledFrom',
  'regArrived',
  'regTransport',
  'ledTransportNo',
  'regAddress',
  'ledItinerary',
  'ledColour',
  'ledMeasure',
  'ledMeasureFrom',
  'ledMeasureTo',
  'ledReportedAt',
  'ledReportedBy',
  'regStatus',
];
const LEDGER_STATUS = {
  pending: 'ledgerPending',
  reported: 'ledgerReported',
  closed: 'ledgerClosed',
} as const;
const COLOUR = { green: 'codeGreen', yellow: 'codeYellow', red: 'codeRed' } as const;

/** A declared place by name when it is a GB/T 2260 code (440305 → 广东省深圳市南山区), else as written. */
function place(tree: readonly RegionNode[], code: string): string {
  return codeLabel(tree, code) || code;
}

/** The itinerary on one line: 广东省深圳市南山区 11-18；上海市浦东新区 11-20. */
function itineraryText(tree: readonly RegionNode[], stops: LedgerEntry['itinerary']): string {
  return stops.map((s) => `${place(tree, s.region)} ${s.date.slice(5)}`).join('；');
}

/**
 * The returnee ledger (台账) as the committee keeps it: who (name, ID last 4, phone), from where
 * and how (arrival day, transport and its number), home, itinerary, code colour, the control
 * measure and its days, when and by whom it was reported, and its status. `tree` names the places.
 */
export function ledgerTable(entries: readonly LedgerEntry[], tree: readonly RegionNode[]): Table {
  const text = (v: string | null | undefined): Cell => (v ? v : null);
  return {
    name: 'ledger',
    sheet: t('regLedger'),
    header: LEDGER_COLUMNS.map((key) => t(key)),
    rows: entries.map((e) => [
      e.name,
      text(e.idLast4),
      e.phone,
      text(place(tree, e.from)),
      dayCell(e.arrivedOn),
      text(e.transport),
      text(e.transportNo),
      text(e.home ? homeText(e.home) : ''),
      text(itineraryText(tree, e.itinerary)),
      e.colour ? t(COLOUR[e.colour]) : null,
      e.measure ? t(`status_${e.measure.kind}`) : null,
      e.measure ? dayCell(e.measure.from || null) : null,
      e.measure ? dayCell(e.measure.to || null) : null,
      e.reportedAt ? { date: e.reportedAt, time: true } : null,
      text(e.reportedBy),
      t(LEDGER_STATUS[e.status]),
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
  await saveTable(fileName, table.header, table.rows, format, table.sheet);
  await audit('export', who, `${fileName} ${table.rows.length}`, now);
}
