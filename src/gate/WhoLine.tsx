import type { PersonLabel } from '../db/index.ts';

/**
 * Who a check, verdict, flag or passage is about: the masked name and the home (or company),
 * so that four "未登记" rows or two people of one flat can be told apart. Never the full name.
 */
export function WhoLine({ who, testid }: { who: PersonLabel | null | undefined; testid: string }) {
  if (!who) return null;
  return (
    <span class="who" data-testid={testid}>
      <span class="who-name">{who.name}</span>
      {who.place && <span class="who-place">{who.place}</span>}
    </span>
  );
}
