import { useState } from 'preact/hooks';
import type { Person } from '../db/index.ts';
import { findPeople } from '../db/people.ts';
import { personLabel } from '../shared/person-label.ts';
import { startCheck } from './check-state.ts';
import { LookupLabel } from './LookupLabel.tsx';
import { lookupLabels, readLookup } from './lookup-query.ts';
import { t } from './strings.ts';

/**
 * For people without a phone: find a resident by building / unit / room (or "1-901" in one field)
 * or name, then check them. Each result says enough to choose the right person of a household.
 */
export function ManualLookup() {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState({ building: '', unit: '', room: '', name: '' });
  const [found, setFound] = useState<Person[] | null>(null);
  const labels = lookupLabels(found ?? []);
  if (!open) {
    return (
      <button type="button" class="btn ghost" data-testid="manual-lookup" onClick={() => setOpen(true)}>
        <span aria-hidden="true">⌕</span> {t('manualPerson')}
      </button>
    );
  }
  const field = (key: keyof typeof q, label: string) => (
    <label class="field">
      {label}
      <input
        type="text"
        value={q[key]}
        data-testid={`lookup-${key}`}
        onInput={(e) => setQ({ ...q, [key]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <section class="panel lookup">
      <form
        class="lookup-form"
        onSubmit={async (e) => {
          e.preventDefault();
          setFound(await findPeople(readLookup(q)));
        }}
      >
        {field('building', t('building'))}
        {field('unit', t('unit'))}
        {field('room', t('room'))}
        {field('name', t('name'))}
        <button type="submit" class="btn" data-testid="lookup-search">
          {t('search')}
        </button>
      </form>
      {found?.length === 0 && (
        <p class="empty" data-testid="lookup-none">
          {t('noMatches')}
        </p>
      )}
      <ul class="lookup-results">
        {found?.map((p, i) => (
          <li key={p.id}>
            <button
              type="button"
              class="btn"
              data-testid="lookup-result"
              data-status={p.status}
              onClick={() => {
                startCheck(
                  null,
                  { kind: p.kind, status: p.status, registeredUntil: p.registeredUntil },
                  p.id,
                  false,
                  personLabel(p, null),
                );
                setOpen(false);
                setFound(null);
              }}
            >
              <LookupLabel person={p} label={labels[i]} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
