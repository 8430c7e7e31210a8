import { recordAndNext, waiting, waitingSeen } from './check-state.ts';
import { t } from './strings.ts';

/**
 * The next person's code arrived mid-check: say so and let the volunteer choose. Nothing is
 * lost either way: finishing first keeps the next person queued; the other choice records this
 * check as incomplete (a review) and opens the next one.
 */
export function NextWaiting() {
  const n = waiting.value.length;
  if (n === 0) return null;
  if (waitingSeen.value)
    return (
      <p class="notice info next-queued" data-testid="next-queued">
        <span aria-hidden="true">⏭</span> {t('nextQueued')}
        {n > 1 && ` ${t('nextWaitingMore', { n })}`}
      </p>
    );
  return (
    <div class="notice warn next-waiting" role="alert" data-testid="next-waiting">
      <p>
        <span aria-hidden="true">⏭</span> <strong>{t('nextWaiting')}</strong>
        {n > 1 && ` ${t('nextWaitingMore', { n })}`}
      </p>
      <div class="actions">
        <button
          type="button"
          class="btn primary"
          data-testid="next-finish-current"
          onClick={() => {
            waitingSeen.value = true;
          }}
        >
          {t('nextFinishCurrent')}
        </button>
        <button
          type="button"
          class="btn"
          data-testid="next-record-incomplete"
          onClick={() => void recordAndNext()}
        >
          {t('nextRecordIncomplete')}
        </button>
      </div>
    </div>
  );
}
