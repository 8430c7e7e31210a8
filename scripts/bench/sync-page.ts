/**
 * The in-page half of the sync benchmarks: reads and writes the app's IndexedDB straight (no
 * Dexie, so the app's own code and its live queries are untouched), timing with Date.now(),
 * the one clock every browser and the Node side share on this machine.
 */
import type { Page } from '@playwright/test';
import type { Passage } from '../../src/db/types.ts';

/** A store of the app's database the benchmarks look at. */
type Store = 'people' | 'outbox' | 'passages';

/**
 * Waits inside the page until `store` holds `op` `count` records (`>=` or `==`), reading its count
 * every `everyMs`; returns Date.now() at the first read that held it, or null after `timeoutMs`.
 */
export function whenCount(
  page: Page,
  store: Store,
  op: '>=' | '==',
  count: number,
  timeoutMs: number,
  everyMs = 50,
): Promise<number | null> {
  return page.evaluate(
    async ({ store, op, count, timeoutMs, everyMs }) => {
      const open = indexedDB.open('gate-checkpoint');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const end = Date.now() + timeoutMs;
      try {
        while (Date.now() < end) {
          const n = await new Promise<number>((resolve, reject) => {
            const r = db.transaction(store).objectStore(store).count();
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
          if (op === '>=' ? n >= count : n === count) return Date.now();
          await new Promise((r) => setTimeout(r, everyMs));
        }
        return null;
      } finally {
        db.close();
      }
    },
    { store, op, count, timeoutMs, everyMs },
  );
}

/**
 * Waits inside the page until the people table holds someone named `name` (its `name` index),
 * reading every `everyMs`; returns Date.now() when found, or null after `timeoutMs`.
 */
export function whenPerson(
  page: Page,
  name: string,
  timeoutMs: number,
  everyMs = 20,
): Promise<number | null> {
  return page.evaluate(
    async ({ name, timeoutMs, everyMs }) => {
      const open = indexedDB.open('gate-checkpoint');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const end = Date.now() + timeoutMs;
      try {
        while (Date.now() < end) {
          const found = await new Promise<unknown>((resolve, reject) => {
            const r = db.transaction('people').objectStore('people').index('name').get(name);
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
          if (found !== undefined) return Date.now();
          await new Promise((r) => setTimeout(r, everyMs));
        }
        return null;
      } finally {
        db.close();
      }
    },
    { name, timeoutMs, everyMs },
  );
}

/** This tablet's device id (settings) and its chain key's id (deviceKeys), as its checks name them. */
export function tabletIds(page: Page): Promise<{ deviceId: string; keyId: string; passages: number }> {
  return page.evaluate(async () => {
    const open = indexedDB.open('gate-checkpoint');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    // No helper functions in here: the TypeScript loader would wrap them in one the page lacks.
    const tx = db.transaction(['settings', 'deviceKeys', 'passages']);
    const reads = [
      tx.objectStore('settings').get('deviceId'),
      tx.objectStore('deviceKeys').get('chain'),
      tx.objectStore('passages').count(),
    ];
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const [setting, key, passages] = reads.map((r) => r.result) as [
      { value: string } | undefined,
      { id: string } | undefined,
      number,
    ];
    db.close();
    if (!setting || !key) throw new Error('the tablet has no device id or chain key yet');
    return { deviceId: setting.value, keyId: key.id, passages };
  });
}

/** A check made in Node, linked but not yet keyed: the page adds the HMAC with the tablet's key. */
export interface UnkeyedCheck {
  passage: Passage;
  /** `retainFrom` as the app's middleware stores it (retain-from.ts), or null for none. */
  retainFrom: number | null;
}

/**
 * Stores checks as recordCheck leaves them on an enrolled tablet (src/db/passages.ts): each
 * passage with its keyed link (the HMAC of its hash under this tablet's own non-extractable chain
 * key, made here), and one outbox entry holding it, all in one transaction.
 */
export function storeChecks(page: Page, checks: readonly UnkeyedCheck[]): Promise<void> {
  return page.evaluate(async (checks) => {
    const open = indexedDB.open('gate-checkpoint');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const key = await new Promise<{ key: CryptoKey }>((resolve, reject) => {
      const r = db.transaction('deviceKeys').objectStore('deviceKeys').get('chain');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    // The HMACs first: an IndexedDB transaction would commit while WebCrypto is awaited.
    const macs = await Promise.all(
      checks.map((c) =>
        crypto.subtle.sign('HMAC', key.key, new TextEncoder().encode(c.passage.chain?.hash ?? '')),
      ),
    );
    const tx = db.transaction(['passages', 'outbox'], 'readwrite');
    checks.forEach((c, i) => {
      const mac = Array.from(new Uint8Array(macs[i] as ArrayBuffer), (x) =>
        x.toString(16).padStart(2, '0'),
      ).join('');
      const passage = { ...c.passage, chain: { ...c.passage.chain, mac } };
      tx.objectStore('passages').add(
        c.retainFrom === null ? passage : { ...passage, retainFrom: c.retainFrom },
      );
      tx.objectStore('outbox').add({ records: [{ kind: 'passage', id: passage.id, body: passage }] });
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, checks);
}

/** When each thing was seen in the page (Date.now()), as noteMoments notes them. */
export interface Moments {
  /** A registration confirmed: the confirmation panel left the screen (after its commit). */
  confirmed: number[];
  /** "已记录" appeared. */
  recorded: number[];
}

/**
 * Starts noting, in the page, the Date.now() of every registration confirmed (its panel,
 * [data-testid=confirm-registration], gone: the app removes it once the write committed) and of
 * every "已记录" ([data-testid=recorded]) that appears. A DOM observer: the moment the app
 * changed the screen, before the paint.
 */
export function noteMoments(page: Page): Promise<void> {
  return page.evaluate(() => {
    const moments: Moments = { confirmed: [], recorded: [] };
    (window as unknown as { __moments: Moments }).__moments = moments;
    let confirming = false;
    let recorded = false;
    new MutationObserver(() => {
      const c = document.querySelector('[data-testid="confirm-registration"]') !== null;
      const r = document.querySelector('[data-testid="recorded"]') !== null;
      if (confirming && !c) moments.confirmed.push(Date.now());
      if (r && !recorded) moments.recorded.push(Date.now());
      confirming = c;
      recorded = r;
    }).observe(document, { childList: true, subtree: true });
  });
}

/** The moments noted by noteMoments so far. */
export function moments(page: Page): Promise<Moments> {
  return page.evaluate(() => (window as unknown as { __moments: Moments }).__moments);
}
