/**
 * The estate's policy rules (fever threshold, mask and unregistered rules, test windows): one
 * versioned record, changed only by a manager in the console. Each change is a new version,
 * saved with its audit entry in ONE transaction, so no rule changes without a name beside it.
 * Kept in settings under `policy`; the gate reads it, only the console's policy screen writes it.
 */
import { normaliseRules, reviseRules } from '../policy/rules.ts';
import type { PolicyRules } from '../policy/types.ts';
import { audit } from './audit.ts';
import { db } from './index.ts';
import { getSetting, setSetting } from './settings.ts';
import { policyContent, queueListChange } from './shared-lists.ts';

/** The current rules (defaults before the first change). */
export async function loadPolicy(): Promise<PolicyRules> {
  return normaliseRules((await getSetting('policy')) ?? null);
}

/** What changed between two versions, as `name=value` pairs for the audit trail. */
function changedFields(before: PolicyRules, after: PolicyRules): string {
  const flat = (r: PolicyRules) => {
    const out: Record<string, string> = {};
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'object' && v !== null && !Array.isArray(v))
        for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
      else out[path] = JSON.stringify(v);
    };
    walk({ ...r, version: undefined }, '');
    return out;
  };
  const a = flat(before);
  const b = flat(after);
  return Object.keys(b)
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k}=${b[k]}`)
    .join(' ');
}

/** Saves a change to the rules as a new version, audited under the manager's name; returns the new rules. */
export async function changePolicy(
  change: Partial<Omit<PolicyRules, 'version'>>,
  who: string,
  now: number,
): Promise<PolicyRules> {
  const d = db();
  return d.transaction('rw', [d.settings, d.audit, d.outbox], async () => {
    const before = normaliseRules((await getSetting('policy')) ?? null);
    const next = reviseRules(before, change);
    const detail = changedFields(before, next);
    if (detail === '') return before;
    await setSetting('policy', next);
    await audit('policy', who, `v${next.version} ${detail}`, now);
    // Every gate of a connected estate decides by it from its next pull (shared-lists.ts).
    await queueListChange('policy', await policyContent(next), who, now);
    return next;
  });
}
