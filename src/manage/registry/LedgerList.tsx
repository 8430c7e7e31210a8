import { useEffect, useState } from 'preact/hooks';
import { maskName, maskPhone } from '../../app/mask.ts';
import type { LedgerEntry } from '../../db/index.ts';
import { setLedgerStatus, watchLedger } from '../../db/ledger.ts';
import { session } from '../console/access-state.ts';
import { formatTime } from '../console/log-rows.ts';
import { GateSelect } from '../hub/hub-controls.tsx';
import { LedgerMeasure } from './LedgerMeasure.tsx';
import { RegistrySearch } from './RegistrySearch.tsx';
import { ledgerMatches, registryQuery } from './registry-state.ts';
import { t } from './strings.ts';

const STATUS_KEY = { pending: 'ledgerPending', reported: 'ledgerReported', closed: 'ledgerClosed' } as const;

/**
 * The returnee ledger (台账): searchable, masked, with the status editable in place; on a
 * connected device every gate's entries (pulled from the hub, shown as they arrive), with a gate
 * filter once entries name a gate.
 */
export function LedgerList(props: { version: number }) {
  const [entries, setEntries] = useState<LedgerEntry[]>([]);
  const [gate, setGate] = useState('');
  const query = registryQuery.value;
  const setQuery = (text: string) => {
    registryQuery.value = text;
  };
  const [saved, setSaved] = useState(0);
  useEffect(() => watchLedger(500, setEntries), [saved, props.version]);

  async function setStatus(e: LedgerEntry, status: LedgerEntry['status']) {
    await setLedgerStatus(e.id, status, session.value ?? '', Date.now());
    setSaved(saved + 1);
  }

  const gates = [...new Set(entries.flatMap((e) => (e.gateId ? [e.gateId] : [])))];
  const shown = entries.filter((e) => ledgerMatches(e, query) && (!gate || e.gateId === gate));
  return (
    <div class="ledger">
      <div class="filters">
        <RegistrySearch value={query} onInput={setQuery} />
        {gates.length > 0 && (
          <GateSelect testId="ledger-gate" labelClass="field" gates={gates} value={gate} onChange={setGate} />
        )}
      </div>
      {shown.length === 0 && <p class="hint">{t('ledgerEmpty')}</p>}
      <ul class="people-list">
        {shown.map((e) => (
          <li
            key={e.id}
            class="ledger-row"
            data-testid="ledger-row"
            data-status={e.status}
            data-gate={e.gateId ?? ''}
          >
            <span class="person-name">{maskName(e.name)}</span>
            <span>{maskPhone(e.phone)}</span>
            <span>
              {t('from')} {e.from} · {e.arrivedOn} · {e.transport}
              {e.transportNo ? ` ${e.transportNo}` : ''}
              {e.gateId ? ` · ${e.gateId}` : ''}
            </span>
            {e.reportedAt ? (
              <span class="hint" data-testid="ledger-reported">
                {t('ledReportedAt')} {formatTime(e.reportedAt)} · {e.reportedBy}
              </span>
            ) : null}
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
            <LedgerMeasure entry={e} onSaved={() => setSaved(saved + 1)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
