/**
 * What this device tells the hub of itself for the console's device board (`POST /api/status`):
 * records waiting, the app's version, storage used, and whether a volunteer is on duty (a gate
 * silent during a shift is flagged on the board). Sent by the pusher after each run and every
 * minute; a report that fails is simply the next one's to make.
 */
import { type HubLink, hubKey } from '../db/hub-link.ts';
import { outboxCount } from '../db/outbox.ts';
import { getSetting } from '../db/settings.ts';
import { hubRequest } from './hub-request.ts';

/** The app's version, set at build time (vite.config.ts); 'dev' outside a build. */
export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? 'dev';

/** Sends one report; resolves whether the hub took it. */
export async function reportStatus(link: HubLink): Promise<boolean> {
  const key = await hubKey();
  if (!key) return false;
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  const body = {
    waiting: await outboxCount(),
    appVersion: APP_VERSION.slice(0, 40),
    storageBytes: typeof estimate?.usage === 'number' ? Math.round(estimate.usage) : null,
    onDuty: Boolean(await getSetting('volunteer')),
  };
  try {
    const res = await hubRequest(
      link.hub,
      { estateId: link.estateId, deviceId: link.deviceId, key },
      'POST',
      '/api/status',
      body,
      AbortSignal.timeout(15_000),
    );
    return res.ok;
  } catch {
    return false;
  }
}
