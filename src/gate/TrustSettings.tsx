import { useState } from 'preact/hooks';
import { hasString, t } from '../app/i18n.ts';
import { parseTrustBundle } from '../codes/trust.ts';
import { adoptTrust, savedTrust, setTrustMaxAge, trustMaxAgeDays } from './trust-state.ts';

type ImportState = { kind: 'idle' } | { kind: 'ok' } | { kind: 'bad'; errors: string[] };

const dateTime = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });

/** Imports the trust bundle (CONTRACTS §1) and shows what it holds, per format and issuer. */
export function TrustSettings() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const saved = savedTrust.value;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const parsed = await parseTrustBundle(await file.text());
      if (!parsed.ok) return setState({ kind: 'bad', errors: parsed.errors });
      await adoptTrust({
        stored: parsed.stored,
        summary: parsed.summary,
        importedAt: Date.now(),
        fileName: file.name,
      });
      setState({ kind: 'ok' });
    } catch (e) {
      setState({ kind: 'bad', errors: [e instanceof Error ? e.message : String(e)] });
    }
  };

  return (
    <section class="panel" aria-labelledby="trust-title">
      <h2 id="trust-title">{t('trustTitle')}</h2>
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
      {saved ? (
        <>
          <p data-testid="trust-imported-at">
            {t('trustImported')}: {dateTime.format(saved.importedAt)} · {saved.fileName}
          </p>
          <table class="table" data-testid="trust-summary">
            <thead>
              <tr>
                <th>{t('trustFormat')}</th>
                <th>{t('trustIssuer')}</th>
                <th>{t('trustKeys')}</th>
                <th>{t('trustRevoked')}</th>
              </tr>
            </thead>
            <tbody>
              {saved.summary.map((row) => {
                const kindKey = `kind_${row.format}`;
                return (
                  <tr key={`${row.format}:${row.issuer}`} data-format={row.format}>
                    <td>{hasString(kindKey) ? t(kindKey) : row.format}</td>
                    <td>{row.issuer}</td>
                    <td>{row.keys}</td>
                    <td>{row.revoked}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : (
        <p class="notice warn">{t('trustNone')}</p>
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
            if (Number.isInteger(days) && days > 0) void setTrustMaxAge(days);
          }}
        />
      </label>
    </section>
  );
}
