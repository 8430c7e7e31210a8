import type { TrustChange } from '../../codes/trust-diff.ts';
import { t } from './strings.ts';

const MARK = { add: '＋', remove: '－', keep: '＝' } as const;

/** What a trust import changes, key by key: issuer, fingerprint, and added / removed / kept in words and a sign. */
export function TrustDiffTable({
  changes,
  testId = 'trust-diff',
}: {
  changes: readonly TrustChange[];
  testId?: string;
}) {
  // An issuer that both gains and loses keys has its key replaced: said in words on each of its rows.
  const adds = new Set(changes.filter((c) => c.change === 'add').map((c) => `${c.format}|${c.issuer}`));
  const removes = new Set(changes.filter((c) => c.change === 'remove').map((c) => `${c.format}|${c.issuer}`));
  return (
    <table class="table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('trustChange')}</th>
          <th>{t('trustFormat')}</th>
          <th>{t('trustIssuer')}</th>
          <th>{t('trustFingerprint')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => {
          const issuer = `${c.format}|${c.issuer}`;
          const replaced = c.change !== 'keep' && adds.has(issuer) && removes.has(issuer);
          const kindKey = `kind_${c.format}`;
          return (
            <tr
              key={`${c.change}|${issuer}|${c.fingerprint}`}
              data-testid="trust-diff-row"
              data-change={c.change}
              data-replaced={String(replaced)}
            >
              <td>
                <span aria-hidden="true">{MARK[c.change]}</span> {t(`trustChange_${c.change}`)}
                {replaced && ` · ${t('trustChangeReplaced')}`}
              </td>
              <td>{t.has(kindKey) ? t(kindKey) : c.format}</td>
              <td>{c.issuer}</td>
              <td>
                <code>{c.fingerprint}</code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
