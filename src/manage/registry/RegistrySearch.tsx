import { t } from './strings.ts';

/** The search box every registry view shares (name, phone or building). */
export function RegistrySearch({ value, onInput }: { value: string; onInput: (text: string) => void }) {
  return (
    <input
      type="search"
      class="search"
      data-testid="registry-search"
      placeholder={t('regSearch')}
      aria-label={t('regSearch')}
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
