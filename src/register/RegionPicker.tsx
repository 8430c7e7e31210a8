import { useEffect } from 'preact/hooks';
import { childrenOf, type RegionNode, regionCode, regionLabel } from '../shared/regions.ts';
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

function choice(tree: readonly RegionNode[], province: string, city: string, district: string): RegionChoice {
  return {
    province,
    city,
    region: regionCode(tree, province, city, district),
    label: regionLabel(tree, province, city, district),
  };
}

/** Province → city → district, from the GB/T 2260 list (loaded on first show). */
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
  const cities = childrenOf(tree, value.province);
  const districts = childrenOf(cities, value.city);
  const district = value.region.length === 6 && value.region.startsWith(value.city) ? value.region : '';
  const level = (
    part: 'province' | 'city' | 'district',
    label: 'registerProvince' | 'registerCity' | 'registerDistrict',
    options: readonly RegionNode[],
    selected: string,
    pick: (code: string) => void,
  ) => (
    <label class="reg-select">
      <span>{t(label)}</span>
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
      {level('province', 'registerProvince', tree, value.province, (p) => onChange(choice(tree, p, '', '')))}
      {level('city', 'registerCity', cities, value.city, (c) =>
        onChange(choice(tree, value.province, c, '')),
      )}
      {level('district', 'registerDistrict', districts, district, (d) =>
        onChange(choice(tree, value.province, value.city, d)),
      )}
      <FieldError field={field} />
    </fieldset>
  );
}
