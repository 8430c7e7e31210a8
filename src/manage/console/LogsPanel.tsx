import { useEffect, useRef, useState } from 'preact/hooks';
import type { Passage, Person } from '../../db/index.ts';
import { type LogFilter, NO_FILTER, passagePage } from '../../db/log/queries.ts';
import { peopleMatching, peopleOf } from '../../db/people.ts';
import { FullExport } from './FullExport.tsx';
import { whoText } from './flag-subject.ts';
import { LogFilters } from './LogFilters.tsx';
import { exportLogs } from './log-export.ts';
import { formatTime, personCells, reasonLabel, VERDICT_ICON, verdictLabel } from './log-rows.ts';
import { PassageDetail } from './PassageDetail.tsx';
import { t } from './strings.ts';
import { VirtualRows } from './VirtualRows.tsx';

const PAGE = 50;

/** Passages of all gates, newest first, filtered, paged 50 at a time by key; CSV export. */
export function LogsPanel({ who }: { who: string }) {
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [rows, setRows] = useState<Passage[]>([]);
  const [people, setPeople] = useState<Map<string, Person>>(new Map());
  const [done, setDone] = useState(false);
  const [selected, setSelected] = useState<Passage | null>(null);
  const [exported, setExported] = useState<number | 'failed' | null>(null);
  const [full, setFull] = useState(false);
  const loading = useRef(false);
  const matches = useRef<Set<string> | null>(null);

  async function load(reset: boolean, f = filter) {
    if (loading.current || (!reset && done)) return;
    loading.current = true;
    try {
      if (reset) matches.current = f.search.trim() ? await peopleMatching(f.search) : null;
      const last = reset ? undefined : rows.at(-1);
      const page = await passagePage(f, last ? { at: last.at, id: last.id } : null, PAGE, matches.current);
      const found = await peopleOf(page);
      setRows(reset ? page : [...rows, ...page]);
      setPeople(reset ? found : new Map([...people, ...found]));
      setDone(page.length < PAGE);
    } finally {
      loading.current = false;
    }
  }
  useEffect(() => void load(true), []);
  // A failed export says so; nothing is left waiting, so the other format still works.
  async function save(format: 'csv' | 'xlsx') {
    setExported(null);
    setExported(await exportLogs(filter, who, Date.now(), format).catch(() => 'failed' as const));
  }

  return (
    <section class="panel logs" aria-labelledby="logs-title">
      {/* The tab names the panel; the heading is for screen readers, the rows get its room. */}
      <h3 id="logs-title" class="sr-only">
        {t('tabLogs')}
      </h3>
      <LogFilters
        onApply={(f) => {
          setFilter(f);
          setSelected(null);
          void load(true, f);
        }}
      />
      <div class="actions">
        <button type="button" class="btn" data-testid="export-logs" onClick={() => void save('csv')}>
          ⤓ {t('exportCsv')}
        </button>
        <button type="button" class="btn" data-testid="export-logs-xlsx" onClick={() => void save('xlsx')}>
          ⤓ {t('exportXlsx')}
        </button>
        <button type="button" class="btn ghost" data-testid="export-full" onClick={() => setFull(!full)}>
          ⤓ {t('fullOpen')}
        </button>
        {typeof exported === 'number' && (
          <span class="hint" data-testid="exported">
            {t('exportedRows')} {exported}
          </span>
        )}
        {exported === 'failed' && (
          <span class="notice" role="alert" data-testid="export-failed">
            ✗ {t('exportFailed')}
          </span>
        )}
      </div>
      {full && <FullExport who={who} onClose={() => setFull(false)} />}
      {/* Column names above the rows (the rows are buttons: their words read without it). */}
      <div class="log-row log-head" data-testid="log-head" aria-hidden="true">
        <span>{t('colTime')}</span>
        <span>{t('gate')}</span>
        <span>{t('direction')}</span>
        <span>{t('colVerdict')}</span>
        <span>{t('colWhoPlace')}</span>
        <span>{t('colReasons')}</span>
      </div>
      {rows.length === 0 ? (
        <p class="empty" data-testid="logs-empty">
          {t('noPassages')}
        </p>
      ) : (
        <VirtualRows
          // A new filter starts at the top: remount rather than keep the old scroll offset.
          key={JSON.stringify(filter)}
          items={rows}
          label={t('tabLogs')}
          onNearEnd={() => void load(false)}
          render={(p) => {
            const [name, phone] = personCells(p.personId === null ? undefined : people.get(p.personId));
            return (
              <button
                type="button"
                class={`log-row log-${p.verdict}`}
                data-testid="log-row"
                data-id={p.id}
                data-verdict={p.verdict}
                onClick={() => setSelected(p)}
              >
                <span>{formatTime(p.at)}</span>
                <span>{p.gateId}</span>
                <span>{p.direction === 'in' ? t('directionIn') : t('directionOut')}</span>
                <span class="log-verdict">
                  <span aria-hidden="true">{VERDICT_ICON[p.verdict]}</span> {verdictLabel(p.verdict)}
                </span>
                <span class="log-person">{name ? `${name} ${phone}` : whoText(p.who)}</span>
                <span class="log-reasons">{p.reasons.map(reasonLabel).join('、')}</span>
              </button>
            );
          }}
        />
      )}
      {selected && (
        <PassageDetail
          passage={selected}
          person={selected.personId === null ? undefined : people.get(selected.personId)}
          onClose={() => setSelected(null)}
        />
      )}
    </section>
  );
}
