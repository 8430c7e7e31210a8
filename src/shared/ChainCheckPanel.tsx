import { useState } from 'preact/hooks';
import type { ChainReport } from '../db/chain-walk.ts';
import { t } from './strings.ts';

type State = { kind: 'idle' } | { kind: 'running'; checked: number } | { kind: 'done'; report: ChainReport };

/** Test ids of one check's button and result line. */
export interface ChainCheckIds {
  run: string;
  result: string;
}

/**
 * Runs a hash-chain check (the passage log, the audit trail) and says what it found: intact, or
 * the first record altered or removed and how; and apart, never as tampering, clock changes,
 * records restored from another device and records from before keyed links.
 */
export function ChainCheckPanel(props: {
  title: string;
  action: string;
  ids: ChainCheckIds;
  check: (onProgress: (checked: number) => void) => Promise<ChainReport>;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'running', checked: 0 });
    const report = await props.check((checked) => setState({ kind: 'running', checked }));
    setState({ kind: 'done', report });
  };
  const titleId = `${props.ids.run}-title`;
  return (
    <section class="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      <button
        type="button"
        class="btn"
        data-testid={props.ids.run}
        disabled={state.kind === 'running'}
        onClick={() => void run()}
      >
        {props.action}
      </button>
      {state.kind === 'running' && (
        <p role="status">
          {t('verifyRunning')} {state.checked}
        </p>
      )}
      {state.kind === 'done' && <Result report={state.report} id={props.ids.result} />}
    </section>
  );
}

function Result({ report, id }: { report: ChainReport; id: string }) {
  const broken = report.firstBreak;
  const notes = [
    ['clock', report.clockBack, t('verifyClock', { n: report.clockBack })],
    ['other', report.otherDevice, t('verifyOther', { n: report.otherDevice })],
    ['unkeyed', report.unkeyed, t('verifyUnkeyed', { n: report.unkeyed })],
  ] as const;
  return (
    <div role="status">
      <p
        class={`notice ${broken ? 'bad' : 'ok'}`}
        data-testid={id}
        data-break={broken?.id ?? ''}
        data-why={broken?.why ?? ''}
      >
        <span aria-hidden="true">{broken ? '⚠' : '✔'}</span>{' '}
        {broken
          ? `${t('verifyBroken')} ${broken.id} (${t(`why_${broken.why}`)})`
          : `${t('verifyOk')} (${report.checked})`}
      </p>
      {notes.map(
        ([kind, n, text]) =>
          n > 0 && (
            <p key={kind} class="notice warn" data-testid={`${id}-${kind}`} data-count={n}>
              <span aria-hidden="true">ℹ</span> {text}
            </p>
          ),
      )}
    </div>
  );
}
