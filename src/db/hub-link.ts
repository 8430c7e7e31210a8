/**
 * This tablet's link to the estate's hub: which hub, estate and device it was enrolled as, its
 * role and gate, and its device key (an ECDSA P-256 key made on the tablet, private part
 * non-extractable, kept in `deviceKeys` beside the chain key: never in a backup). Absent on a
 * tablet that is not enrolled, which then works exactly as before (nothing is queued).
 *
 * Kept in settings under `hub:link`, which a restore never takes from a file (backup.ts
 * keptOnRestore): a backup is another tablet's, enrolled as another device.
 */
import { audit } from './audit.ts';
import { cleanGateName, gateName } from './gate-name.ts';
import { db } from './index.ts';
import { getSetting, removeSetting, setSetting } from './settings.ts';
import type { HubLink } from './types.ts';

export type { HubLink } from './types.ts';

const KEY_NAME = 'hub';

/** The link, or null on a tablet not enrolled. */
export async function hubLink(): Promise<HubLink | null> {
  return (await getSetting('hub:link')) ?? null;
}

/** The device key the hub knows this tablet by (its private half), or null when not enrolled. */
export async function hubKey(): Promise<CryptoKey | null> {
  return (await db().deviceKeys.get(KEY_NAME))?.key ?? null;
}

/**
 * Stores an enrolment the hub accepted, with the key it was made for, audited; a gate tablet
 * takes the gate's name it was enrolled for (its passages record under it from now on).
 */
export async function saveHubLink(link: HubLink, key: CryptoKey, who: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.settings, d.deviceKeys, d.audit], async () => {
    await d.deviceKeys.put({ name: KEY_NAME, key, id: link.deviceId, createdAt: now });
    await setSetting('hub:link', link);
    // A new enrolment pulls the estate from its start (hub-pull.ts applies each change once).
    await removeSetting('hub:cursor');
    await audit(
      'hub-enrol',
      who,
      `hub=${link.hub} estate=${link.estateId} device=${link.deviceId} role=${link.role}`,
      now,
    );
    const gate = link.gateName === null ? null : cleanGateName(link.gateName);
    if (link.role === 'gate' && gate !== null) {
      const before = await gateName();
      if (before !== gate) {
        await setSetting('gateName', gate);
        await audit('setting', who, `gateName=${gate}${before ? ` (was ${before})` : ''}`, now);
      }
    }
  });
}

/**
 * Disconnects the tablet from its hub (a manager's act, in the console): the link, the device
 * key and the records still waiting to go are dropped, audited with how many; the tablet's own
 * records stay, as on any tablet without a hub.
 */
export async function dropHubLink(who: string, now: number): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.settings, d.deviceKeys, d.outbox, d.audit], async () => {
    const link = await hubLink();
    if (!link) return;
    const waiting = await d.outbox.count();
    await d.outbox.clear();
    await d.deviceKeys.delete(KEY_NAME);
    await removeSetting('hub:link');
    await removeSetting('hub:cursor');
    await audit('hub-disconnect', who, `hub=${link.hub} device=${link.deviceId} unsent=${waiting}`, now);
  });
}

/**
 * Notes in this tablet's audit trail a manager's act on the hub made from its console (a device
 * code issued, a device revoked), under the manager's name; the hub keeps its own record of it.
 */
export async function noteHubAction(
  action: 'hub-add-device' | 'hub-revoke-device',
  who: string,
  detail: string,
  now: number,
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.audit, () => audit(action, who, detail, now));
}
