import { FieldError } from './FieldError.tsx';
import { MAX_STOPS } from './form-facts.ts';
import type { RegionChoice } from './form-model.ts';
import { addStop, form, recentPlaces } from './register-state.ts';
import { StopRow } from './StopRow.tsx';
import { t } from './strings.ts';

/** The 14-day itinerary: places (GB/T 2260) with dates, newest first. */
export function ItineraryList() {
  const f = form.value;
  const stops = f.itinerary;
  // One-tap places: the ones already in this form, where a returnee came from, earlier registrations.
  const places: RegionChoice[] = [
    ...stops.filter((s) => s.region !== ''),
    ...(f.kind === 'returnee' && f.from.label !== '' ? [f.from] : []),
    ...recentPlaces.value,
  ];
  return (
    <fieldset class="reg-group reg-itinerary">
      <legend>{t('registerItinerary')}</legend>
      <p class="reg-muted">{t('registerItineraryHint')}</p>
      <ol class="reg-stops">
        {stops.map((s, i) => (
          <StopRow
            key={s.key}
            stop={s}
            index={i}
            removable={stops.length > 1}
            previous={i > 0 ? (stops[i - 1] ?? null) : null}
            places={places}
          />
        ))}
      </ol>
      <FieldError field="itinerary" />
      {stops.length < MAX_STOPS && (
        <button type="button" class="btn" data-testid="reg-add-stop" onClick={() => addStop(Date.now())}>
          <span aria-hidden="true">＋</span> {t('registerAddStop')}
        </button>
      )}
    </fieldset>
  );
}
