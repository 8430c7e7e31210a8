/**
 * The unmasked export for contact tracing (密接追踪): one period's passages with the people's
 * full names, phones, plates, ID last 4 and homes, as CSV. Masked stays the default everywhere
 * else; this one needs the PIN again and a typed reason, and its audit line keeps both the
 * period and the reason (the caller checks the PIN: access-state.ts `confirmPin`).
 */
import { audit } from '../../db/audit.ts';
import type { Person } from '../../db/index.ts';
import { type LogFilter, NO_FILTER, passageBatches } from '../../db/log/queries.ts';
import { rowView } from '../../db/log/rows.ts';
import { peopleLookup } from '../../db/people.ts';
import { csvHead, csvLines } from '../../policy/csv-write.ts';
import { downloadParts } from '../../shared/download.ts';
import { homeText } from '../../shared/person-label.ts';
import { colourLabel, formatTime, maskLabel, reasonLabel, verdictLabel } from './log-rows.ts';
import { t } from './strings.ts';

/** Shortest reason accepted: a few words saying who asked and why. */
export const MIN_REASON_CHARS = 4;

/** A period of whole local days, YYYY-MM-DD, both included. */
export interface Period {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const dayStart = (day: string) => new Date(`${day}T00:00:00`).getTime();

/** The header of the unmasked export. */
export function fullHeader(): string[] {
  return [
    t('colTime'),
    t('gate'),
    t('direction'),
    t('colVerdict'),
    t('colReasons'),
    t('colName'),
    t('colPhone'),
    t('colPlate'),
    t('colIdLast4'),
    t('colHomeOrCompany'),
    t('colTemps'),
    t('mask'),
    t('colColour'),
    t('colVolunteer'),
    t('colRecordId'),
  ];
}

/** The person's cells, whole: name, phone, plate, ID last 4, home or company. */
function personCells(p: Person | undefined): string[] {
  if (!p) return ['', '', '', '', ''];
  return [p.name, p.phone ?? '', p.plate ?? '', p.idLast4 ?? '', p.company || homeText(p)];
}

/**
 * Exports every passage of `period` with full personal data and audits it with `reason` under
 * `who`; returns the row count. Refused (an error) without a reason or with a period backwards.
 */
export async function exportFullLogs(
  period: Period,
  reason: string,
  who: string,
  now: number,
): Promise<number> {
  const why = reason.trim();
  const from = dayStart(period.from);
  const to = dayStart(period.to) + DAY_MS - 1;
  if (Array.from(why).length < MIN_REASON_CHARS) throw new Error('a reason is required');
  if (!(from <= to)) throw new Error('the period is backwards');
  const filter: LogFilter = { ...NO_FILTER, from, to };
  const lookup = peopleLookup();
  const parts: BlobPart[] = [csvHead(fullHeader())];
  let count = 0;
  for await (const rows of passageBatches(filter)) {
    const persons = await lookup(rows);
    const lines = rows.map((row) => {
      const r = rowView(row);
      const person = r.personId === null ? undefined : persons.get(r.personId);
      return [
        formatTime(r.at),
        r.gateId,
        r.direction === 'in' ? t('directionIn') : t('directionOut'),
        verdictLabel(r.verdict),
        r.reasons.map(reasonLabel).join('; '),
        ...personCells(person),
        r.temperaturesC === null ? '' : r.temperaturesC.join(' / '),
        maskLabel(r.mask),
        colourLabel(r.colour, r.colourSource),
        r.volunteer,
        r.id,
      ];
    });
    parts.push(csvLines(lines));
    count += rows.length;
  }
  const name = `passages-full-${period.from}-${period.to}.csv`;
  downloadParts(name, parts, 'text/csv;charset=utf-8');
  await audit('export-full', who, `${name} ${count} ${period.from}..${period.to} — ${why}`, now);
  return count;
}
