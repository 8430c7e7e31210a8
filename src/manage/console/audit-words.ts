/**
 * An audit entry's detail in words. The stored detail is a terse machine line (it is part of the
 * audit chain's hash, so it is never rewritten): codes, `name=value` counts, an export's filter as
 * JSON and times in UTC ISO. The console shows it in the manager's language and local time; a
 * line it does not recognise is shown as stored.
 */
import { FLAG_RESOLUTIONS } from '../../db/index.ts';
import { formatTime, reasonLabel, resolutionLabel, verdictLabel } from './log-rows.ts';
import { t } from './strings.ts';

const ISO = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;
const PAIR = /\b([a-zA-Z][\w-]*)=(\S+)/g;
const COUNT = /\b(checks|pass|review|deny|open-flags|fevers) (\d+)\b/g;
const LEDGER_STATUS = {
  pending: 'ledgerPending',
  reported: 'ledgerReported',
  closed: 'ledgerClosed',
} as const;

const isKey = <K extends string>(table: Readonly<Record<K, unknown>>, k: string): k is K =>
  Object.hasOwn(table, k);

/** `prefix_name` in words when the console knows it, else null. */
function known(prefix: string, name: string): string | null {
  const key = `${prefix}_${name}`;
  return t.has(key) ? t(key) : null;
}

const day = (ms: number) => formatTime(ms).slice(0, 10);

/** One filter field's value in words. */
function filterValue(key: string, v: unknown): string {
  if ((key === 'from' || key === 'to') && typeof v === 'number') return day(v);
  const s = String(v);
  if (key === 'direction') return s === 'in' ? t('directionIn') : s === 'out' ? t('directionOut') : s;
  if (key === 'verdict') return verdictLabel(s as Parameters<typeof verdictLabel>[0]);
  if (key === 'reason' || key === 'kind') return reasonLabel(s);
  if (key === 'status') return s === 'open' ? t('flagOpen') : s === 'resolved' ? t('flagResolved') : s;
  return s;
}

const FILTER_LABELS = {
  from: 'dateFrom',
  to: 'dateTo',
  gateId: 'gate',
  direction: 'direction',
  verdict: 'colVerdict',
  reason: 'colReasons',
  search: 'search',
  status: 'colStatus',
  kind: 'colKind',
} as const;

/** A filter's JSON as "筛选：出入口 east，结果 复核" (or 全部); null when it is not a filter. */
function filterWords(json: string): string | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const parts = Object.entries(v)
    .filter(([, x]) => x !== null && x !== '')
    .map(([k, x]) => `${isKey(FILTER_LABELS, k) ? t(FILTER_LABELS[k]) : k} ${filterValue(k, x)}`);
  return t('auditFilter', { what: parts.length > 0 ? parts.join('，') : t('filterAll') });
}

/** An export line: file, row count and, for the log and flags, the filter. */
function exportWords(detail: string): string | null {
  const m = /^(\S+) (\d+)(?: (\{.*\}))?(.*)$/s.exec(detail);
  if (!m) return null;
  const filter = m[3] ? filterWords(m[3]) : null;
  if (m[3] && filter === null) return null;
  const rest = (m[4] ?? '').replace(/^ — /, ` · ${t('auditReason')}`);
  return [m[1], t('auditRows', { n: m[2] ?? '' }), filter].filter(Boolean).join(' · ') + rest;
}

/** A flag resolution: kind, flag id, resolution (and the note). */
function resolveWords(detail: string): string | null {
  const m = /^(\S+) (\S+) → (\S+)(.*)$/s.exec(detail);
  if (!m || !(FLAG_RESOLUTIONS as readonly string[]).includes(m[3] ?? '')) return null;
  return `${reasonLabel(m[1] ?? '')} ${m[2]} → ${resolutionLabel(m[3] ?? null)}${m[4]}`;
}

/** A ledger edit: a status, or a control measure and its days. */
function ledgerWords(detail: string): string | null {
  const status = /^ledger (\S+) (pending|reported|closed)$/.exec(detail);
  if (status)
    return `${t('auditLedger')} ${status[1]}：${t(LEDGER_STATUS[status[2] as keyof typeof LEDGER_STATUS])}`;
  const measure = /^ledger (\S+) measure (?:none|(\S+) (\S*)\.\.(\S*))$/.exec(detail);
  if (!measure) return null;
  const what = measure[2]
    ? `${known('status', measure[2]) ?? measure[2]} ${measure[3]} ${t('auditTo')} ${measure[4]}`
    : t('auditMeasureNone');
  return `${t('auditLedger')} ${measure[1]}：${t('auditMeasure')} ${what}`;
}

/** A check undone at the gate: which, its verdict and reasons, the flags that went with it. */
function undoWords(detail: string): string | null {
  const m = /^(\S+) (pass|review|deny|recorded) (\S+) flags (\S+)$/.exec(detail);
  if (!m) return null;
  const words = (codes: string) => (codes === '-' ? '—' : codes.split(',').map(reasonLabel).join('、'));
  const verdict = verdictLabel(m[2] as Parameters<typeof verdictLabel>[0]);
  return `${m[1]}：${verdict}（${words(m[3] ?? '-')}）· ${t('auditUndoneFlags')} ${words(m[4] ?? '-')}`;
}

/** `passages=3`, `retentionDays=14`, `checks 5`: their names in words. */
function countWords(text: string): string {
  return text
    .replace(PAIR, (all, k: string, v: string) => {
      const label = known('count', k) ?? known('setting', k);
      return label ? `${label} ${v}` : all;
    })
    .replace(COUNT, (all, k: string, v: string) => {
      const label = known('count', k);
      return label ? `${label} ${v}` : all;
    })
    .replace(/ < /g, ` · ${t('auditBefore')} `)
    .replace(/\bsince /g, `${t('auditSince')} `)
    .replace(/ added /g, ` · ${t('auditAdded')} `)
    .replace(/ \(full\)$/, ` ${t('auditFull')}`);
}

/** The detail of an audit entry of `action`, in the console's language with local times. */
export function auditDetailText(action: string, detail: string): string {
  const special =
    action === 'export' || action === 'export-full'
      ? exportWords(detail)
      : action === 'flag-resolve'
        ? resolveWords(detail)
        : action === 'edit'
          ? ledgerWords(detail)
          : action === 'check-undone'
            ? undoWords(detail)
            : null;
  const text = special ?? detail;
  // Codes were worded above; counts, settings and times are worded everywhere.
  return countWords(text.replace(ISO, (iso) => formatTime(Date.parse(iso))));
}
