import { useState } from 'preact/hooks';
import { fileProblemText } from '../../import/problem-words.ts';
import { session } from '../console/access-state.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { saveTemplate } from './import-files.ts';
import { type ImportStep, previewFile, runImport } from './import-state.ts';
import { t } from './strings.ts';

/**
 * Import from .xlsx / .csv: pick a file, check the column mapping and the rows, then write them
 * all, or (a clear choice after the report) only the valid rows, the refused ones downloadable.
 */
export function ImportPanel(props: { onImported: () => void }) {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  async function choose(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    setState(await previewFile(file, Date.now()));
    setBusy(false);
  }
  async function run(validOnly: boolean) {
    if (state.step !== 'preview') return;
    setBusy(true);
    const next = await runImport(state, session.value ?? '', Date.now(), validOnly);
    setState(next);
    setBusy(false);
    if (next.step === 'done') props.onImported();
  }
  async function save(make: () => Promise<void>) {
    setSaveFailed(false);
    await make().catch(() => setSaveFailed(true));
  }

  return (
    <div class="import" data-testid="import-panel" data-step={state.step} aria-busy={busy}>
      <p class="hint">{t('impHint')}</p>
      <div class="row-actions">
        <label class="btn file-pick">
          {t('impChoose')}
          <input
            type="file"
            class="sr-only"
            data-testid="import-file"
            accept=".xlsx,.csv,.xls,text/csv"
            onChange={choose}
          />
        </label>
        <button
          type="button"
          class="btn ghost"
          data-testid="import-template"
          onClick={() => save(saveTemplate)}
        >
          ↓ {t('impTemplate')}
        </button>
      </div>
      {saveFailed && (
        <p class="notice" role="alert" data-testid="import-save-failed">
          ✗ {t('impSaveFailed')}
        </p>
      )}
      {state.step === 'unreadable' && (
        <p class="notice" role="alert" data-testid="import-unreadable" data-problem={state.problem}>
          ✗ {fileProblemText(state.problem)}
        </p>
      )}
      {state.step === 'failed' && (
        <p class="notice" role="alert" data-testid="import-failed">
          ✗ {t('impFailed')}
        </p>
      )}
      {state.step === 'done' && (
        <p
          class="ok"
          role="status"
          data-testid="import-done"
          data-count={state.count}
          data-refused={state.refused}
        >
          ✓ {t('impDone')} {state.count}
          {state.refused > 0 && ` · ${t('impDoneRefused')} ${state.refused}`}
        </p>
      )}
      {state.step === 'preview' && (
        <ImportPreview
          state={state}
          busy={busy}
          now={Date.now}
          onState={setState}
          onRun={run}
          onSave={save}
        />
      )}
    </div>
  );
}
