import { useEffect } from 'preact/hooks';
import { childrenOf, districtsOf, isMunicipality, type RegionNode, regionChoice } from '../shared/regions.ts';
import { FieldError } from './FieldError.tsx';
import type { RegionChoice } from './form-model.ts';
import { ensureRegions, regionsFailed, regionTree } from './regions-state.ts';
import { errors } from './register-state.ts';
import { t } from './strings.ts';

interface Props {
  /** Error key and test-id prefix: `reg-<field>-province` / `-city` / `-district`. */
  field: string;
  legend: string;
  value: RegionChoice;
  onChange: (next: RegionChoice) => void;
}

type Level = 'province' | 'city' | 'district';
const LABELS: Record<Level, 'registerProvince' | 'registerCity' | 'registerDistrict'> = {
  province: 'registerProvince',
  city: 'registerCity',
  district: 'registerDistrict',
};

/**
 * Province → city → district, from the GB/T 2260 list (loaded on first show). Levels that mean
 * nothing to a person are skipped: a municipality goes straight to its districts (no 市辖区),
 * and 香港, 澳门, 台湾 and 境外 are places by themselves.
 */
export function RegionPicker({ field, legend, value, onChange }: Props) {
  useEffect(ensureRegions, []);
  const tree = regionTree.value;
  if (tree === null) {
    return (
      <fieldset class="reg-region">
        <legend>{legend}</legend>
        <p class={regionsFailed.value ? 'reg-error' : 'reg-muted'}>
          {t(regionsFailed.value ? 'registerRegionsFailed' : 'registerRegionsLoading')}
        </p>
      </fieldset>
    );
  }
  const municipal = isMunicipality(tree, value.province);
  const cities = childrenOf(tree, value.province);
  const districts = districtsOf(tree, value.province, value.city);
  const district =
    value.region.length === 6 && districts.some((d) => d.code === value.region) ? value.region : '';
  const alone = value.province !== '' && cities.length === 0;
  const level = (
    part: Level,
    options: readonly RegionNode[],
    selected: string,
    pick: (code: string) => void,
  ) => (
    <label class="reg-select">
      <span>{t(LABELS[part])}</span>
      <select
        data-testid={`reg-${field}-${part}`}
        value={selected}
        disabled={options.length === 0}
        onChange={(e) => pick(e.currentTarget.value)}
      >
        <option value="">{t('registerChoose')}</option>
        {options.map((n) => (
          <option key={n.code} value={n.code}>
            {n.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="reg-region" aria-describedby={errors.value[field] ? `reg-${field}-error` : undefined}>
      <legend>{legend}</legend>
      {level('province', tree, value.province, (p) => onChange(regionChoice(tree, p, '', '')))}
      {!alone &&
        !municipal &&
        level('city', cities, value.city, (c) => onChange(regionChoice(tree, value.province, c, '')))}
      {!alone &&
        level('district', districts, district, (d) =>
          onChange(regionChoice(tree, value.province, value.city, d)),
        )}
      <FieldError field={field} />
    </fieldset>
  );
}
