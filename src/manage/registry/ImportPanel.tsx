import { useState } from 'preact/hooks';
import { session } from '../console/access-state.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { ImportReport } from './ImportReport.tsx';
import { type ImportStep, previewFile, remap, runImport } from './import-state.ts';
import { t } from './strings.ts';

const PREVIEW_ROWS = 5;

/** Import from .xlsx / .csv: pick a file, check the column mapping and the rows, then write all or nothing. */
export function ImportPanel(props: { onImported: () => void }) {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  async function choose(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    setState(await previewFile(file, Date.now()));
    setBusy(false);
  }
  async function run() {
    if (state.step !== 'preview') return;
    setBusy(true);
    const next = await runImport(state, session.value ?? '', Date.now());
    setState(next);
    setBusy(false);
    if (next.step === 'done') props.onImported();
  }

  return (
    <div class="import" data-testid="import-panel" data-step={state.step}>
      <p class="hint">{t('impHint')}</p>
      <label class="btn file-pick">
        {t('impChoose')}
        <input
          type="file"
          class="sr-only"
          data-testid="import-file"
          accept=".xlsx,.csv,text/csv"
          onChange={choose}
        />
      </label>
      {state.step === 'unreadable' && (
        <p class="notice" role="alert" data-testid="import-unreadable">
          ✗ {t('impUnreadable')}
        </p>
      )}
      {state.step === 'failed' && (
        <p class="notice" role="alert" data-testid="import-failed">
          ✗ {t('impFailed')}
        </p>
      )}
      {state.step === 'done' && (
        <p class="ok" role="status" data-testid="import-done" data-count={state.count}>
          ✓ {t('impDone')} {state.count}
        </p>
      )}
      {state.step === 'preview' && (
        <div class="import-preview">
          <p data-testid="import-encoding" data-encoding={state.sheet.encoding}>
            {state.fileName} · {t('impEncoding')} {state.sheet.encoding.toUpperCase()} · {t('impRows')}{' '}
            {Math.max(0, state.sheet.rows.length - 1)}
          </p>
          <ColumnMapping
            header={state.sheet.rows[0] ?? []}
            map={state.map}
            onChange={(map) => setState(remap(state, map, Date.now()))}
          />
          <table class="table preview" aria-label={t('impPreview')}>
            <tbody>
              {state.sheet.rows.slice(0, PREVIEW_ROWS + 1).map((row, i) => (
                <tr key={i}>
                  <th>{i + 1}</th>
                  {row.map((c, j) => (
                    <td key={j}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {state.check.ok ? (
            <button
              type="button"
              class="btn"
              data-testid="import-run"
              disabled={busy}
              onClick={() => void run()}
            >
              ✓ {t('impRun')} ({state.check.people.length})
            </button>
          ) : (
            <ImportReport problems={state.check.problems} />
          )}
        </div>
      )}
    </div>
  );
}
