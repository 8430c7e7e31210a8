/** Reads the app's IndexedDB straight from the page, to check what was really stored. */
import type { Page } from '@playwright/test';

export type TableName =
  | 'passages'
  | 'flags'
  | 'people'
  | 'settings'
  | 'ledger'
  | 'audit'
  | 'issuedCards'
  | 'revocations';

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
