/** Reads and writes the app's IndexedDB straight from the page: what was really stored, and seeds. */
import type { Page } from '@playwright/test';

export type TableName =
  | 'passages'
  | 'flags'
  | 'people'
  | 'settings'
  | 'ledger'
  | 'audit'
  | 'issuedCards'
  | 'revocations'
  | 'outbox'
  | 'outboxRefused';

/** Every record of a table of the app's database. */
export function readTable<T>(page: Page, table: TableName): Promise<T[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('gate-checkpoint');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return rows;
  }, table) as Promise<T[]>;
}

/** Records to write, by table. */
export type Records = Partial<Record<TableName, unknown[]>>;

/**
 * Puts records straight into the app's database (opened by the app already), in one
 * transaction, around the app's own code: as another gate or an older version left them.
 */
export function putRecords(page: Page, records: Records): Promise<void> {
  return page.evaluate(async (rows) => {
    const open = indexedDB.open('gate-checkpoint');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = Object.keys(rows);
    if (names.length === 0) return db.close();
    const tx = db.transaction(names, 'readwrite');
    for (const name of names)
      for (const r of rows[name as keyof typeof rows] ?? []) tx.objectStore(name).put(r);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}
