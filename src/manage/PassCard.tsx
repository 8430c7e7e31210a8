import type { PrintedCard } from './issue-cards.ts';
import { t } from './strings.ts';

const day = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' });

/** One printed resident pass: QR (≥ 3 cm), masked name, address, validity, estate. */
export function PassCard({ card }: { card: PrintedCard }) {
  const parts = [
    card.building ? t('cardBuilding', { building: card.building }) : '',
    card.unit ? t('cardUnit', { unit: card.unit }) : '',
    card.room ? t('cardRoom', { room: card.room }) : '',
  ].filter(Boolean);
  const address = parts.reduce((a, b) => (a === '' ? b : t('cardJoin', { a, b })), '');
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
