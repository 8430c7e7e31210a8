import { useEffect } from 'preact/hooks';
import type { VerdictKind } from '../policy/types.ts';
import { RegistrationQr } from '../shared/RegistrationQr.tsx';
import { phase, resetCheck } from './check-state.ts';
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
      <button type="button" class="btn" data-testid="next-person" onClick={resetCheck}>
        {t('next')}
      </button>
    </div>
  );
}
