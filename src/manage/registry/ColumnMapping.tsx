import { type ColumnMap, FIELDS, type Field } from '../../import/columns.ts';
import { t } from './strings.ts';

/** The column-mapping preview: a select per field naming the sheet column that fills it. */
export function ColumnMapping(props: {
  header: readonly string[];
  map: ColumnMap;
  onChange: (m: ColumnMap) => void;
}) {
  function set(field: Field, value: string) {
    const next: ColumnMap = { ...props.map };
    if (value === '') delete next[field];
    else next[field] = Number(value);
    props.onChange(next);
  }
  return (
    <fieldset class="column-map" data-testid="column-map">
      <legend>{t('impMapping')}</legend>
      {FIELDS.map((field) => (
        <label key={field} class="field">
          {t(`field_${field}`)}
          <select
            data-testid={`map-${field}`}
            value={props.map[field] === undefined ? '' : String(props.map[field])}
            onChange={(e) => set(field, e.currentTarget.value)}
          >
            <option value="">{t('impUnused')}</option>
            {props.header.map((h, i) => (
              <option key={i} value={String(i)}>
                {t('impColumn')} {i + 1}: {h}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
