import { useState } from 'preact/hooks';
import type { LedgerEntry, LedgerMeasure as Measure } from '../../db/index.ts';
import { setLedgerMeasure } from '../../db/ledger.ts';
import { session } from '../console/access-state.ts';
import { t } from './strings.ts';

const KINDS: Measure['kind'][] = ['home-quarantine', 'home-monitoring', 'central-quarantine'];

/** A returnee's control measure and its days, as the committee set them; saved and audited. */
export function LedgerMeasure({ entry, onSaved }: { entry: LedgerEntry; onSaved: () => void }) {
  const [kind, setKind] = useState<Measure['kind'] | ''>(entry.measure?.kind ?? '');
  const [from, setFrom] = useState(entry.measure?.from ?? entry.arrivedOn);
  const [to, setTo] = useState(entry.measure?.to ?? '');
  async function save(e: Event) {
    e.preventDefault();
    const measure = kind === '' ? null : { kind, from, to };
    await setLedgerMeasure(entry.id, measure, session.value ?? '', Date.now());
    onSaved();
  }
  return (
    <form class="ledger-measure" data-testid="ledger-measure" onSubmit={(e) => void save(e)}>
      <label class="field">
        {t('ledMeasure')}
        <select
          data-testid="ledger-measure-kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as Measure['kind'] | '')}
        >
          <option value="">{t('ledMeasureNone')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`status_${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t('ledMeasureFrom')}
        <input
          type="date"
          data-testid="ledger-measure-from"
          value={from}
          disabled={kind === ''}
          onInput={(e) => setFrom(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        {t('ledMeasureTo')}
        <input
          type="date"
          data-testid="ledger-measure-to"
          value={to}
          disabled={kind === ''}
          onInput={(e) => setTo(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="btn ghost" data-testid="ledger-measure-save">
        {t('ledMeasureSave')}
      </button>
    </form>
  );
}
