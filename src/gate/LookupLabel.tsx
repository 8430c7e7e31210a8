import type { Person } from '../db/index.ts';
import type { LookupLabel as Label } from './lookup-query.ts';
import { t } from './strings.ts';

/**
 * One person found by hand: the name to choose by, the address, a phone tail where names collide,
 * and, in words (never colour alone), a status under home measures or a registration that ended.
 */
export function LookupLabel({ person, label }: { person: Person; label: Label | undefined }) {
  const lapsed = person.registeredUntil !== null && person.registeredUntil < Date.now();
  return (
    <span class="lookup-label">
      <span class="lookup-name">{label?.name}</span> · <span>{label?.address}</span>
      {label?.phoneTail && <span class="lookup-phone"> · {t('phoneTail', { tail: label.phoneTail })}</span>}
      {person.status !== 'normal' && (
        <span class="badge warn" data-testid="lookup-status">
          <span aria-hidden="true">⚠</span> {t(`status_${person.status}`)}
        </span>
      )}
      {lapsed && (
        <span class="badge warn" data-testid="lookup-lapsed">
          <span aria-hidden="true">⌛</span> {t('registrationLapsed')}
        </span>
      )}
    </span>
  );
}
