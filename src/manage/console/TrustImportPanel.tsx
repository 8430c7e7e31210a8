import { useEffect, useState } from 'preact/hooks';
import { parseTrustBundle } from '../../codes/trust.ts';
import { type TrustChange, trustDiff, trustKeyLines } from '../../codes/trust-diff.ts';
import type { SavedTrust } from '../../db/trust.ts';
import { TrustSummary } from '../../shared/TrustSummary.tsx';
import { adoptTrust, savedTrust, setTrustMaxAge, trustMaxAgeDays } from '../../shared/trust-state.ts';
import { withOwnKeyKept } from '../estate-state.ts';
import { t } from './strings.ts';
import { TrustDiffTable } from './TrustDiffTable.tsx';
import { trustProblemText } from './trust-problem-words.ts';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; pending: SavedTrust; changes: TrustChange[]; ownKeyKept: boolean }
  | { kind: 'ok' }
  | { kind: 'bad'; errors: string[] };

/**
 * Imports the trust bundle (CONTRACTS §1) as the manager `who`: the file is checked, what it adds,
 * removes and keeps is shown key by key (with fingerprints), and only then applied and audited.
 * This estate's own key is never replaced by an import.
 */
export function TrustImportPanel({ who }: { who: string }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [ageSaved, setAgeSaved] = useState(false);
  const [keys, setKeys] = useState<TrustChange[]>([]);
  const current = savedTrust.value;
  useEffect(() => {
    void trustKeyLines(current?.stored ?? null).then((lines) =>
      setKeys(lines.map((l) => ({ ...l, change: 'keep' as const }))),
    );
  }, [current]);
  const fail = (e: unknown) =>
    setState({ kind: 'bad', errors: [e instanceof Error ? e.message : String(e)] });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const parsed = await parseTrustBundle(await file.text());
      if (!parsed.ok) return setState({ kind: 'bad', errors: parsed.errors });
      const incoming = {
        stored: parsed.stored,
        summary: parsed.summary,
        importedAt: Date.now(),
        fileName: file.name,
      };
      const { saved, ownKeyKept } = await withOwnKeyKept(incoming);
      const changes = await trustDiff(savedTrust.value?.stored ?? null, saved.stored);
      setState({ kind: 'preview', pending: saved, changes, ownKeyKept });
    } catch (e) {
      fail(e);
    }
  };
  const apply = async (pending: SavedTrust) => {
    try {
      const now = Date.now();
      await adoptTrust({ ...pending, importedAt: now }, { who, now });
      setState({ kind: 'ok' });
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section class="panel" aria-labelledby="trust-title">
      <h3 id="trust-title">{t('trustTitle')}</h3>
      <label class="btn file-btn">
        {t('trustImport')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="trust-file"
          onChange={(e) => {
            // The last file's result goes at once: what shows next is this file's.
            setState({ kind: 'reading' });
            void onFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {state.kind === 'preview' && (
        <div class="notice" data-testid="trust-preview">
          <p>{t('trustPreview')}</p>
          {state.ownKeyKept && (
            <p class="notice warn" role="alert" data-testid="trust-own-key-kept">
              <span aria-hidden="true">⚠</span> {t('trustOwnKeyKept')}
            </p>
          )}
          <TrustDiffTable changes={state.changes} />
          <div class="actions">
            <button
              type="button"
              class="btn primary"
              data-testid="trust-apply"
              onClick={() => void apply(state.pending)}
            >
              {t('trustApply')}
            </button>
            <button
              type="button"
              class="btn"
              data-testid="trust-cancel"
              onClick={() => setState({ kind: 'idle' })}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'ok' && (
        <p class="notice ok" role="status" data-testid="trust-import-ok">
          <span aria-hidden="true">✔</span> {t('trustImportOk')}
        </p>
      )}
      {state.kind === 'bad' && (
        <div class="notice bad" role="alert" data-testid="trust-import-error">
          <p>
            <span aria-hidden="true">⚠</span> {t('trustImportBad')}
          </p>
          <ul>
            {state.errors.map((e) => (
              <li key={e}>{trustProblemText(e)}</li>
            ))}
          </ul>
        </div>
      )}
      <TrustSummary saved={current} />
      {keys.length > 0 && (
        <details>
          <summary>{t('trustFingerprint')}</summary>
          <TrustDiffTable changes={keys} testId="trust-keys" />
        </details>
      )}
      <label class="field">
        {t('trustMaxAge')}
        <input
          type="number"
          min={1}
          max={365}
          value={trustMaxAgeDays.value}
          data-testid="trust-max-age"
          onChange={(e) => {
            const days = Number(e.currentTarget.value);
            setAgeSaved(false);
            if (Number.isInteger(days) && days > 0)
              void setTrustMaxAge(days, { who, now: Date.now() }).then(() => setAgeSaved(true));
          }}
        />
      </label>
      {ageSaved && (
        <span role="status" data-testid="trust-max-age-saved">
          ✓ {t('consoleSaved')}
        </span>
      )}
    </section>
  );
}
