import { useEffect, useState } from 'preact/hooks';
import { maskName } from '../../app/mask.ts';
import type { Person } from '../../db/index.ts';
import { searchPeople } from '../../db/people.ts';
import { RegistrySearch } from './RegistrySearch.tsx';
import { registryQuery } from './registry-state.ts';
import { t } from './strings.ts';

interface Group {
  key: string;
  people: Person[];
}

/** Residents grouped into households (building / unit / room), searchable, names masked. */
export function HouseholdList(props: { version: number }) {
  const query = registryQuery.value;
  const setQuery = (text: string) => {
    registryQuery.value = text;
  };
  const [groups, setGroups] = useState<Group[]>([]);
  useEffect(() => {
    let live = true;
    void searchPeople(['resident'], query, 500).then((people) => {
      const map = new Map<string, Person[]>();
      for (const p of people) {
        const key = [p.building, p.unit, p.room].filter(Boolean).join('-');
        map.set(key, [...(map.get(key) ?? []), p]);
      }
      const sorted = [...map].sort(([a], [b]) => a.localeCompare(b, 'zh-CN', { numeric: true }));
      if (live) setGroups(sorted.map(([key, list]) => ({ key, people: list })));
    });
    return () => {
      live = false;
    };
  }, [query, props.version]);
  return (
    <div class="households">
      <div class="filters">
        <RegistrySearch value={query} onInput={setQuery} />
      </div>
      {groups.length === 0 && <p class="hint">{t('regNone')}</p>}
      <ul class="household-list">
        {groups.map((g) => (
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
