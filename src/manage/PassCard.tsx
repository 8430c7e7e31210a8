import { lang, t } from '../app/i18n.ts';
import type { PrintedCard } from './issue-cards.ts';

const day = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' });

/** One printed resident pass: QR (≥ 3 cm), masked name, address, validity, estate. */
export function PassCard({ card }: { card: PrintedCard }) {
  const part = (key: 'cardBuilding' | 'cardUnit' | 'cardRoom', v: string | null) =>
    v ? t(key).replace('{}', v) : '';
  const address = [
    part('cardBuilding', card.building),
    part('cardUnit', card.unit),
    part('cardRoom', card.room),
  ]
    .filter(Boolean)
    .join(lang.value === 'zh' ? '' : ' · ');
  return (
    <article class="pass-card" data-testid="pass-card" data-pass-id={card.passId} data-pass-text={card.text}>
      <header class="pass-card-head">
        <strong>{card.estateName}</strong> <span>{t('cardTitle')}</span>
      </header>
      {/* The SVG is made by the qrcode library from our own pass text: no outside markup. */}
      <div class="pass-qr" dangerouslySetInnerHTML={{ __html: card.qrSvg }} />
      <div class="pass-facts">
        <p class="pass-name">{card.displayName}</p>
        <p class="pass-address">{address}</p>
        <p>
          {t('cardValidity')}: {day.format(card.validFrom)} – {day.format(card.validUntil)}
        </p>
        <p class="pass-id">{card.passId}</p>
      </div>
    </article>
  );
}
