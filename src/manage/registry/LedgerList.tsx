import { useEffect, useState } from 'preact/hooks';
import { maskName, maskPhone } from '../../app/mask.ts';
import type { LedgerEntry } from '../../db/index.ts';
import { ledgerPage, setLedgerStatus } from '../../db/ledger.ts';
import { session } from '../console/access-state.ts';
import { RegistrySearch } from './RegistrySearch.tsx';
import { ledgerMatches, registryQuery } from './registry-state.ts';
import { t } from './strings.ts';

const STATUS_KEY = { pending: 'ledgerPending', reported: 'ledgerReported', closed: 'ledgerClosed' } as const;

/** The returnee ledger (台账): searchable, masked, with the status editable in place. */
export function LedgerList(props: { version: number }) {
  const [entries, setEntries] = useState<LedgerEntry[]>([]);
  const query = registryQuery.value;
  const setQuery = (text: string) => {
    registryQuery.value = text;
  };
  const [saved, setSaved] = useState(0);
  useEffect(() => {
    void ledgerPage().then(setEntries);
  }, [saved, props.version]);

  async function setStatus(e: LedgerEntry, status: LedgerEntry['status']) {
    await setLedgerStatus(e.id, status, session.value ?? '', Date.now());
    setSaved(saved + 1);
  }

  const shown = entries.filter((e) => ledgerMatches(e, query));
  return (
    <div class="ledger">
      <div class="filters">
        <RegistrySearch value={query} onInput={setQuery} />
      </div>
      {shown.length === 0 && <p class="hint">{t('ledgerEmpty')}</p>}
      <ul class="people-list">
        {shown.map((e) => (
          <li key={e.id} class="ledger-row" data-testid="ledger-row" data-status={e.status}>
            <span class="person-name">{maskName(e.name)}</span>
            <span>{maskPhone(e.phone)}</span>
            <span>
              {t('from')} {e.from} · {e.arrivedOn} · {e.transport}
              {e.transportNo ? ` ${e.transportNo}` : ''}
            </span>
            <label class="field">
              <span class="sr-only">{t('regStatus')}</span>
              <select
                data-testid="ledger-status"
                value={e.status}
                onChange={(ev) => void setStatus(e, ev.currentTarget.value as LedgerEntry['status'])}
              >
                {(['pending', 'reported', 'closed'] as const).map((s) => (
                  <option key={s} value={s}>
                    {t(STATUS_KEY[s])}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
