import { useEffect, useState } from 'preact/hooks';
import { type HubLink, hubLink } from '../../db/hub-link.ts';
import { PolicyPanel } from './PolicyPanel.tsx';
import { RiskAreaPanel } from './RiskAreaPanel.tsx';
import { t } from './strings.ts';
import { TrustImportPanel } from './TrustImportPanel.tsx';

/**
 * What the gate decides by: policy rules, the risk-area list and the trust list; each change
 * audited as `who`. On a connected estate the office PC and manager devices send them to every
 * gate (db/shared-lists.ts); a gate tablet's console says that a change made here stays here.
 */
export function RulesPanel({ who }: { who: string }) {
  const [link, setLink] = useState<HubLink | null>(null);
  useEffect(() => void hubLink().then(setLink), []);
  return (
    <div class="rules-tab">
      {link && (
        <p class="notice" role="note" data-testid="rules-hub-note" data-role={link.role}>
          {link.role === 'gate' ? t('rulesFromOffice') : t('rulesToGates')}
        </p>
      )}
      <PolicyPanel who={who} />
      <RiskAreaPanel who={who} />
      <TrustImportPanel who={who} />
    </div>
  );
}
