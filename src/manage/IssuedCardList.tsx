import { useState } from 'preact/hooks';
import { issuedCards } from './estate-state.ts';
import { t } from './strings.ts';

/** Rows shown at once: a whole estate's cards would make the settings page crawl. */
const SHOWN = 50;
const day = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' });

/** The issued cards, filterable, each with a button that picks its pass id for revoking. */
export function IssuedCardList({
  revoked,
  onPick,
}: {
  revoked: ReadonlySet<string>;
  onPick: (passId: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const q = filter.trim();
  const rows = issuedCards.value
    .filter((c) =>
      q === '' ? true : [c.passId, c.displayName, c.building, c.unit, c.room].some((f) => f?.includes(q)),
    )
    .slice(0, SHOWN);
  if (issuedCards.value.length === 0) return <p class="empty">{t('noIssuedCards')}</p>;
  return (
    <div>
      <h3>{t('issuedCards')}</h3>
      <label class="field">
        {t('issuedFilter')}
        <input value={filter} data-testid="issued-filter" onInput={(e) => setFilter(e.currentTarget.value)} />
      </label>
      <table class="table" data-testid="issued-cards">
        <tbody>
          {rows.map((c) => (
            <tr key={c.passId} data-testid="issued-card" data-pass-id={c.passId}>
              <td>{c.displayName}</td>
              <td>{[c.building, c.unit, c.room].filter(Boolean).join('-')}</td>
              <td>{day.format(c.validUntil)}</td>
              <td>
                <code>{c.passId}</code>
              </td>
              <td>
                {revoked.has(c.passId) ? (
                  <span class="badge warn">
                    <span aria-hidden="true">⊘</span> {t('revoked')}
                  </span>
                ) : (
                  <button
                    type="button"
                    class="btn"
                    data-testid="revoke-pick"
                    onClick={() => onPick(c.passId)}
                  >
                    {t('revokePick')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
