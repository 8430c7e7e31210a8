/**
 * Page models of what a gate is set up with. Manager decisions live in the console behind the
 * PIN (the trust list on its rules tab, residents in its registry); the device screen at
 * /settings shows only this tablet's own state.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { RegistryPage } from './registry-page.ts';

export class SettingsPage {
  readonly page: Page;
  readonly summary: Locator;
  readonly importError: Locator;

  constructor(page: Page) {
    this.page = page;
    this.summary = page.getByTestId('trust-summary');
    this.importError = page.getByTestId('trust-import-error');
  }

  /** Opens the console's rules tab past the PIN (set on first use), where the trust list is imported. */
  async open(): Promise<void> {
    await new RegistryPage(this.page).openConsole();
    await this.page.getByTestId('tab-rules').click();
    await expect(this.page.getByTestId('trust-file')).toBeAttached();
  }

  /** Picks a trust bundle file and shows what it would change (opening the console's rules tab first when needed). */
  async previewBundle(name: string, json: string): Promise<void> {
    if ((await this.page.getByTestId('trust-file').count()) === 0) await this.open();
    await this.page
      .getByTestId('trust-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect(this.page.getByTestId('trust-preview').or(this.importError)).toBeVisible();
  }

  /** Imports a trust bundle as a manager does: picks the file, then applies what the preview shows. */
  async importBundle(name: string, json: string): Promise<void> {
    await this.previewBundle(name, json);
    if (await this.page.getByTestId('trust-preview').isVisible())
      await this.page.getByTestId('trust-apply').click();
  }

  /** Back to the gate screen (leaving the console locks it). */
  async backToGate(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('gate-ready')).toBeVisible();
  }
}

/** Imports the resident list through the console's registry import, as a manager does. */
export async function seedResidents(page: Page, csv: string): Promise<void> {
  const registry = new RegistryPage(page);
  await registry.openConsole();
  const count = await registry.importFile('residents.csv', 'text/csv', Buffer.from(csv));
  expect(count).toBeGreaterThan(0);
}
