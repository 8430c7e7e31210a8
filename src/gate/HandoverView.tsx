import { useEffect, useState } from 'preact/hooks';
import { shiftOpenFlags } from '../db/flags.ts';
import type { Flag } from '../db/index.ts';
import { type ShiftSummary, shiftSummary } from '../db/passages.ts';
import { codeText } from '../shared/reason-words.ts';
import { current } from './check-state.ts';
import { gateContext } from './gate-state.ts';
import { shiftStart, takeOver, volunteer } from './shift-state.ts';
import { t } from './strings.ts';

const time = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

interface Outgoing {
  summary: ShiftSummary;
  flags: Flag[];
}

/**
 * The handover: the outgoing volunteer's shift (its checks per verdict, the flags it opened that
 * are still open, its fevers) for the incoming one to read and accept. Accepting starts the new
 * shift (audited: who handed over to whom); nothing changes until then.
 */
export function HandoverView({ to, onClose }: { to: string; onClose: () => void }) {
  const [outgoing, setOutgoing] = useState<Outgoing | null>(null);
  const [busy, setBusy] = useState(false);
  const ctx = gateContext.value;
  const from = volunteer.value;
  const start = shiftStart.value;
  useEffect(() => {
    if (!ctx) return;
    const now = Date.now() + 1;
    void Promise.all([shiftSummary(ctx.gateId, start, now), shiftOpenFlags(ctx.gateId, start, now)])
      .then(([summary, flags]) => setOutgoing({ summary, flags }))
      .catch(() => undefined);
  }, [ctx?.gateId, start]);
  const checkOpen = current.value !== null;
  const s = outgoing?.summary;
  return (
    <div
      class="handover"
      role="dialog"
      aria-modal="true"
      aria-labelledby="handover-title"
      data-testid="handover"
    >
      <h2 id="handover-title">{t('handoverTitle', { from, to })}</h2>
      <p class="hint">{t('handoverSince', { from, time: time.format(start) })}</p>
      {s && outgoing && (
        <>
          <dl
            class="handover-counts"
            data-testid="handover-counts"
            data-checks={s.checks}
            data-pass={s.pass}
            data-review={s.review}
            data-deny={s.deny}
          >
            <div>
              <dt>{t('countChecks')}</dt>
              <dd>{s.checks}</dd>
            </div>
            <div>
              <dt>{t('countPass')}</dt>
              <dd>{s.pass}</dd>
            </div>
            <div>
              <dt>{t('countReview')}</dt>
              <dd>{s.review}</dd>
            </div>
            <div>
              <dt>{t('countDeny')}</dt>
              <dd>{s.deny}</dd>
            </div>
          </dl>
          <h3>{t('handoverFlags')}</h3>
          <ul class="handover-list">
            {outgoing.flags.length === 0 && <li>{t('handoverNone')}</li>}
            {outgoing.flags.map((f) => (
              <li key={f.id} data-testid="handover-flag" data-kind={f.kind}>
                {time.format(f.at)} · {codeText(f.kind)}
              </li>
            ))}
          </ul>
          <h3>{t('handoverFevers')}</h3>
          <ul class="handover-list">
            {s.fevers.length === 0 && <li>{t('handoverNone')}</li>}
            {s.fevers.map((f) => (
              <li key={f.id} data-testid="handover-fever">
                {time.format(f.at)} · {f.temperaturesC.map((c) => `${c.toFixed(1)} °C`).join(' → ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {checkOpen && <p class="notice warn">{t('finishCheckFirst')}</p>}
      <div class="actions">
        <button
          type="button"
          class="btn primary"
          data-testid="accept-handover"
          disabled={!ctx || !outgoing || checkOpen || busy}
          onClick={() => {
            if (!ctx) return;
            setBusy(true);
            void takeOver(to, { volunteer: from, start, gateId: ctx.gateId, deviceId: ctx.deviceId })
              .then(onClose)
              .catch(() => setBusy(false));
          }}
        >
          {t('acceptHandover', { to })}
        </button>
        <button type="button" class="btn ghost" data-testid="handover-back" onClick={onClose}>
          {t('handoverBack')}
        </button>
      </div>
    </div>
  );
}
