import { useEffect, useState } from 'preact/hooks';
import { t } from '../app/i18n.ts';
import { maskName, maskPhone } from '../app/mask.ts';
import type { LedgerEntry } from '../db/index.ts';
import { advanceLedger, ledgerEntries } from '../db/registrations.ts';
import { volunteer } from './check-state.ts';

const STATUS_KEY = { pending: 'ledgerPending', reported: 'ledgerReported', closed: 'ledgerClosed' } as const;

/** The returnee ledger (台账): each entry moves pending → reported → closed. */
export function LedgerSettings() {
  const [rows, setRows] = useState<LedgerEntry[]>([]);
  const reload = () => void ledgerEntries().then(setRows);
  useEffect(reload, []);
  return (
    <section class="panel" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('ledgerTitle')}</h2>
      {rows.length === 0 && <p class="empty">{t('ledgerEmpty')}</p>}
      <ul class="ledger">
        {rows.map((r) => (
          <li key={r.id} data-testid="ledger-entry" data-status={r.status}>
            <span>
              {maskName(r.name)} · {maskPhone(r.phone)} · {r.from} → {r.arrivedOn} · {r.transport}
            </span>
            <strong>{t(STATUS_KEY[r.status])}</strong>
            {r.status !== 'closed' && (
              <button
                type="button"
                class="btn"
                data-testid="ledger-advance"
                onClick={() => void advanceLedger(r.id, volunteer.value, Date.now()).then(reload)}
              >
                {r.status === 'pending' ? t('ledgerMarkReported') : t('ledgerMarkClosed')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
