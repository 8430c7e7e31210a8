import { useState } from 'preact/hooks';
import { ledgerPage } from '../../db/ledger.ts';
import { loadRegions } from '../../shared/regions.ts';
import { session } from '../console/access-state.ts';
import {
  exportTable,
  householdTable,
  ledgerTable,
  residentTable,
  type Table,
  visitorTable,
} from './export.ts';
import { ledgerMatches, registryQuery, searchRegistry } from './registry-state.ts';
import { type StringKey, t } from './strings.ts';

type What = 'residents' | 'households' | 'visitors' | 'ledger';
const LABELS: Record<What, Record<'csv' | 'xlsx', StringKey>> = {
  residents: { csv: 'expResidentsCsv', xlsx: 'expResidentsXlsx' },
  households: { csv: 'expHouseholdsCsv', xlsx: 'expHouseholdsXlsx' },
  visitors: { csv: 'expVisitorsCsv', xlsx: 'expVisitorsXlsx' },
  ledger: { csv: 'expLedgerCsv', xlsx: 'expLedgerXlsx' },
};

// What the list shows is what is exported: the search applies, without the list's display limit.
async function table(what: What, now: number): Promise<Table> {
  const query = registryQuery.value.trim();
  if (what === 'ledger')
    return ledgerTable(
      (await ledgerPage(100_000)).filter((e) => ledgerMatches(e, query)),
      await loadRegions(),
    );
  if (what === 'visitors') return visitorTable(await searchRegistry(['courier', 'visitor'], query));
  const people = await searchRegistry(['resident'], query);
  return what === 'residents' ? residentTable(people) : householdTable(people, now);
}

/** Export buttons: residents, households, couriers and visitors, and the ledger (as searched), each as CSV or Excel. */
export function ExportBar() {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function run(what: What, format: 'csv' | 'xlsx') {
    setBusy(true);
    setFailed(false);
    try {
      const now = Date.now();
      await exportTable(await table(what, now), format, session.value ?? '', now);
    } catch {
      // Said in words; the busy flag is cleared below either way, so another export still works.
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div class="export-bar">
      {failed && (
        <p class="notice" role="alert" data-testid="export-failed">
          ✗ {t('impSaveFailed')}
        </p>
      )}
      {(Object.keys(LABELS) as What[]).flatMap((what) =>
        (['csv', 'xlsx'] as const).map((format) => (
          <button
            key={`${what}-${format}`}
            type="button"
            class="btn ghost"
            data-testid={`export-${what}-${format}`}
            disabled={busy}
            onClick={() => void run(what, format)}
          >
            ↓ {t(LABELS[what][format])}
          </button>
        )),
      )}
    </div>
  );
}
