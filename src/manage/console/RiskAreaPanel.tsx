import { useState } from 'preact/hooks';
import { type ImportError, ImportErrors } from '../../shared/ImportErrors.tsx';
import { importRiskList, riskList } from '../../shared/risk-state.ts';
import { t } from './strings.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'ok'; count: number; unresolved: string[] }
  | { kind: 'bad'; errors: ImportError[] };

/** Imports the day's risk-area list (CSV or JSON, region code or name) as the manager `who`; all or nothing. */
export function RiskAreaPanel({ who }: { who: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const list = riskList.value;
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await importRiskList(file.name, new Uint8Array(await file.arrayBuffer()), Date.now(), who);
      setState(
        r.ok ? { kind: 'ok', count: r.count, unresolved: r.unresolved } : { kind: 'bad', errors: r.errors },
      );
    } catch (e) {
      setState({
        kind: 'bad',
        errors: [{ line: 0, problem: 'read-failed', value: String(e) }],
      });
    }
  };
  return (
    <section class="panel" aria-labelledby="risk-title">
      <h3 id="risk-title">{t('riskTitle')}</h3>
      <p class="hint">{t('riskHint')}</p>
      <label class="btn file-btn">
        {t('riskImport')}
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          data-testid="risk-file"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </label>
      {state.kind === 'ok' && (
        <p class="notice ok" role="status" data-testid="risk-import-ok">
          <span aria-hidden="true">✔</span> {t('riskImported')}: {state.count}
        </p>
      )}
      {state.kind === 'ok' && state.unresolved.length > 0 && (
        <div class="notice" role="alert" data-testid="risk-unresolved">
          <p>{t('riskUnresolved')}</p>
          <ul>
            {state.unresolved.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'bad' && <ImportErrors errors={state.errors} testId="risk-import-error" />}
      <p data-testid="risk-list-date">
        {list ? `${t('riskListDate')}: ${list.listDate} · ${list.areas.length}` : t('riskNone')}
      </p>
    </section>
  );
}
