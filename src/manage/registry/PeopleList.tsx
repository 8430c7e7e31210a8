import { useEffect, useMemo, useState } from 'preact/hooks';
import { newId, type Person } from '../../db/index.ts';
import { PAGE_ROWS, Pager } from './Pager.tsx';
import { PersonForm, type PersonFormResult } from './PersonForm.tsx';
import { PersonRow } from './PersonRow.tsx';
import { RegistrySearch } from './RegistrySearch.tsx';
import { searchIn } from './registry-query.ts';
import { registryPeople, registryQuery } from './registry-state.ts';
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

/**
 * A searchable list of people of some kinds, masked, every one of them reachable page by page
 * with the count shown; a tap opens the full edit form (and its delete).
 */
export function PeopleList(props: { kinds: Person['kind'][]; version: number }) {
  const query = registryQuery.value;
  const [people, setPeople] = useState<Person[] | null>(null);
  const [editing, setEditing] = useState<{ person: Person; isNew: boolean } | null>(null);
  const [done, setDone] = useState<{ result: PersonFormResult; n: number } | null>(null);
  const [page, setPage] = useState(0);
  const resident = props.kinds.includes('resident');
  const now = Date.now();

  // Read once per view and after each write; the search runs in memory.
  useEffect(() => {
    let live = true;
    void registryPeople(props.kinds).then((found) => live && setPeople(found));
    return () => {
      live = false;
    };
  }, [done?.n, props.version, props.kinds.join()]);
  const found = useMemo(() => (people ? searchIn(people, query) : null), [people, query]);
  const pages = Math.max(1, Math.ceil((found?.length ?? 0) / PAGE_ROWS));
  const shown = Math.min(page, pages - 1);

  if (editing)
    return (
      <PersonForm
        person={editing.person}
        isNew={editing.isNew}
        onDone={(result) => {
          setEditing(null);
          if (result) setDone({ result, n: (done?.n ?? 0) + 1 });
        }}
      />
    );
  return (
    <div class="people">
      <div class="filters">
        <RegistrySearch
          value={query}
          onInput={(text) => {
            registryQuery.value = text;
            setPage(0);
          }}
        />
        {resident && (
          <button
            type="button"
            class="btn"
            data-testid="person-add"
            onClick={() => setEditing({ person: blank('resident', now), isNew: true })}
          >
            ＋ {t('regAdd')}
          </button>
        )}
      </div>
      {done && (
        <p
          class="ok"
          role="status"
          data-testid={done.result === 'deleted' ? 'person-deleted' : 'person-saved'}
        >
          ✓ {t(done.result === 'deleted' ? 'regDeleted' : 'regSaved')}
        </p>
      )}
      {found !== null && <Pager total={found.length} page={shown} onPage={setPage} />}
      {found !== null && found.length === 0 && <p class="hint">{t('regNone')}</p>}
      <ul class="people-list">
        {(found ?? []).slice(shown * PAGE_ROWS, (shown + 1) * PAGE_ROWS).map((p) => (
          <PersonRow
            key={p.id}
            person={p}
            now={now}
            onOpen={(person) => setEditing({ person, isNew: false })}
          />
        ))}
      </ul>
    </div>
  );
}
