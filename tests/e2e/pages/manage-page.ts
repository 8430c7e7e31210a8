/** Page model of the manager console at /manage: PIN, tabs, log filters, exports, settings. */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { putRecords, readTable, type TableName } from './idb.ts';

export interface SeedData {
  passages?: unknown[];
  people?: unknown[];
  flags?: unknown[];
}

export class ManagePage {
  readonly page: Page;
  readonly pinGate: Locator;
  readonly lockout: Locator;
  readonly rows: Locator;
  readonly detail: Locator;

  constructor(page: Page) {
    this.page = page;
    this.pinGate = page.getByTestId('pin-gate');
    this.lockout = page.getByTestId('lockout');
    this.rows = page.getByTestId('log-row');
    this.detail = page.getByTestId('passage-detail');
  }

  /** Opens the console (locked). */
  async open(): Promise<void> {
    await this.page.goto('/manage');
    await expect(this.pinGate).toBeVisible();
  }

  /** Sets the first PIN and waits for the console to open. */
  async setPin(pin: string, name: string): Promise<void> {
    await expect(this.pinGate).toHaveAttribute('data-mode', 'set');
    await this.page.getByTestId('manager-name').fill(name);
    await this.page.getByTestId('pin').fill(pin);
    await this.page.getByTestId('pin-confirm').fill(pin);
    await this.page.getByTestId('pin-submit').click();
    await expect(this.page.getByTestId('tab-logs')).toBeVisible();
  }

  /** Types a PIN into the unlock form and submits it (right or wrong). */
  async tryPin(pin: string): Promise<void> {
    await expect(this.pinGate).toHaveAttribute('data-mode', 'unlock');
    await this.page.getByTestId('pin').fill(pin);
    await this.page.getByTestId('pin-submit').click();
  }

  /** Unlocks with the right PIN and waits for the console. */
  async unlock(pin: string): Promise<void> {
    await this.tryPin(pin);
    await expect(this.page.getByTestId('tab-logs')).toBeVisible();
  }

  /** Locks the console. */
  async lock(): Promise<void> {
    await this.page.getByTestId('lock').click();
    await expect(this.pinGate).toBeVisible();
  }

  /** Opens a console tab. */
  async tab(name: 'logs' | 'flags' | 'registry' | 'dashboard' | 'audit' | 'settings'): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).click();
  }

  /** Runs one of the settings tab's integrity checks (passage log or audit trail); its result line. */
  async integrityCheck(which: 'log' | 'audit'): Promise<Locator> {
    await this.tab('settings');
    await this.page.getByTestId(which === 'log' ? 'verify-log' : 'verify-audit').click();
    const result = this.page.getByTestId(which === 'log' ? 'verify-result' : 'verify-audit-result');
    await expect(result).toBeVisible();
    return result;
  }

  /** Sets log filters and applies them. */
  async filter(f: { verdict?: string; search?: string }): Promise<void> {
    await this.page.getByTestId('filter-verdict').selectOption(f.verdict ?? '');
    await this.page.getByTestId('filter-search').fill(f.search ?? '');
    await this.page.getByTestId('filter-apply').click();
  }

  /** Clicks an export button and returns the downloaded file's bytes. */
  async download(testId: 'export-logs' | 'export-flags'): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(testId).click(),
    ]);
    return readFile(await download.path());
  }

  /** Writes records straight into the app's IndexedDB (the console opened it already). */
  async seed(data: SeedData): Promise<void> {
    await putRecords(this.page, data);
  }

  /**
   * Waits for the retention purge the console starts when it opens to write its audit entry: it
   * runs on its own, so a test that moves the clock on must let it finish first.
   */
  async waitForOpeningPurge(): Promise<void> {
    await expect
      .poll(async () =>
        (await this.readTable<{ action?: string }>('audit')).some((e) => e.action === 'purge'),
      )
      .toBe(true);
  }

  /** Every record of a table, read straight from IndexedDB. */
  readTable<T>(table: TableName): Promise<T[]> {
    return readTable<T>(this.page, table);
  }
}
