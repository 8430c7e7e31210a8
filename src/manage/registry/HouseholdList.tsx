import { useEffect, useMemo, useState } from 'preact/hooks';
import { maskName } from '../../app/mask.ts';
import type { Person } from '../../db/index.ts';
import { homeText } from '../../shared/person-label.ts';
import { PAGE_ROWS, Pager } from './Pager.tsx';
import { RegistrySearch } from './RegistrySearch.tsx';
import { searchIn } from './registry-query.ts';
import { registryPeople, registryQuery } from './registry-state.ts';
import { t } from './strings.ts';

interface Group {
  key: string;
  people: Person[];
}

// People come sorted by home, so each household's people are next to each other.
function group(people: readonly Person[]): Group[] {
  const groups: Group[] = [];
  for (const p of people) {
    const key = homeText(p);
    const last = groups.at(-1);
    if (last?.key === key) last.people.push(p);
    else groups.push({ key, people: [p] });
  }
  return groups;
}

/** Residents grouped into households (building / unit / room), searchable, paged, names masked. */
export function HouseholdList(props: { version: number }) {
  const query = registryQuery.value;
  const [people, setPeople] = useState<Person[] | null>(null);
  const [page, setPage] = useState(0);
  useEffect(() => {
    let live = true;
    void registryPeople(['resident']).then((found) => live && setPeople(found));
    return () => {
      live = false;
    };
  }, [props.version]);
  const groups = useMemo(() => group(searchIn(people ?? [], query)), [people, query]);
  const shown = Math.min(page, Math.max(0, Math.ceil(groups.length / PAGE_ROWS) - 1));
  return (
    <div class="households">
      <div class="filters">
        <RegistrySearch
          value={query}
          onInput={(text) => {
            registryQuery.value = text;
            setPage(0);
          }}
        />
      </div>
      {people !== null && <Pager total={groups.length} page={shown} onPage={setPage} unit="households" />}
      {people !== null && groups.length === 0 && <p class="hint">{t('regNone')}</p>}
      <ul class="household-list">
        {groups.slice(shown * PAGE_ROWS, (shown + 1) * PAGE_ROWS).map((g) => (
          <li key={g.key} class="household" data-testid="household-row" data-household={g.key}>
            <strong>{g.key}</strong>
            <span>
              {t('regPeople')} {g.people.length}
            </span>
            <span>{g.people.map((p) => maskName(p.name)).join('、')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
