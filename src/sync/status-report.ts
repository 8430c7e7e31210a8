/**
 * What this device tells the hub of itself for the console's device board (`POST /api/status`):
 * records waiting, the app's version, storage used, and whether a volunteer is on duty (a gate
 * silent during a shift is flagged on the board). Sent by the pusher after each run and every
 * minute; a report that fails is simply the next one's to make.
 */
import { outboxCount } from '../db/outbox.ts';
import { getSetting } from '../db/settings.ts';
import { hubCall } from './hub-api.ts';

/** The app's version, set at build time (vite.config.ts); 'dev' outside a build. */
export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? 'dev';

/** Sends one report as the linked device; resolves whether the hub took it. */
export async function reportStatus(): Promise<boolean> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  const answer = await hubCall('POST', '/api/status', {
    waiting: await outboxCount(),
    appVersion: APP_VERSION.slice(0, 40),
    storageBytes: typeof estimate?.usage === 'number' ? Math.round(estimate.usage) : null,
    onDuty: Boolean(await getSetting('volunteer')),
  });
  return answer.ok;
}
