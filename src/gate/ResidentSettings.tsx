import { useState } from 'preact/hooks';
import { t } from '../app/i18n.ts';
import { putPeople } from '../db/people.ts';
import { type ImportError, ImportErrors } from './ImportErrors.tsx';
import { parseResidentSeed } from './resident-seed.ts';

type State = { kind: 'idle' } | { kind: 'ok'; count: number } | { kind: 'bad'; errors: ImportError[] };

/** Seeds a small resident list (until the manager's registry exists); all or nothing. */
export function ResidentSettings() {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const save = async () => {
    const parsed = parseResidentSeed(text, Date.now());
    if (!parsed.ok) return setState({ kind: 'bad', errors: parsed.errors });
    try {
      await putPeople(parsed.people);
      setState({ kind: 'ok', count: parsed.people.length });
    } catch (e) {
      setState({
        kind: 'bad',
        errors: [{ line: 0, zh: `保存失败：${String(e)}`, en: `could not save: ${String(e)}` }],
      });
    }
  };
  return (
    <section class="panel" aria-labelledby="residents-title">
      <h2 id="residents-title">{t('residentsTitle')}</h2>
      <p class="hint">
        id,name,building,unit,room,status,phone — status: 正常 / 居家隔离 / 居家健康监测 / 集中隔离
      </p>
      <textarea
        rows={5}
        value={text}
        data-testid="residents-text"
        aria-label={t('residentsTitle')}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="button" class="btn" data-testid="residents-save" onClick={() => void save()}>
        {t('residentsSave')}
      </button>
      {state.kind === 'ok' && (
        <p class="notice ok" role="status" data-testid="residents-ok">
          <span aria-hidden="true">✔</span> {t('residentsSaved')}: {state.count}
        </p>
      )}
      {state.kind === 'bad' && <ImportErrors errors={state.errors} testId="residents-error" />}
    </section>
  );
}
