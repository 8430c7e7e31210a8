/**
 * The estate-wide lists: the check policy (with the retention days), the trust list and the
 * risk-area list. A manager changes one in the console of a decider's device (the office PC or
 * a manager device: wire/push-roles.ts); the change is queued for the hub in the same
 * transaction as the change itself (`queueListChange`), and every other device of the estate
 * pulls it (`applyPulledLists`, inside hub-pull.ts's transaction) so that each gate decides by
 * the same rules, trusts the same keys and knows the same risk areas.
 *
 * Each change carries when it was made (`changedAt`) and by whom. A device applies a pulled
 * version only when it is newer than the one it holds (`hub:listsAt`): a change made here and
 * not yet pushed is not undone by an older one arriving. On a gate tablet, whose role may not
 * push the lists, a local change stays local until the office's next change replaces it.
 *
 * A pulled trust list never replaces this device's own estate key: the entries of its own
 * estate (or key id) are kept as held here, whatever the pulled list says of them.
 */
import { normaliseRules } from '../policy/rules.ts';
import type { PolicyRules } from '../policy/types.ts';
import type { PushedRecord } from '../wire/kinds.ts';
import { audit } from './audit.ts';
import { newId } from './index.ts';
import { enqueueForHub } from './outbox.ts';
import type { RiskList } from './risk-list.ts';
import { getSetting, type SharedList, setSetting } from './settings.ts';
import type { SavedTrust } from './trust.ts';

/** The record kind each list travels as. */
export const LIST_KINDS = {
  policy: 'policy-version',
  trust: 'trust-list',
  risk: 'risk-list',
} as const satisfies Record<SharedList, PushedRecord['kind']>;

const LIST_OF = new Map<string, SharedList>(
  Object.entries(LIST_KINDS).map(([list, kind]) => [kind, list as SharedList]),
);

/** One pulled change of a list, as hub-pull.ts hands it on. */
export interface ListChange {
  kind: string;
  id: string;
  body: Record<string, unknown>;
}

/** What a change of each list carries besides the list itself. */
interface Stamp {
  changedAt: number;
  by: string;
}

/** Notes that `list` changed at `at` on this device; call inside a transaction holding settings. */
async function markChanged(list: SharedList, at: number): Promise<void> {
  const held = (await getSetting('hub:listsAt')) ?? {};
  await setSetting('hub:listsAt', { ...held, [list]: Math.max(at, held[list] ?? 0) });
}

/**
 * Marks a change of `list` made here and queues it for the hub (when this device is enrolled
 * and its role may push it); call inside the change's transaction, which must hold settings
 * and outbox.
 */
export async function queueListChange(
  list: SharedList,
  content: Record<string, unknown>,
  by: string,
  at: number,
): Promise<void> {
  await markChanged(list, at);
  const id = newId(at);
  await enqueueForHub([{ kind: LIST_KINDS[list], id, body: { ...content, changedAt: at, by } }]);
}

/** The policy as it travels: the rules and the estate's retention days. */
export async function policyContent(rules: PolicyRules): Promise<Record<string, unknown>> {
  const retentionDays = await getSetting('manage:retentionDays');
  return { ...rules, ...(retentionDays === undefined ? {} : { retentionDays }) };
}

const isStamped = (b: Record<string, unknown>): b is Record<string, unknown> & Stamp =>
  typeof b.changedAt === 'number' && Number.isFinite(b.changedAt) && typeof b.by === 'string';

/** Takes the stamp off a pulled body: the list as this device stores it. */
function content<T>(body: Record<string, unknown>): T {
  const { changedAt: _at, by: _by, ...rest } = body;
  return rest as T;
}

/** The saved trust with this device's own estate entries kept as held (see the file comment). */
async function keepingOwnEstate(pulled: SavedTrust): Promise<SavedTrust> {
  const key = await getSetting('estateKey');
  if (!key) return pulled;
  const own = (e: { estateId: string; kid: string }) => e.estateId === key.estateId || e.kid === key.kid;
  const held = (await getSetting('trust'))?.stored.estate.filter(own) ?? [];
  const stored = { ...pulled.stored, estate: [...pulled.stored.estate.filter((e) => !own(e)), ...held] };
  return { ...pulled, stored };
}

const isTrustBody = (b: Record<string, unknown>): boolean => {
  const s = b.stored as Partial<SavedTrust['stored']> | undefined;
  return (
    typeof b.importedAt === 'number' &&
    typeof s === 'object' &&
    s !== null &&
    ['dcc', 'shc', 'nzcp', 'estate'].every((f) => Array.isArray((s as Record<string, unknown>)[f]))
  );
};
const isRiskBody = (b: Record<string, unknown>): boolean =>
  Array.isArray(b.areas) && typeof b.listDate === 'string' && typeof b.importedAt === 'number';

/** The keys of a bundle as its audit line names them: `format:issuer(keys)` per issuer. */
export function trustKeysText(trust: SavedTrust): string {
  return trust.summary.map((r) => `${r.format}:${r.issuer}(${r.keys})`).join(' ');
}

/** Stores one pulled list and audits it; false when its content is not a list of its kind. */
async function store(list: SharedList, body: Record<string, unknown> & Stamp): Promise<boolean> {
  const from = `from-hub by=${body.by}`;
  if (list === 'policy') {
    const { retentionDays, ...rules } = content<PolicyRules & { retentionDays?: unknown }>(body);
    const next = normaliseRules(rules);
    await setSetting('policy', next);
    const days =
      typeof retentionDays === 'number' && Number.isSafeInteger(retentionDays) ? retentionDays : null;
    if (days !== null && days >= 1) await setSetting('manage:retentionDays', days);
    await audit(
      'policy',
      body.by,
      `v${next.version} ${from}${days ? ` retentionDays=${days}` : ''}`,
      body.changedAt,
    );
  } else if (list === 'trust') {
    if (!isTrustBody(body)) return false;
    const saved = await keepingOwnEstate(content<SavedTrust>(body));
    await setSetting('trust', saved);
    await audit('trust-import', body.by, `${saved.fileName} ${trustKeysText(saved)} ${from}`, body.changedAt);
  } else {
    if (!isRiskBody(body)) return false;
    const risk = content<RiskList>(body);
    await setSetting('riskAreas', risk);
    await audit(
      'risk-import',
      body.by,
      `${risk.fileName} ${risk.listDate} ${risk.areas.length} ${from}`,
      body.changedAt,
    );
  }
  return true;
}

/**
 * Applies the newest pulled change of each list that is newer than the one held; call inside
 * the pull's transaction, which must hold settings and audit. Returns the lists it changed.
 */
export async function applyPulledLists(changes: readonly ListChange[]): Promise<Set<SharedList>> {
  const newest = new Map<SharedList, Record<string, unknown> & Stamp>();
  for (const c of changes) {
    const list = LIST_OF.get(c.kind);
    if (!list || !isStamped(c.body)) continue;
    const before = newest.get(list);
    if (!before || c.body.changedAt >= before.changedAt) newest.set(list, c.body);
  }
  const applied = new Set<SharedList>();
  if (newest.size === 0) return applied;
  const held = (await getSetting('hub:listsAt')) ?? {};
  for (const [list, body] of newest) {
    if (body.changedAt <= (held[list] ?? 0)) continue;
    if (!(await store(list, body))) continue;
    await markChanged(list, body.changedAt);
    applied.add(list);
  }
  return applied;
}

/** Whether a pulled change is one of the lists. */
export const isListKind = (kind: string): boolean => LIST_OF.has(kind);
