import { useState } from 'preact/hooks';
import { ExportBar } from './ExportBar.tsx';
import { HouseholdList } from './HouseholdList.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { LedgerList } from './LedgerList.tsx';
import { PeopleList } from './PeopleList.tsx';
import { type StringKey, t } from './strings.ts';
import './registry.css';

const VIEWS = ['residents', 'households', 'visitors', 'ledger', 'import'] as const;
type View = (typeof VIEWS)[number];
const LABELS: Record<View, StringKey> = {
  residents: 'regResidents',
  households: 'regHouseholds',
  visitors: 'regVisitors',
  ledger: 'regLedger',
  import: 'regImport',
};
const RESIDENT: ['resident'] = ['resident'];
const VISITORS: ['courier', 'visitor'] = ['courier', 'visitor'];

/** Residents, households, couriers, visitors and the returnee ledger; imports and exports. */
export function RegistryPanel() {
  const [view, setView] = useState<View>('residents');
  // Bumped after an import so every list reads again.
  const [version, setVersion] = useState(0);
  return (
    <section class="panel registry" aria-labelledby="registry-title" data-testid="registry">
      <h3 id="registry-title">{t('registryTitle')}</h3>
      <div role="tablist" class="registry-views">
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            class={`btn toggle${view === v ? ' on' : ''}`}
            data-testid={`registry-${v}`}
            onClick={() => setView(v)}
          >
            {t(LABELS[v])}
          </button>
        ))}
      </div>
      {view === 'residents' && <PeopleList kinds={RESIDENT} version={version} />}
      {view === 'households' && <HouseholdList version={version} />}
      {view === 'visitors' && <PeopleList kinds={VISITORS} version={version} />}
      {view === 'ledger' && <LedgerList version={version} />}
      {view === 'import' && <ImportPanel onImported={() => setVersion(version + 1)} />}
      <ExportBar />
    </section>
  );
}
