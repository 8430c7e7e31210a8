import { riskList } from '../shared/risk-state.ts';
import { t } from './strings.ts';

/** The date of the risk-area list in force, so the volunteer knows how current it is. */
export function RiskBadge() {
  const list = riskList.value;
  if (!list) return null;
  return (
    <span class="badge" data-testid="risk-badge" data-list-date={list.listDate}>
      <span aria-hidden="true">⚑</span> {t('riskBadge')}: {list.listDate}
    </span>
  );
}
