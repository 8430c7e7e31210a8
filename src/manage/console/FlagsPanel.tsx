import { useEffect, useState } from 'preact/hooks';
import {
  FLAG_KINDS,
  type FlagFilter,
  type FlagSubject,
  flagPage,
  flagSubjects,
  resolveFlag,
} from '../../db/flags.ts';
import type { Flag } from '../../db/index.ts';
import { FlagResolve } from './FlagResolve.tsx';
import { subjectReadings, subjectWho, whoText } from './flag-subject.ts';
import { exportFlags } from './log-export.ts';
import { formatTime, reasonLabel, resolutionLabel } from './log-rows.ts';
import { t } from './strings.ts';

const PAGE = 50;

/** Flags, open and resolved, with their resolution trail; filter by status and kind; resolve; export. */
export function FlagsPanel({ who }: { who: string }) {
  const [filter, setFilter] = useState<FlagFilter>({ status: 'open', kind: '' });
  const [flags, setFlags] = useState<Flag[]>([]);
  const [subjects, setSubjects] = useState<Map<string, FlagSubject>>(new Map());
  const [done, setDone] = useState(true);
  const [failed, setFailed] = useState(false);
  // A failed export says so in words instead of doing nothing.
  const save = (format: 'csv' | 'xlsx') => {
    setFailed(false);
    exportFlags(filter, who, Date.now(), format).catch(() => setFailed(true));
  };

  async function load(reset: boolean) {
    const last = reset ? undefined : flags.at(-1);
    const page = await flagPage(filter, last ? { at: last.at, id: last.id } : null, PAGE);
    const found = await flagSubjects(page);
    setFlags(reset ? page : [...flags, ...page]);
    setSubjects(reset ? found : new Map([...subjects, ...found]));
    setDone(page.length < PAGE);
  }
  useEffect(() => void load(true), [filter.status, filter.kind]);

  return (
    <section class="panel" aria-labelledby="cflags-title">
      <h3 id="cflags-title">{t('tabFlags')}</h3>
      <div class="filters">
        <label class="field">
          {t('colStatus')}
          <select
            data-testid="flag-status"
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value as FlagFilter['status'] })}
          >
            <option value="">{t('filterAll')}</option>
            <option value="open">{t('flagOpen')}</option>
            <option value="resolved">{t('flagResolved')}</option>
          </select>
        </label>
        <label class="field">
          {t('colKind')}
          <select
            data-testid="flag-kind"
            value={filter.kind}
            onChange={(e) => setFilter({ ...filter, kind: e.currentTarget.value })}
          >
            <option value="">{t('filterAll')}</option>
            {FLAG_KINDS.map((k) => (
              <option key={k} value={k}>
                {reasonLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="btn" data-testid="export-flags" onClick={() => save('csv')}>
          ⤓ {t('exportCsv')}
        </button>
        <button type="button" class="btn" data-testid="export-flags-xlsx" onClick={() => save('xlsx')}>
          ⤓ {t('exportXlsx')}
        </button>
        {failed && (
          <span class="notice" role="alert" data-testid="export-failed">
            ✗ {t('exportFailed')}
          </span>
        )}
      </div>
      {flags.length === 0 && <p class="empty">{t('consoleNoFlags')}</p>}
      <ul class="flag-list">
        {flags.map((f) => (
          <li key={f.id} class="flag" data-testid="console-flag" data-kind={f.kind} data-status={f.status}>
            <span aria-hidden="true">{f.status === 'open' ? '⚑' : '✓'}</span> {formatTime(f.at)} · {f.gateId}{' '}
            · <strong>{reasonLabel(f.kind)}</strong> · <FlagWhat kind={f.kind} subject={subjects.get(f.id)} />
            {f.status === 'open' ? t('flagOpen') : t('flagResolved')} · {t('colOpenedBy')} {f.openedBy || '—'}
            {f.status === 'resolved' ? (
              <p class="hint" data-testid="flag-trail">
                {f.resolvedAt === null ? '' : formatTime(f.resolvedAt)} · {f.resolvedBy} ·{' '}
                {resolutionLabel(f.resolution)} {f.note ? `· ${f.note}` : ''}
              </p>
            ) : (
              <FlagResolve
                kind={f.kind}
                resolve={(r, note) => resolveFlag(f.id, r, who, Date.now(), note)}
                onDone={() => void load(true)}
              />
            )}
          </li>
        ))}
      </ul>
      {!done && (
        <button type="button" class="btn ghost" onClick={() => void load(false)}>
          {t('loadMore')}
        </button>
      )}
    </section>
  );
}

/** Who the flag is about (masked) and, for a fever, the readings; nothing when neither is known. */
function FlagWhat({ kind, subject }: { kind: string; subject: FlagSubject | undefined }) {
  const who = whoText(subjectWho(subject));
  const readings = subjectReadings(kind, subject);
  if (!who && !readings) return null;
  return (
    <span class="flag-what" data-testid="flag-what">
      {[who, readings].filter(Boolean).join(' · ')} ·{' '}
    </span>
  );
}
