import { useEffect, useState } from 'preact/hooks';
import { type HubLink, hubLink, noteHubAction } from '../../db/hub-link.ts';
import { type HubCallProblem, hubCall } from '../../sync/hub-api.ts';
import { AddDevice } from './AddDevice.tsx';
import { type BoardDevice, DeviceBoard } from './DeviceBoard.tsx';
import { PROBLEM_WORDS } from './problem-words.ts';
import { t } from './strings.ts';

/** How often the open board is read again. */
const REFRESH_MS = 30_000;

/**
 * The console's devices tab on a connected device: the estate's device board (manager and office
 * devices) refreshed while open, and on a manager device "添加设备" and revoking a device (the
 * console's PIN session is the manager's presence; both audited here and on the hub).
 */
export function DevicesPanel({ who }: { who: string }) {
  const [link, setLink] = useState<HubLink | null | undefined>(undefined);
  const [board, setBoard] = useState<{ devices: BoardDevice[]; nowMs: number } | null>(null);
  const [problem, setProblem] = useState<HubCallProblem | null>(null);
  const load = async () => {
    const r = await hubCall<{ devices: BoardDevice[]; nowMs: number }>('GET', '/api/devices');
    if (r.ok) {
      setBoard(r.body);
      setProblem(null);
    } else setProblem(r.problem);
  };
  useEffect(() => {
    void hubLink().then(setLink);
  }, []);
  useEffect(() => {
    if (!link || link.role === 'gate') return;
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [link]);
  if (link === undefined) return null;
  if (link === null || link.role === 'gate')
    return (
      <section class="panel" data-testid="devices-panel">
        <h2>{t('devicesTitle')}</h2>
        <p class="notice" data-testid="devices-note">
          {t(link === null ? 'devicesNotLinked' : 'devicesGateOnly')}
        </p>
      </section>
    );
  const revoke = async (d: BoardDevice) => {
    const r = await hubCall('POST', `/api/devices/${encodeURIComponent(d.deviceId)}/revoke`);
    if (!r.ok) return setProblem(r.problem);
    await noteHubAction('hub-revoke-device', who, `${d.deviceId} ${d.gateName ?? d.label}`, Date.now());
    await load();
  };
  return (
    <section class="panel" aria-labelledby="devices-title" data-testid="devices-panel">
      <h2 id="devices-title">{t('devicesTitle')}</h2>
      {problem && (
        <p class="notice bad" role="alert" data-testid="devices-problem">
          {t(PROBLEM_WORDS[problem])}
        </p>
      )}
      {board && (
        <DeviceBoard
          devices={board.devices}
          nowMs={board.nowMs}
          self={link.deviceId}
          onRevoke={link.role === 'manager' ? (d) => void revoke(d) : null}
        />
      )}
      {link.role === 'manager' ? (
        <AddDevice link={link} who={who} onIssued={() => void load()} />
      ) : (
        <p class="hint">{t('addManagerOnly')}</p>
      )}
    </section>
  );
}
