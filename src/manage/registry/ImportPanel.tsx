import { useState } from 'preact/hooks';
import { fileProblemText, noteText } from '../../import/problem-words.ts';
import { session } from '../console/access-state.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { ImportReport } from './ImportReport.tsx';
import { saveRefused, saveTemplate } from './import-files.ts';
import { type ImportStep, type Preview, previewFile, remap, runImport } from './import-state.ts';
import { t } from './strings.ts';

const PREVIEW_ROWS = 5;

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
        <PreviewPart state={state} busy={busy} now={Date.now} onState={setState} onRun={run} onSave={save} />
      )}
    </div>
  );
}

function PreviewPart(props: {
  state: Preview;
  busy: boolean;
  now: () => number;
  onState: (s: ImportStep) => void;
  onRun: (validOnly: boolean) => void;
  onSave: (make: () => Promise<void>) => void;
}) {
  const { state, busy } = props;
  const { check } = state;
  const refused = new Set(check.problems.map((p) => p.row)).size;
  const partial = !check.ok && !check.sheetRefused && check.people.length > 0;
  return (
    <div class="import-preview">
      <p data-testid="import-encoding" data-encoding={state.table.encoding}>
        {state.fileName} · {t('impEncoding')} {state.table.encoding.toUpperCase()} · {t('impRows')}{' '}
        {check.rows}
      </p>
      {state.notes.map((n) => (
        <p key={n.code} class="hint" data-testid="import-note" data-code={n.code}>
          ⓘ {noteText(n)}
        </p>
      ))}
      <ColumnMapping
        header={state.table.rows[state.header] ?? []}
        map={state.map}
        onChange={(map) => props.onState(remap(state, map, props.now()))}
      />
      <table class="table preview" aria-label={t('impPreview')}>
        <tbody>
          {state.table.rows.slice(state.header, state.header + PREVIEW_ROWS + 1).map((row, i) => (
            <tr key={i}>
              <th>{state.header + i + 1}</th>
              {row.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {check.ok && (
        <button
          type="button"
          class="btn"
          data-testid="import-run"
          disabled={busy}
          onClick={() => props.onRun(false)}
        >
          ✓ {t('impRun')} ({check.people.length})
        </button>
      )}
      {partial && (
        <div class="row-actions" data-testid="import-partial">
          <p>{t('impPartial', { refused, valid: check.people.length })}</p>
          <button
            type="button"
            class="btn"
            data-testid="import-valid"
            disabled={busy}
            onClick={() => props.onRun(true)}
          >
            ✓ {t('impValidOnly', { valid: check.people.length })}
          </button>
          <button
            type="button"
            class="btn ghost"
            data-testid="import-refused-download"
            onClick={() => props.onSave(() => saveRefused(state))}
          >
            ↓ {t('impDownloadRefused')}
          </button>
        </div>
      )}
      {!check.ok && <ImportReport problems={check.problems} partial={partial} headerRow={state.header + 1} />}
    </div>
  );
}
