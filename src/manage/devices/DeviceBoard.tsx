import { useState } from 'preact/hooks';
import { type StringKey, t } from './strings.ts';

/** One device as the hub's board lists it (`GET /api/devices`). */
export interface BoardDevice {
  deviceId: string;
  role: 'manager' | 'office' | 'gate';
  label: string;
  gateName: string | null;
  createdMs: number;
  revokedMs: number | null;
  lastSeenMs: number | null;
  status: { waiting: number; appVersion: string; storageBytes: number | null; onDuty: boolean } | null;
  chainBreaks: number;
}

/** A gate on duty that has not reported for this long is flagged (it reports every minute). */
export const SILENT_AFTER_MS = 10 * 60_000;

const ROLE_WORDS: Record<BoardDevice['role'], StringKey> = {
  gate: 'roleGate',
  office: 'roleOffice',
  manager: 'roleManager',
};

const clock = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false }).slice(0, -3);

/** Minutes a device on duty has been silent past the limit, or null when it is not. */
export function silentMinutes(d: BoardDevice, nowMs: number): number | null {
  if (d.revokedMs !== null || !d.status?.onDuty || d.lastSeenMs === null) return null;
  const silent = nowMs - d.lastSeenMs;
  return silent > SILENT_AFTER_MS ? Math.floor(silent / 60_000) : null;
}

/**
 * The device board: each device's gate (or name), role, when it last reported, records waiting,
 * app version, storage used, its record chain as the hub checked it, and its state (revoked,
 * silent during a shift, or OK), in words and a mark, never colour alone.
 */
export function DeviceBoard({
  devices,
  nowMs,
  self,
  onRevoke,
}: {
  devices: BoardDevice[];
  nowMs: number;
  self: string;
  onRevoke: ((d: BoardDevice) => void) | null;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div class="table-scroll">
      <table class="log-table" data-testid="device-board">
        <thead>
          <tr>
            {(
              [
                'colDevice',
                'colRole',
                'colLastSeen',
                'colWaiting',
                'colVersion',
                'colStorage',
                'colChain',
                'colState',
              ] as const
            ).map((k) => (
              <th key={k} scope="col">
                {t(k)}
              </th>
            ))}
            {onRevoke && <th scope="col" />}
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => {
            const silent = silentMinutes(d, nowMs);
            const state = d.revokedMs !== null ? 'revoked' : silent !== null ? 'silent' : 'ok';
            return (
              <tr key={d.deviceId} data-testid="device-row" data-device={d.deviceId} data-state={state}>
                <td>
                  {d.gateName ?? d.label}
                  {d.deviceId === self && t('thisDevice')}
                </td>
                <td>{t(ROLE_WORDS[d.role])}</td>
                <td data-testid="device-last-seen">
                  {d.lastSeenMs === null ? t('neverSeen') : clock(d.lastSeenMs)}
                </td>
                <td data-testid="device-waiting">{d.status?.waiting ?? '—'}</td>
                <td>{d.status?.appVersion ?? '—'}</td>
                <td>
                  {typeof d.status?.storageBytes === 'number'
                    ? `${(d.status.storageBytes / 1_048_576).toFixed(1)} MB`
                    : '—'}
                </td>
                <td data-testid="device-chain" data-breaks={d.chainBreaks}>
                  {d.chainBreaks === 0 ? t('chainIntact') : t('chainBroken', { n: d.chainBreaks })}
                </td>
                <td data-testid="device-state">
                  {state === 'revoked'
                    ? t('stateRevoked')
                    : state === 'silent'
                      ? t('stateSilent', { min: silent ?? 0 })
                      : t('stateOk')}
                </td>
                {onRevoke && (
                  <td>
                    {d.revokedMs === null &&
                      d.deviceId !== self &&
                      (confirming === d.deviceId ? (
                        <button
                          type="button"
                          class="btn primary"
                          data-testid="device-revoke-confirm"
                          onClick={() => {
                            setConfirming(null);
                            onRevoke(d);
                          }}
                        >
                          {t('revokeDeviceConfirm')}
                        </button>
                      ) : (
                        <button
                          type="button"
                          class="btn"
                          data-testid="device-revoke"
                          onClick={() => setConfirming(d.deviceId)}
                        >
                          {t('revokeDevice')}
                        </button>
                      ))}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
