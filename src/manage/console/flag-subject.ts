/** Who a flag is about and what was read, as the console's flag list and the daily report show it. */
import { maskName } from '../../app/mask.ts';
import type { FlagSubject } from '../../db/flags.ts';
import type { PersonLabel } from '../../db/index.ts';
import { homeText } from '../../shared/person-label.ts';

// The readings matter for a fever; on other flags they would only crowd the line.
const READING_KINDS = new Set(['fever', 'fever-remeasure']);

/** The masked name and home (or company) of a flag's person: the gate's label, or the returnee's entry. */
export function subjectWho(s: FlagSubject | undefined): PersonLabel | null {
  if (!s) return null;
  if (s.who) return s.who;
  const e = s.ledger;
  return e?.name ? { name: maskName(e.name), place: e.home ? homeText(e.home) : null } : null;
}

/** The temperatures of a fever flag: 38.2 → 38.4 °C ('' for other kinds or none recorded). */
export function subjectReadings(kind: string, s: FlagSubject | undefined): string {
  if (!s || !READING_KINDS.has(kind) || s.temperaturesC.length === 0) return '';
  return `${s.temperaturesC.map((c) => c.toFixed(1)).join(' → ')} °C`;
}

/** The person's words on one line: 李* · 2-1-202 ('' when nobody is known). */
export function whoText(who: PersonLabel | null | undefined): string {
  return who ? [who.name, who.place].filter(Boolean).join(' · ') : '';
}
