/** Page model of the gate device's settings (trust list import). */
import { expect, type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  readonly page: Page;
  readonly summary: Locator;
  readonly importError: Locator;

  constructor(page: Page) {
    this.page = page;
    this.summary = page.getByTestId('trust-summary');
    this.importError = page.getByTestId('trust-import-error');
  }

  /** Opens settings from the gate screen's header. */
  async open(): Promise<void> {
    await this.page.getByTestId('open-settings').click();
    await expect(this.page.getByTestId('trust-file')).toBeAttached();
  }

  /** Picks a trust bundle file, as a manager does. */
  async importBundle(name: string, json: string): Promise<void> {
    await this.page
      .getByTestId('trust-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
  }

  /** Back to the gate screen. */
  async backToGate(): Promise<void> {
    await this.page.getByTestId('back-to-gate').click();
    await expect(this.page.getByTestId('gate-ready')).toBeVisible();
  }
}

/** Seeds the resident list, as settings allow before the manager's registry exists. */
export async function seedResidents(page: Page, csv: string): Promise<void> {
  await page.getByTestId('residents-text').fill(csv);
  await page.getByTestId('residents-save').click();
  await expect(page.getByTestId('residents-ok')).toBeVisible();
}
