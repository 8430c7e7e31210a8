import { verifyChain } from '../db/passages.ts';
import { ChainCheckPanel } from './ChainCheckPanel.tsx';
import { t } from './strings.ts';

/** Verifies the passage log's hash chain and names the first record that was altered or removed. */
export function VerifyLogPanel() {
  return (
    <ChainCheckPanel
      title={t('verifyTitle')}
      action={t('verifyRun')}
      ids={{ run: 'verify-log', result: 'verify-result' }}
      check={(onProgress) => verifyChain(onProgress)}
    />
  );
}
