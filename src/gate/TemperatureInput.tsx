import { useState } from 'preact/hooks';
import { parseTemperature } from '../policy/temperature.ts';
import { addTemperature, current, liveVerdict } from './check-state.ts';
import { onScannedText } from './scan-pipeline.ts';
import { t } from './strings.ts';

/**
 * One tap for the common readings of a healthy person: 35.5–37.0 °C in steps of 0.1, a fixed
 * set of 16 (two rows). Forehead thermometers read 35.x outdoors in winter; other readings are typed.
 */
const QUICK_READINGS_C = Array.from({ length: 16 }, (_, i) => (355 + i) / 10);

type Hint = { kind: 'none' } | { kind: 'range' | 'nan' } | { kind: 'suggest'; value: number };

/** Temperature: quick readings, or typed digits (3.65 or 365 is offered as 36.5), taken on 确定 or when the volunteer moves on. */
export function TemperatureInput() {
  const [text, setText] = useState('');
  const [hint, setHint] = useState<Hint>({ kind: 'none' });
  const readings = current.value?.temperatures ?? [];
  // The chip of the reading last taken shows as chosen (a typed reading too, when it has a chip).
  const last = readings.at(-1);
  const remeasure = liveVerdict.value?.reasons.includes('fever-remeasure') ?? false;

  const take = (celsius: number) => {
    addTemperature(celsius);
    setText('');
    setHint({ kind: 'none' });
  };
  const submit = () => {
    const parsed = parseTemperature(text);
    if (parsed.ok) return take(parsed.celsius);
    // A hand-held scanner typing into this field: a long non-number is a code, not a reading.
    if (parsed.reason === 'not-a-number' && text.trim().length > 8) {
      setText('');
      return void onScannedText(text.trim());
    }
    if (parsed.suggestion !== null) return setHint({ kind: 'suggest', value: parsed.suggestion });
    setHint({ kind: parsed.reason === 'out-of-range' ? 'range' : 'nan' });
  };

  // A valid reading typed and left (a tap on the mask, 记录, anything else) counts as entered:
  // the focus leaves the field before the tap's click, so the check sees it.
  const takeTyped = () => {
    const parsed = parseTemperature(text);
    if (text.trim() !== '' && parsed.ok) take(parsed.celsius);
  };

  return (
    <fieldset class="picker temperature">
      <legend>{t('temperature')}</legend>
      <div class="quick">
        {QUICK_READINGS_C.map((c) => (
          <button
            key={c}
            type="button"
            class={`btn chip ${last === c ? 'on' : ''}`}
            aria-pressed={last === c}
            data-testid={`temp-${c.toFixed(1)}`}
            onClick={() => take(c)}
          >
            {c.toFixed(1)}
          </button>
        ))}
      </div>
      <form
        class="temp-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-label={t('temperature')}
          data-testid="temperature"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onBlur={takeTyped}
        />
        <button type="submit" class="btn">
          {t('temperatureOk')}
        </button>
      </form>
      {/* One row of fixed height for what a reading brings: nothing below it moves under a finger. */}
      <div class="temp-status">
        {remeasure && (
          <p class="notice warn" role="alert" data-testid="remeasure">
            <span aria-hidden="true">↻</span> {t('remeasure')}
          </p>
        )}
        {readings.length > 0 && (
          <p class="readings" data-testid="readings">
            {t('readings')}: {readings.map((r) => r.toFixed(1)).join(' → ')}
          </p>
        )}
        {hint.kind === 'suggest' && (
          <button
            type="button"
            class="btn notice warn"
            data-testid="temperature-suggestion"
            onClick={() => take(hint.value)}
          >
            {t('temperatureSuggest')} {hint.value.toFixed(1)} °C?
          </button>
        )}
        {(hint.kind === 'range' || hint.kind === 'nan') && (
          <p class="notice bad" role="alert" data-testid="temperature-error">
            {t(hint.kind === 'range' ? 'temperatureRange' : 'temperatureNaN')}
          </p>
        )}
      </div>
    </fieldset>
  );
}
