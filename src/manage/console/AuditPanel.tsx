import { useEffect, useState } from 'preact/hooks';
import { type AuditEntry, auditPage } from '../../db/audit.ts';
import { auditDetailText } from './audit-words.ts';
import { formatTime } from './log-rows.ts';
import { t } from './strings.ts';

const PAGE = 50;

function actionLabel(action: string): string {
  const key = `audit_${action}`;
  return t.has(key) ? t(key) : action;
}

/** The audit trail: every manager action, newest first, 50 at a time by key. */
export function AuditPanel() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [done, setDone] = useState(true);
  async function load(before?: string) {
    const page = await auditPage(PAGE, before);
    setEntries(before === undefined ? page : [...entries, ...page]);
    setDone(page.length < PAGE);
  }
  useEffect(() => void load(), []);
  return (
    <section class="panel" aria-labelledby="audit-title">
      <h3 id="audit-title">{t('tabAudit')}</h3>
      <table class="table audit">
        <thead>
          <tr>
            <th>{t('colTime')}</th>
            <th>{t('colWho')}</th>
            <th>{t('colAction')}</th>
            <th>{t('colDetail')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid="audit-row" data-action={e.action}>
              <td>{formatTime(e.at)}</td>
              <td>{e.who}</td>
              <td>{actionLabel(e.action)}</td>
              {/* The stored line stays one hover away: it is what the chain's hash covers. */}
              <td class="audit-detail" title={e.detail}>
                {auditDetailText(e.action, e.detail)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!done && (
        <button type="button" class="btn ghost" onClick={() => void load(entries.at(-1)?.id)}>
          {t('loadMore')}
        </button>
      )}
    </section>
  );
}
