import { useEffect, useState } from 'preact/hooks';
import { maskName, maskPhone } from '../../app/mask.ts';
import { newId, type Person } from '../../db/index.ts';
import { searchPeople } from '../../db/people.ts';
import { formatDay } from '../../import/dates.ts';
import { PersonForm } from './PersonForm.tsx';
import { RegistrySearch } from './RegistrySearch.tsx';
import { registryQuery } from './registry-state.ts';
import { t } from './strings.ts';

function blank(kind: Person['kind'], now: number): Person {
  return {
    id: `${kind === 'resident' ? 'res' : kind}:${newId(now)}`,
    kind,
    name: '',
    phone: null,
    building: null,
    unit: null,
    room: null,
    status: 'normal',
    registeredUntil: null,
    updatedAt: now,
  };
}

function address(p: Person): string {
  return [p.building, p.unit, p.room].filter(Boolean).join('-');
}

/** A searchable list of people of some kinds, masked; a tap opens the full edit form. */
export function PeopleList(props: { kinds: Person['kind'][]; version: number }) {
  const query = registryQuery.value;
  const setQuery = (text: string) => {
    registryQuery.value = text;
  };
  const [people, setPeople] = useState<Person[] | null>(null);
  const [editing, setEditing] = useState<Person | null>(null);
  const [saved, setSaved] = useState(0);
  const resident = props.kinds.includes('resident');
  const now = Date.now();

  useEffect(() => {
    let live = true;
    void searchPeople(props.kinds, query).then((found) => live && setPeople(found));
    return () => {
      live = false;
    };
  }, [query, saved, props.version, props.kinds.join()]);

  if (editing)
    return (
      <PersonForm
        person={editing}
        onDone={(ok) => {
          setEditing(null);
          if (ok) setSaved(saved + 1);
        }}
      />
    );
  return (
    <div class="people">
      <div class="filters">
        <RegistrySearch value={query} onInput={setQuery} />
        {resident && (
          <button
            type="button"
            class="btn"
            data-testid="person-add"
            onClick={() => setEditing(blank('resident', now))}
          >
            ＋ {t('regAdd')}
          </button>
        )}
      </div>
      {saved > 0 && (
        <p class="ok" role="status" data-testid="person-saved">
          ✓ {t('regSaved')}
        </p>
      )}
      {people !== null && people.length === 0 && <p class="hint">{t('regNone')}</p>}
      <ul class="people-list">
        {(people ?? []).map((p) => {
          const expired = p.registeredUntil !== null && p.registeredUntil < now;
          return (
            <li key={p.id}>
              <button
                type="button"
                class="person-row"
                data-testid="person-row"
                data-id={p.id}
                onClick={() => setEditing(p)}
              >
                <span class="person-name">{maskName(p.name)}</span>
                <span>{p.phone ? maskPhone(p.phone) : '—'}</span>
                <span>
                  {resident
                    ? address(p)
                    : `${t(p.kind === 'courier' ? 'kindCourier' : 'kindVisitor')} ${p.company ?? ''}`}
                </span>
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
        })}
      </ul>
    </div>
  );
}
