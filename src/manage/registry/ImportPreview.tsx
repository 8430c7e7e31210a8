import { noteText } from '../../import/problem-words.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { ImportReport } from './ImportReport.tsx';
import { saveRefused } from './import-files.ts';
import { type ImportStep, type Preview, remap } from './import-state.ts';
import { t } from './strings.ts';

const PREVIEW_ROWS = 5;

/**
 * A read file before anything is written: its notes, the column mapping, the first rows, and
 * either the import button, or the report with (when only some rows are refused) the choice to
 * import the valid rows and the refused rows' download.
 */
export function ImportPreview(props: {
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
