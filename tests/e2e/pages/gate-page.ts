/** Page model of the gate screen: drives it as a volunteer (or a hand-held scanner) would. */
import { expect, type Locator, type Page } from '@playwright/test';

export class GatePage {
  readonly ready: Locator;
  readonly passages: Locator;
  readonly lastScan: Locator;
  readonly cameraError: Locator;
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.ready = page.getByTestId('gate-ready');
    this.passages = page.getByTestId('passage');
    this.lastScan = page.getByTestId('last-scan');
    this.cameraError = page.getByTestId('camera-error');
  }

  /** Opens the gate screen and waits until it takes scans. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.ready).toBeVisible();
  }

  /** Types a code as a hand-held scanner does: text then Enter, with no field focused. */
  async scanWithScanner(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Waits for the last scan to show "recorded" (only shown after the write committed). */
  async expectRecorded(): Promise<void> {
    await expect(this.lastScan).toHaveAttribute('data-state', 'recorded');
  }

  /** The code hashes of the listed passages, newest first. */
  async passageHashes(): Promise<string[]> {
    return this.passages.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code-hash') ?? ''));
  }

  /** Waits until the service worker controls the page (the shell is precached). */
  async waitForServiceWorker(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
        );
      }
    });
  }
}
