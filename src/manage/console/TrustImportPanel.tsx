import { useState } from 'preact/hooks';
import { t } from '../../app/i18n.ts';
import { parseTrustBundle } from '../../codes/trust.ts';
import { TrustSummary } from '../../shared/TrustSummary.tsx';
import { adoptTrust, savedTrust, setTrustMaxAge, trustMaxAgeDays } from '../../shared/trust-state.ts';
import { keepOwnKeyTrusted, loadEstateState } from '../estate-state.ts';

type ImportState = { kind: 'idle' } | { kind: 'ok' } | { kind: 'bad'; errors: string[] };

/** Imports the trust bundle (CONTRACTS §1) as the manager `who` (audited) and shows what it holds. */
export function TrustImportPanel({ who }: { who: string }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [ageSaved, setAgeSaved] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const parsed = await parseTrustBundle(await file.text());
      if (!parsed.ok) return setState({ kind: 'bad', errors: parsed.errors });
      const now = Date.now();
      await adoptTrust(
        { stored: parsed.stored, summary: parsed.summary, importedAt: now, fileName: file.name },
        { who, now },
      );
      // A bundle from elsewhere may lack this estate's own key: the tablet keeps trusting it.
      await loadEstateState();
      await keepOwnKeyTrusted();
      setState({ kind: 'ok' });
    } catch (e) {
      setState({ kind: 'bad', errors: [e instanceof Error ? e.message : String(e)] });
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
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </label>
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
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <TrustSummary saved={savedTrust.value} />
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
