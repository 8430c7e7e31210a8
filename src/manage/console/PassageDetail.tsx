import { useEffect, useRef } from 'preact/hooks';
import type { Passage, Person } from '../../db/index.ts';
import {
  codeFormatLabel,
  colourLabel,
  formatTime,
  maskLabel,
  personCells,
  personKindLabel,
  reasonLabel,
  signatureLabel,
  validityLabel,
  verdictLabel,
} from './log-rows.ts';
import { t } from './strings.ts';

/** Every check of one passage: temperatures, mask, colour and its source, signature, reasons. */
export function PassageDetail({
  passage: p,
  person,
  onClose,
}: {
  passage: Passage;
  person: Person | undefined;
  onClose: () => void;
}) {
  const c = p.check;
  const box = useRef<HTMLElement>(null);
  // The detail opens below the list: bring it into view on a short screen.
  useEffect(() => box.current?.scrollIntoView({ block: 'nearest' }), [p.id]);
  const [name, phone, plate] = personCells(person);
  const rows: [string, string][] = [
    [t('colTime'), formatTime(p.at)],
    [t('gate'), `${p.gateId} · ${p.deviceId}`],
    [t('direction'), p.direction === 'in' ? t('directionIn') : t('directionOut')],
    [t('colVerdict'), verdictLabel(p.verdict)],
    [t('colName'), name || '—'],
    [t('colPhone'), phone || '—'],
    [t('colPlate'), plate || '—'],
    [t('colTemps'), c ? c.temperaturesC.map((x) => `${x.toFixed(1)} °C`).join(' → ') : '—'],
    [t('mask'), maskLabel(c?.mask) || '—'],
    [t('colColour'), colourLabel(c?.colour, c?.colourSource) || '—'],
    [t('colSignature'), signatureLabel(c?.signature ?? p.verification?.signature) || '—'],
    [t('colValidity'), validityLabel(c?.validity ?? p.verification?.validity) || '—'],
    [t('colPersonKind'), personKindLabel(c?.personKind) || '—'],
    [t('colVolunteer'), c?.volunteer ?? '—'],
    [t('colPolicy'), c ? String(c.policyVersion) : '—'],
    [t('colCodeFormat'), codeFormatLabel(p.codeFormat) || '—'],
  ];
  return (
    <section
      ref={box}
      class="panel detail"
      data-testid="passage-detail"
      data-id={p.id}
      aria-labelledby="detail-title"
    >
      <h3 id="detail-title">{t('detailTitle')}</h3>
      <dl class="detail-grid">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('colReasons')}</h4>
      {p.reasons.length === 0 ? (
        <p>—</p>
      ) : (
        <ul class="reasons" data-testid="detail-reasons">
          {p.reasons.map((r) => (
            <li key={r} data-reason={r}>
              {reasonLabel(r)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="btn ghost" data-testid="detail-close" onClick={onClose}>
        {t('detailClose')}
      </button>
    </section>
  );
}
