/**
 * How a passage or flag reads on screen and in the CSV: the same masking in both places. The
 * passage export's columns and line writer are src/policy/passage-export.ts's (the hub writes the
 * same file); this module gives them the console's language and its people.
 */

import { lang } from '../../app/i18n.ts';
import { maskName, maskPhone } from '../../app/mask.ts';
import type { Flag, Passage, Person } from '../../db/index.ts';
import { type LoggedPassage, type PassageRow, rowView } from '../../db/log/rows.ts';
import { exportWords, formatTime, passageCsvWriter } from '../../policy/passage-export.ts';
import { codeText } from '../../shared/reason-words.ts';
import { type StringKey, t } from './strings.ts';

/** The time format of every screen and export (src/policy/passage-export.ts). */
export { formatTime };

/** The mark beside a verdict's word in a log row (colour is never the only signal). */
export const VERDICT_ICON: Record<Passage['verdict'], string> = {
  pass: '✓',
  review: '!',
  deny: '✗',
  recorded: '·',
};

/** An <input type="date"> value's day as a local midnight (epoch ms), or null when empty. */
export const inputDayStart = (value: string): number | null =>
  value ? new Date(`${value}T00:00:00`).getTime() : null;

/** A plate with only its region letters and last character shown: 沪A****5. */
export function maskPlate(plate: string): string {
  const c = Array.from(plate);
  return c.length <= 3 ? plate : `${c.slice(0, 2).join('')}${'*'.repeat(c.length - 3)}${c[c.length - 1]}`;
}

/** A reason or flag kind in words, or its code when unknown. */
export function reasonLabel(code: string): string {
  return codeText(code);
}

/** How a flag was resolved, in words ('' when open). */
export function resolutionLabel(code: string | null): string {
  if (code === null) return '';
  const key = `res_${code}`;
  return t.has(key) ? t(key) : code;
}

const MASK: Record<string, StringKey> = { ok: 'maskOk', improper: 'maskImproper', none: 'maskNone' };
const COLOUR: Record<string, StringKey> = { green: 'codeGreen', yellow: 'codeYellow', red: 'codeRed' };
const SOURCE: Record<string, StringKey> = {
  verified: 'srcVerified',
  attested: 'srcAttested',
  declared: 'srcDeclared',
};
const word = (table: Record<string, StringKey>, code: string | null | undefined): string => {
  // Own keys only: a damaged record's code can be any text, "constructor" included.
  const key = code && Object.hasOwn(table, code) ? table[code] : undefined;
  return key ? t(key) : (code ?? '');
};

/** The mask check in words. */
export function maskLabel(mask: string | null | undefined): string {
  return word(MASK, mask);
}

/** The code colour and where it came from, in words: 绿码（已验签）. */
export function colourLabel(colour: string | null | undefined, source: string | null | undefined): string {
  if (!colour) return '';
  return t('colourWithSource', { colour: word(COLOUR, colour), source: word(SOURCE, source) });
}

/** A stored code in words from the `prefix_code` string, or the code itself when unknown. */
function coded(prefix: string, code: string | null | undefined): string {
  if (!code) return '';
  const key = `${prefix}_${code}`;
  return t.has(key) ? t(key) : code;
}

/** What the signature check found, in words (自行申报，未签名 rather than `unsigned`). */
export function signatureLabel(code: string | null | undefined): string {
  return coded('sig', code);
}

/** What the validity check found, in words. */
export function validityLabel(code: string | null | undefined): string {
  return coded('validity', code);
}

/** The kind of code scanned, in words (其他二维码 rather than `opaque`). */
export function codeFormatLabel(code: string | null | undefined): string {
  return coded('kind', code);
}

/** Who the check was about, by kind, in words (快递 / 外卖 rather than `courier`). */
export function personKindLabel(code: string | null | undefined): string {
  return coded('person', code);
}

/** The verdict in words (an unknown one, from a damaged record, as its code). */
export function verdictLabel(v: Passage['verdict']): string {
  if (v === 'recorded') return t('verdictRecorded');
  const key = `verdict_${v}`;
  return t.has(key) ? t(key) : v;
}

/** The masked person fields of a passage: name, phone, plate. */
export function personCells(person: Person | undefined): [string, string, string] {
  if (!person) return ['', '', ''];
  return [
    maskName(person.name),
    person.phone ? maskPhone(person.phone) : '',
    person.plate ? maskPlate(person.plate) : '',
  ];
}

/** The CSV header of the log export. */
export function logHeader(): string[] {
  return exportWords(lang.value).header;
}

/**
 * Remembers `make(arg)` per key of the argument (the argument itself by default): worked out once
 * per export, not once per row. One argument, no rest parameters: it runs several times a row.
 */
function memo<A, V>(make: (arg: A) => V, key: (arg: A) => unknown = (arg) => arg): (arg: A) => V {
  const kept = new Map<unknown, V>();
  return (arg) => {
    const k = key(arg);
    let v = kept.get(k);
    if (v === undefined) {
      v = make(arg);
      kept.set(k, v);
    }
    return v;
  };
}

/** The same for two arguments, in a map per first argument. */
function memo2<A, B, V>(make: (a: A, b: B) => V): (a: A, b: B) => V {
  const kept = new Map<A, (b: B) => V>();
  return (a, b) => {
    let inner = kept.get(a);
    if (inner === undefined) {
      inner = memo((bb: B) => make(a, bb));
      kept.set(a, inner);
    }
    return inner(b);
  };
}

/** The worded cells of a log row, each worked out once per export (an export writes 100,000 rows). */
function logLabels() {
  return {
    direction: memo((d: string) => (d === 'in' ? t('directionIn') : t('directionOut'))),
    verdict: memo(verdictLabel),
    // Each stored passage has its own reasons array: keyed by what it holds.
    reasons: memo(
      (rs: readonly string[]) => rs.map(reasonLabel).join('; '),
      (rs) => JSON.stringify(rs),
    ),
    mask: memo((m: string | null | undefined) => maskLabel(m)),
    colour: memo2(colourLabel),
  };
}

/** A person's masked cells, once per person object. */
function personCellsKept(): (person: Person | undefined) => [string, string, string] {
  const people = new WeakMap<Person, [string, string, string]>();
  return (person) => {
    if (!person) return ['', '', ''];
    let cells = people.get(person);
    if (!cells) {
      cells = personCells(person);
      people.set(person, cells);
    }
    return cells;
  };
}

/** A writer of passages as table rows (the .xlsx export), personal data masked as on screen. */
export function logRowWriter(): (p: LoggedPassage, person: Person | undefined) => (string | number | null)[] {
  const l = logLabels();
  const cellsOf = personCellsKept();
  return (p, person) => {
    const c = p.check;
    return [
      formatTime(p.at),
      p.gateId,
      l.direction(p.direction),
      l.verdict(p.verdict),
      p.reasons.length === 0 ? '' : l.reasons(p.reasons),
      ...cellsOf(person),
      c ? c.temperaturesC.join(' / ') : '',
      l.mask(c?.mask),
      l.colour(c?.colour, c?.colourSource),
      c?.volunteer ?? '',
      c?.policyVersion ?? '',
      p.id,
    ];
  };
}

/**
 * A writer of stored log rows as CSV lines (CRLF-terminated), the same text csvLines makes of
 * logRowWriter's cells: the pure writer the hub's export uses too, in the console's language.
 */
export function logCsvWriter(): (r: PassageRow, person: Person | undefined) => string {
  const line = passageCsvWriter<Person>(exportWords(lang.value), personCells);
  return (row, person) => line(rowView(row), person);
}

/** The CSV header of the flag export. */
export function flagHeader(): string[] {
  return [
    t('colTime'),
    t('gate'),
    t('colKind'),
    t('colStatus'),
    t('colOpenedBy'),
    t('colResolution'),
    t('colResolvedBy'),
    t('colResolvedAt'),
    t('colNote'),
    t('colPassageId'),
  ];
}

/** One flag as a CSV row. */
export function flagRow(f: Flag): (string | number | null)[] {
  return [
    formatTime(f.at),
    f.gateId,
    reasonLabel(f.kind),
    f.status === 'open' ? t('flagOpen') : t('flagResolved'),
    f.openedBy,
    resolutionLabel(f.resolution),
    f.resolvedBy,
    f.resolvedAt === null ? '' : formatTime(f.resolvedAt),
    f.note,
    f.passageId,
  ];
}
