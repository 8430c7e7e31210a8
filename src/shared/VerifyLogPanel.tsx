import { useState } from 'preact/hooks';
import { verifyChain } from '../db/passages.ts';
import { t } from './strings.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; checked: number }
  | { kind: 'done'; checked: number; breakAt: string | null };

/** Verifies the passage log's hash chain and names the first record that was altered or removed. */
export function VerifyLogPanel() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'running', checked: 0 });
    const r = await verifyChain((checked) => setState({ kind: 'running', checked }));
    setState({ kind: 'done', checked: r.checked, breakAt: r.firstBreak?.id ?? null });
  };
  return (
    <section class="panel" aria-labelledby="verify-title">
      <h2 id="verify-title">{t('verifyTitle')}</h2>
      <button
        type="button"
        class="btn"
        data-testid="verify-log"
        disabled={state.kind === 'running'}
        onClick={() => void run()}
      >
        {t('verifyRun')}
      </button>
      {state.kind === 'running' && (
        <p role="status">
          {t('verifyRunning')} {state.checked}
        </p>
      )}
      {state.kind === 'done' && (
        <p
          class={`notice ${state.breakAt ? 'bad' : 'ok'}`}
          role="status"
          data-testid="verify-result"
          data-break={state.breakAt ?? ''}
        >
          <span aria-hidden="true">{state.breakAt ? '⚠' : '✔'}</span>{' '}
          {state.breakAt ? `${t('verifyBroken')} ${state.breakAt}` : `${t('verifyOk')} (${state.checked})`}
        </p>
      )}
    </section>
  );
}
