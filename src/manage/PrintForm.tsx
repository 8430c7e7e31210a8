import { useState } from 'preact/hooks';
import { oneYearFrom } from './issue-cards.ts';
import { t } from './strings.ts';

export type Scope = 'household' | 'building' | 'all';

/** What the manager asked to print. */
export interface PrintRequest {
  scope: Scope;
  building: string;
  unit: string;
  room: string;
  validUntil: string;
}

const SCOPES: readonly [Scope, 'scopeHousehold' | 'scopeBuilding' | 'scopeAll'][] = [
  ['household', 'scopeHousehold'],
  ['building', 'scopeBuilding'],
  ['all', 'scopeAll'],
];

/** Chooses one household, one building or all residents, and how long the cards are valid. */
export function PrintForm({ busy, onSubmit }: { busy: boolean; onSubmit: (r: PrintRequest) => void }) {
  const [req, setReq] = useState<PrintRequest>({
    scope: 'household',
    building: '',
    unit: '',
    room: '',
    validUntil: oneYearFrom(Date.now()),
  });
  const set = (patch: Partial<PrintRequest>) => setReq({ ...req, ...patch });
  const field = (name: 'building' | 'unit' | 'room') => (
    <label class="field">
      {t(name)}
      <input
        value={req[name]}
        data-testid={`print-${name}`}
        onInput={(e) => set({ [name]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <form
      class="panel print-controls"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(req);
      }}
    >
      <fieldset class="picker">
        <legend>{t('printScope')}</legend>
        {SCOPES.map(([scope, label]) => (
          <button
            key={scope}
            type="button"
            class={`btn pick ${req.scope === scope ? 'on' : ''}`}
            aria-pressed={req.scope === scope}
            data-testid={`scope-${scope}`}
            onClick={() => set({ scope })}
          >
            {req.scope === scope && <span aria-hidden="true">✔ </span>}
            {t(label)}
          </button>
        ))}
      </fieldset>
      {req.scope !== 'all' && field('building')}
      {req.scope === 'household' && field('unit')}
      {req.scope === 'household' && field('room')}
      <label class="field">
        {t('validUntil')}
        <input
          type="date"
          value={req.validUntil}
          data-testid="print-valid-until"
          onInput={(e) => set({ validUntil: e.currentTarget.value })}
        />
      </label>
      <button type="submit" class="btn primary" data-testid="print-issue" disabled={busy}>
        {t('printIssue')}
      </button>
    </form>
  );
}
