import { FieldError } from './FieldError.tsx';
import { MAX_STOPS } from './form-facts.ts';
import { addStop, form } from './register-state.ts';
import { StopRow } from './StopRow.tsx';
import { t } from './strings.ts';

/** The 14-day itinerary: places (GB/T 2260) with dates. */
export function ItineraryList() {
  const stops = form.value.itinerary;
  return (
    <fieldset class="reg-group reg-itinerary">
      <legend>{t('registerItinerary')}</legend>
      <p class="reg-muted">{t('registerItineraryHint')}</p>
      <ol class="reg-stops">
        {stops.map((s, i) => (
          <StopRow key={s.key} stop={s} index={i} removable={stops.length > 1} />
        ))}
      </ol>
      <FieldError field="itinerary" />
      {stops.length < MAX_STOPS && (
        <button type="button" class="btn" data-testid="reg-add-stop" onClick={addStop}>
          <span aria-hidden="true">＋</span> {t('registerAddStop')}
        </button>
      )}
    </fieldset>
  );
}
