import { FieldError } from './FieldError.tsx';
import { chinaDate, chinaDateDaysAgo, ITINERARY_DAYS } from './field-checks.ts';
import type { StopInput } from './form-model.ts';
import { RegionPicker } from './RegionPicker.tsx';
import { removeStop, updateStop } from './register-state.ts';
import { t } from './strings.ts';

/** One place of the itinerary: region and date, removable when there are others. */
export function StopRow({ stop, index, removable }: { stop: StopInput; index: number; removable: boolean }) {
  const now = Date.now();
  const dateId = `reg-stop-${stop.key}-date`;
  return (
    <li class="reg-stop" data-testid="reg-stop">
      <RegionPicker
        field={`stop-${stop.key}-region`}
        legend={`${t('registerStop')} ${index + 1}`}
        value={stop}
        onChange={(choice) => updateStop(stop.key, choice)}
      />
      <div class="reg-field">
        <label for={dateId}>{t('registerStopDate')}</label>
        <input
          id={dateId}
          data-testid={dateId}
          type="date"
          min={chinaDateDaysAgo(now, ITINERARY_DAYS)}
          max={chinaDate(now)}
          value={stop.date}
          onInput={(e) => updateStop(stop.key, { date: e.currentTarget.value })}
        />
        <FieldError field={`stop-${stop.key}-date`} />
      </div>
      {removable && (
        <button
          type="button"
          class="btn ghost"
          data-testid={`reg-stop-${stop.key}-remove`}
          onClick={() => removeStop(stop.key)}
        >
          <span aria-hidden="true">✕</span> {t('registerRemoveStop')}
        </button>
      )}
    </li>
  );
}
