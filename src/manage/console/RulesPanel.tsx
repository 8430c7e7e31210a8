import { PolicyPanel } from './PolicyPanel.tsx';
import { RiskAreaPanel } from './RiskAreaPanel.tsx';
import { TrustImportPanel } from './TrustImportPanel.tsx';

/** What the gate decides by: policy rules, the risk-area list and the trust list; each change audited as `who`. */
export function RulesPanel({ who }: { who: string }) {
  return (
    <div class="rules-tab">
      <PolicyPanel who={who} />
      <RiskAreaPanel who={who} />
      <TrustImportPanel who={who} />
    </div>
  );
}
