import { maskName, maskPhone } from '../../app/mask.ts';
import type { Person } from '../../db/index.ts';
import { formatDay } from '../../import/dates.ts';
import { homeText } from '../../shared/person-label.ts';
import { t } from './strings.ts';

/** One person in a registry list, masked; a tap opens the full edit form. */
export function PersonRow(props: { person: Person; now: number; onOpen: (p: Person) => void }) {
  const p = props.person;
  const resident = p.kind === 'resident';
  const expired = p.registeredUntil !== null && p.registeredUntil < props.now;
  // A courier is told apart by company and plate, a visitor by the household visited.
  const place = resident
    ? homeText(p)
    : [t(p.kind === 'courier' ? 'kindCourier' : 'kindVisitor'), p.company, p.plate, homeText(p)]
        .filter(Boolean)
        .join(' ');
  return (
    <li>
      <button
        type="button"
        class="person-row"
        data-testid="person-row"
        data-id={p.id}
        onClick={() => props.onOpen(p)}
      >
        <span class="person-name">{maskName(p.name)}</span>
        <span>{p.phone ? maskPhone(p.phone) : '—'}</span>
        <span data-testid="person-place">{place}</span>
        <span class={`status status-${p.status}`} data-status={p.status}>
          {t(`status_${p.status}`)}
        </span>
        <span>
          {resident
            ? p.vaccineSeries != null &&
              `${t('field_vaccineDoses')} ${p.vaccineDoses ?? 0}/${p.vaccineSeries}`
            : p.registeredUntil !== null &&
              `${expired ? `！${t('regExpired')}` : t('regExpiry')} ${formatDay(p.registeredUntil)}`}
        </span>
        <span class="edit-hint">{t('regEdit')}</span>
      </button>
    </li>
  );
}
