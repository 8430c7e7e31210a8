import type { SavedTrust } from '../db/trust.ts';
import { t } from './strings.ts';

const dateTime = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' });

/** What the imported trust list holds, per format and issuer (the device screen and the console both show it). */
export function TrustSummary({ saved }: { saved: SavedTrust | null }) {
  if (!saved)
    return (
      <p class="notice warn" data-testid="trust-none">
        {t('trustNone')}
      </p>
    );
  return (
    <>
      <p data-testid="trust-imported-at">
        {t('trustImported')}: {dateTime.format(saved.importedAt)} · {saved.fileName}
      </p>
      <table class="table" data-testid="trust-summary">
        <thead>
          <tr>
            <th>{t('trustFormat')}</th>
            <th>{t('trustIssuer')}</th>
            <th>{t('trustKeys')}</th>
            <th>{t('trustRevoked')}</th>
          </tr>
        </thead>
        <tbody>
          {saved.summary.map((row) => {
            const kindKey = `kind_${row.format}`;
            return (
              <tr key={`${row.format}:${row.issuer}`} data-format={row.format}>
                <td>{t.has(kindKey) ? t(kindKey) : row.format}</td>
                <td>{row.issuer}</td>
                <td>{row.keys}</td>
                <td>{row.revoked}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
