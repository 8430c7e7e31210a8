/** Page models of the estate's own passes: the signing key on the console's estate tab, and the /print page. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { RegistryPage } from './registry-page.ts';

export class EstateKeyPanel {
  readonly page: Page;
  readonly kid: Locator;
  readonly backupNote: Locator;

  constructor(page: Page) {
    this.page = page;
    this.kid = page.getByTestId('estate-kid');
    this.backupNote = page.getByTestId('backup-note');
  }

  /** Opens the console's estate tab past the PIN. */
  async open(): Promise<void> {
    await new RegistryPage(this.page).openConsole();
    await this.page.getByTestId('tab-estate').click();
    await expect(this.page.getByTestId('estate-settings')).toBeVisible();
  }

  /** The sealed key backup downloaded as the key was generated (the only export of its private half). */
  keyFile: Buffer | null = null;

  /** Names the estate and generates its signing key (on a tablet that has none), with its backup. */
  async generate(estateId: string, name: string, passphrase = 'correct horse battery'): Promise<string> {
    await this.page.getByTestId('estate-id').fill(estateId);
    await this.page.getByTestId('estate-name').fill(name);
    await this.page.getByTestId('estate-key-passphrase').fill(passphrase);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('estate-generate').click(),
    ]);
    this.keyFile = readFileSync(await download.path());
    await expect(this.kid).toBeVisible();
    return (await this.kid.getAttribute('data-kid')) ?? '';
  }

  /** Exports the trust list and returns the downloaded file's JSON text. */
  async exportBundle(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('estate-export').click(),
    ]);
    return readFileSync(await download.path(), 'utf8');
  }

  /** Tries to restore the key from a backup file with a passphrase. */
  async restore(file: Buffer | string, passphrase: string): Promise<void> {
    await this.page.getByTestId('restore-file').setInputFiles({
      name: 'estate-key.gcsf',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(file),
    });
    await this.page.getByTestId('restore-passphrase').fill(passphrase);
    await expect(this.page.getByTestId('restore-run')).toBeEnabled();
    await this.page.getByTestId('restore-run').click();
  }

  /** Revokes a pass id, as the signed-in manager does for a lost card. */
  async revoke(passId: string, by = '王经理'): Promise<void> {
    await this.page.getByTestId('revoke-pass-id').fill(passId);
    await expect(this.page.getByTestId('revoke-by')).toContainText(by);
    await this.page.getByTestId('revoke-submit').click();
    await expect(this.page.getByTestId('revoke-note')).toHaveAttribute('data-ok', 'true');
  }
}

export class PrintPage {
  readonly page: Page;
  readonly cards: Locator;

  constructor(page: Page) {
    this.page = page;
    this.cards = page.getByTestId('pass-card');
  }

  /** Opens the print page from the console's estate tab. */
  async open(): Promise<void> {
    await this.page.getByTestId('open-print').click();
    await expect(this.page.getByTestId('print-page')).toBeVisible();
  }

  /** Makes the cards of one household. */
  async printHousehold(building: string, unit: string, room: string): Promise<void> {
    await this.page.getByTestId('scope-household').click();
    await this.page.getByTestId('print-building').fill(building);
    await this.page.getByTestId('print-unit').fill(unit);
    await this.page.getByTestId('print-room').fill(room);
    await this.page.getByTestId('print-issue').click();
    await expect(this.page.getByTestId('print-note')).toHaveAttribute('data-ok', 'true');
  }

  /** Makes the cards of every resident. */
  async printAll(): Promise<void> {
    await this.page.getByTestId('scope-all').click();
    await this.page.getByTestId('print-issue').click();
    await expect(this.page.getByTestId('print-note')).toHaveAttribute('data-ok', 'true');
  }

  /** The pass id and QR text of a card. */
  async card(index: number): Promise<{ passId: string; text: string; locator: Locator }> {
    const locator = this.cards.nth(index);
    return {
      passId: (await locator.getAttribute('data-pass-id')) ?? '',
      text: (await locator.getAttribute('data-pass-text')) ?? '',
      locator,
    };
  }
}
