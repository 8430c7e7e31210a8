import { FieldError } from './FieldError.tsx';
import { chinaDate, chinaDateDaysAgo, ITINERARY_DAYS } from './field-checks.ts';
import type { RegionChoice, StopInput } from './form-model.ts';
import { RegionPicker } from './RegionPicker.tsx';
import { pickPlace, removeStop, stepStopDate, updateStop } from './register-state.ts';
import { t } from './strings.ts';

interface Props {
  stop: StopInput;
  index: number;
  removable: boolean;
  /** The stop above, offered as "same as above" while this one has no place. */
  previous: StopInput | null;
  /** Other places to offer in one tap (recent ones, where the person came from). */
  places: readonly RegionChoice[];
}

/** Places this stop may take in one tap: the one above first, then the others, once each. */
function choices(previous: StopInput | null, places: readonly RegionChoice[]) {
  const seen = new Set<string>();
  const out: { place: RegionChoice; same: boolean }[] = [];
  const add = (place: RegionChoice, same: boolean) => {
    const id = place.region || place.city;
    if (id === '' || seen.has(id)) return;
    seen.add(id);
    out.push({ place, same });
  };
  if (previous) add(previous, true);
  for (const p of places) add(p, false);
  return out.slice(0, 5);
}

/** One place of the itinerary: region and date, removable when there are others. */
export function StopRow({ stop, index, removable, previous, places }: Props) {
  const now = Date.now();
  const dateId = `reg-stop-${stop.key}-date`;
  const offer = stop.province === '' ? choices(previous, places) : [];
  return (
    <li class="reg-stop" data-testid="reg-stop">
      {offer.length > 0 && (
        <fieldset class="reg-chips reg-places">
          <legend class="sr-only">{t('registerRecentPlaces')}</legend>
          <div class="reg-chip-row">
            {offer.map(({ place, same }) => (
              <button
                key={place.region || place.city}
                type="button"
                class="btn reg-chip reg-place"
                data-testid={same ? `reg-stop-${stop.key}-same` : `reg-stop-${stop.key}-recent`}
                onClick={() => pickPlace(stop.key, place)}
              >
                {same ? `${t('registerSameAsPrevious')} · ${place.label}` : place.label}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <RegionPicker
        field={`stop-${stop.key}-region`}
        legend={`${t('registerStop')} ${index + 1}`}
        value={stop}
        onChange={(choice) => updateStop(stop.key, choice)}
      />
      <div class="reg-field">
        <label for={dateId}>{t('registerStopDate')}</label>
        <div class="reg-date-steps">
          <input
            id={dateId}
            data-testid={dateId}
            type="date"
            min={chinaDateDaysAgo(now, ITINERARY_DAYS)}
            max={chinaDate(now)}
            value={stop.date}
            onInput={(e) => updateStop(stop.key, { date: e.currentTarget.value })}
          />
          <button
            type="button"
            class="btn"
            data-testid={`${dateId}-earlier`}
            onClick={() => stepStopDate(stop.key, -1, Date.now())}
          >
            {t('registerDayEarlier')}
          </button>
          <button
            type="button"
            class="btn"
            data-testid={`${dateId}-later`}
            onClick={() => stepStopDate(stop.key, 1, Date.now())}
          >
            {t('registerDayLater')}
          </button>
        </div>
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
