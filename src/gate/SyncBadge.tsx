import { hubClockOffset } from '../sync/hub-request.ts';
import { syncStatus } from '../sync/pusher.ts';
import { t } from './strings.ts';

const hhmm = (ms: number) => {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** From how many minutes off the hub's clock the bar says so. */
const CLOCK_WARN_MIN = 2;

/**
 * The tablet's link to the hub in the gate's bar, in words and a sign (not colour alone):
 * "✓ 已同步", "N 条待上传", "服务器未连接 自 HH:MM", "N 条被服务器拒收", and "本机时间与服务器
 * 相差 N 分钟" when the tablet's clock is two minutes or more off the hub's (its records carry
 * its own clock: the manager should set it). Shown only on an enrolled tablet; it only informs:
 * the gate records the same whatever it says.
 */
export function SyncBadge() {
  const s = syncStatus.value;
  if (!s.link) return null;
  if (s.revoked)
    return (
      <span class="badge warn" data-testid="sync-status" role="status">
        <span aria-hidden="true">⛔</span> {t('syncRevoked')}
      </span>
    );
  const parts: string[] = [];
  if (s.waiting > 0) parts.push(t('syncWaiting', { n: s.waiting }));
  if (s.unreachableSince !== null) parts.push(t('syncUnreachable', { time: hhmm(s.unreachableSince) }));
  if (s.refused > 0) parts.push(t('syncRefused', { n: s.refused }));
  const ok = parts.length === 0;
  const clockOff = Math.round(Math.abs(hubClockOffset.value) / 60_000);
  const clock = clockOff >= CLOCK_WARN_MIN ? t('syncClock', { n: clockOff }) : null;
  const sign = ok ? '✓' : s.unreachableSince !== null || s.refused > 0 ? '⚠' : '⇡';
  return (
    <span class={`badge ${ok && !clock ? 'ok' : 'warn'}`} data-testid="sync-status" role="status">
      <span aria-hidden="true">{sign}</span> {ok ? t('syncDone') : parts.join(' · ')}
      {clock && (
        <span data-testid="sync-clock">
          {' · '}
          <span aria-hidden="true">⚠</span> {clock}
        </span>
      )}
    </span>
  );
}
