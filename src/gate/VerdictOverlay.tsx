import { useEffect, useState } from 'preact/hooks';
import { UNDO_WINDOW_MS } from '../db/passages.ts';
import type { VerdictKind } from '../policy/types.ts';
import { RegistrationQr } from '../shared/RegistrationQr.tsx';
import { phase, resetCheck, undoError, undoRecorded } from './check-state.ts';
import { playTone, speakVerdict } from './feedback.ts';
import { ReasonList } from './ReasonList.tsx';
import { rules } from './shift-state.ts';
import { t } from './strings.ts';
import { WhoLine } from './WhoLine.tsx';

const ICON: Record<VerdictKind, string> = { pass: '✔', review: '⚠', deny: '✖' };

/** The verdict, full screen: colour + icon + words + tone (+ voice); shown only after commit. */
export function VerdictOverlay() {
  const p = phase.value;
  const recorded = p.kind === 'recorded' ? p : null;
  useEffect(() => {
    if (!recorded) return;
    playTone(recorded.verdict.verdict);
    if (rules.value.voice) speakVerdict(recorded.verdict.verdict, recorded.verdict.voice);
    const timer = window.setTimeout(resetCheck, rules.value.autoResetS * 1000);
    return () => window.clearTimeout(timer);
  }, [recorded]);
  if (!recorded) return null;
  const { verdict } = recorded;
  return (
    <div
      class={`verdict verdict-${verdict.verdict}`}
      role="alert"
      data-testid="verdict"
      data-verdict={verdict.verdict}
      data-reasons={verdict.reasons.join(' ')}
      data-passage={recorded.passage.id}
    >
      <span class="verdict-icon" aria-hidden="true">
        {ICON[verdict.verdict]}
      </span>
      <p class="verdict-word">{t(`verdict_${verdict.verdict}`)}</p>
      <WhoLine who={recorded.passage.who} testid="verdict-who" />
      <ReasonList reasons={verdict.reasons} missing={verdict.missing} />
      {verdict.reasons.includes('unregistered') && <p class="hint">{t('unregisteredHint')}</p>}
      {verdict.reasons.includes('unregistered') && <RegistrationQr />}
      <p class="saved" data-testid="recorded">
        <span aria-hidden="true">✔</span> {t('recorded')}
      </p>
      <div class="verdict-actions">
        <UndoButton at={recorded.at} />
        <button type="button" class="btn" data-testid="next-person" onClick={resetCheck}>
          {t('next')}
        </button>
      </div>
    </div>
  );
}

/** 撤销 with the seconds left, for UNDO_WINDOW_MS after the record; then gone. */
function UndoButton(props: { at: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, []);
  if (undoError.value)
    return (
      <p class="notice" role="alert" data-testid="undo-refused">
        {t('undoTooLate')}
      </p>
    );
  const left = Math.ceil((props.at + UNDO_WINDOW_MS - now) / 1000);
  if (left <= 0) return null;
  return (
    <button type="button" class="btn ghost" data-testid="undo-check" onClick={() => void undoRecorded()}>
      <span aria-hidden="true">↶</span> {t('undo', { n: left })}
    </button>
  );
}
