/** Page model of the gate screen: drives it as a volunteer (or a hand-held scanner) would. */
import { expect, type Locator, type Page } from '@playwright/test';
import { typeAsScanner } from '../fixtures/scanner.ts';
import { readTable, type TableName } from './idb.ts';

export class GatePage {
  readonly ready: Locator;
  readonly passages: Locator;
  readonly cameraError: Locator;
  readonly checkPanel: Locator;
  readonly verdict: Locator;
  readonly flags: Locator;
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.ready = page.getByTestId('gate-ready');
    this.passages = page.getByTestId('passage');
    this.cameraError = page.getByTestId('camera-error');
    this.checkPanel = page.getByTestId('check-panel');
    this.verdict = page.getByTestId('verdict');
    this.flags = page.getByTestId('flag');
  }

  /** Opens the gate screen and waits until it takes scans. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.ready).toBeVisible();
  }

  /** Types a code as a hand-held scanner does: text then Enter, with no field focused. */
  async scanWithScanner(text: string): Promise<void> {
    await typeAsScanner(this.page, text);
  }

  /**
   * Delivers a whole scan as one burst of key events inside the page, as fast as a hand-held
   * scanner types. For many pages scanning at once on a loaded machine: keystrokes sent one by
   * one from the test can arrive further apart than the scanner's key gap and read as typing.
   */
  async scanAtOnce(text: string): Promise<void> {
    await this.page.evaluate(
      (keys) => {
        for (const key of [...keys, 'Enter'])
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      },
      [...text],
    );
  }

  /** Types a temperature into the field as a volunteer would, then Enter. */
  async typeTemperature(value: string): Promise<void> {
    await this.page.getByTestId('temperature').fill(value);
    await this.page.getByTestId('temperature').press('Enter');
  }

  /**
   * Does the checks for the person whose code was just scanned: the health-code colour (only
   * when the code cannot be verified), a typed temperature and the mask.
   */
  async completeCheck(
    checks: {
      colour?: 'green' | 'yellow' | 'red';
      temperature?: string;
      mask?: 'ok' | 'improper' | 'none';
    } = {},
  ): Promise<void> {
    await expect(this.checkPanel).toBeVisible();
    const colour = this.page.getByTestId(`code-${checks.colour ?? 'green'}`);
    if (checks.colour !== undefined || (await colour.isVisible())) await colour.click();
    await this.typeTemperature(checks.temperature ?? '36.5');
    await this.page.getByTestId(`mask-${checks.mask ?? 'ok'}`).click();
  }

  /** Waits for the verdict, shown only after the check was committed to IndexedDB. */
  async expectVerdict(kind: 'pass' | 'review' | 'deny', reasons?: string[]): Promise<void> {
    await expect(this.verdict).toHaveAttribute('data-verdict', kind);
    await expect(this.page.getByTestId('recorded')).toBeVisible();
    if (reasons) await expect(this.verdict).toHaveAttribute('data-reasons', reasons.join(' '));
  }

  /** Dismisses the verdict for the next person. */
  async next(): Promise<void> {
    await this.page.getByTestId('next-person').click();
    await expect(this.verdict).toHaveCount(0);
  }

  /**
   * Scans a code that cannot be verified (a health-code link) with the scanner, does normal
   * checks and waits for the recorded verdict: review, because no registration backs it.
   * `burst` delivers the scan with scanAtOnce.
   */
  async checkUnregistered(text: string, scan: 'typed' | 'burst' = 'typed'): Promise<void> {
    await (scan === 'typed' ? this.scanWithScanner(text) : this.scanAtOnce(text));
    await this.completeCheck();
    await this.expectVerdict('review', ['unregistered']);
    await this.next();
  }

  /**
   * `count` checks of unverifiable codes (`${prefix}${i}`), each scanned as a scanner burst and
   * tapped through (colour, 36.5, mask) inside the page, waiting for "已记录" and 下一位 each time:
   * the real screen and the real writes, without a round trip from the test per tap, for the
   * tests that need a shift's worth of checks.
   */
  async quickChecks(count: number, prefix: string): Promise<void> {
    await this.page.evaluate(
      async ({ count, prefix }) => {
        const find = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
        const until = async (test: () => boolean, what: string) => {
          const end = performance.now() + 15_000;
          while (!test()) {
            if (performance.now() > end) throw new Error(`gave up waiting for ${what}`);
            await new Promise((r) => requestAnimationFrame(r));
          }
        };
        const tap = async (id: string) => {
          await until(() => find(id) !== null, id);
          find(id)?.click();
        };
        for (let i = 0; i < count; i++) {
          for (const key of [...`${prefix}${i}`, 'Enter'])
            document.body.dispatchEvent(
              new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
            );
          await tap('code-green');
          await tap('temp-36.5');
          await tap('mask-ok');
          await until(() => find('recorded') !== null, 'recorded');
          await tap('next-person');
          await until(() => find('verdict') === null, 'the next person');
        }
      },
      { count, prefix },
    );
  }

  /** The code hashes of the listed passages, newest first. */
  async passageHashes(): Promise<string[]> {
    return this.passages.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code-hash') ?? ''));
  }

  /** Signs a volunteer in for the shift. */
  async signIn(name: string): Promise<void> {
    await this.page.getByTestId('volunteer-name').fill(name);
    await this.page.getByTestId('sign-in').click();
    await expect(this.page.getByTestId('on-duty')).toHaveText(name);
  }

  /** The shift's counts in the duty bar, as numbers (checks, pass, review, deny, open flags). */
  async shiftCounts(): Promise<Record<'checks' | 'pass' | 'review' | 'deny' | 'open', number>> {
    const bar = this.page.getByTestId('shift-summary');
    const read = async (name: string) => Number(await bar.getAttribute(`data-${name}`));
    return {
      checks: await read('checks'),
      pass: await read('pass'),
      review: await read('review'),
      deny: await read('deny'),
      open: await read('open'),
    };
  }

  /** A new volunteer takes over: 换班, their name, and the outgoing shift's handover view. */
  async changeVolunteer(name: string): Promise<Locator> {
    await this.page.getByTestId('change-volunteer').click();
    await this.page.getByTestId('volunteer-name').fill(name);
    await this.page.getByTestId('sign-in').click();
    const handover = this.page.getByTestId('handover');
    await expect(handover).toBeVisible();
    return handover;
  }

  /** The incoming volunteer accepts the handover: their shift starts. */
  async acceptHandover(name: string): Promise<void> {
    await this.page.getByTestId('accept-handover').click();
    await expect(this.page.getByTestId('handover')).toHaveCount(0);
    await expect(this.page.getByTestId('on-duty')).toHaveText(name);
  }

  /** Opens the newest open flag of `kind` in the queue; returns its row (resolutions inside). */
  async openFlag(kind: string): Promise<Locator> {
    const row = this.page.locator(`[data-testid="flag"][data-kind="${kind}"]`).first();
    await row.getByRole('button').first().click();
    await expect(row.locator('[data-testid^="resolve-"]').first()).toBeVisible();
    return row;
  }

  /** The resolutions a flag row offers (their codes, in order). */
  async resolutionsOffered(row: Locator): Promise<string[]> {
    return row
      .locator('[data-testid^="resolve-"]')
      .evaluateAll((buttons) =>
        buttons.map((b) => (b.getAttribute('data-testid') ?? '').slice('resolve-'.length)),
      );
  }

  /** Every record of an IndexedDB table, read straight from the browser's database. */
  readTable<T>(table: TableName): Promise<T[]> {
    return readTable<T>(this.page, table);
  }

  /**
   * Finds people without a phone by hand: any of building / unit / room / name (a field left out
   * stays empty), then waits for the results. Returns the result buttons.
   */
  async lookup(q: { building?: string; unit?: string; room?: string; name?: string }): Promise<Locator> {
    if (!(await this.page.getByTestId('lookup-search').isVisible()))
      await this.page.getByTestId('manual-lookup').click();
    for (const key of ['building', 'unit', 'room', 'name'] as const)
      await this.page.getByTestId(`lookup-${key}`).fill(q[key] ?? '');
    await this.page.getByTestId('lookup-search').click();
    const results = this.page.getByTestId('lookup-result');
    await expect(results.first().or(this.page.getByTestId('lookup-none'))).toBeVisible();
    return results;
  }

  /** The registration QR on the verdict, as the PNG a visitor's phone camera would see. */
  async registrationQrPng(): Promise<Buffer> {
    const qr = this.page.getByTestId('registration-qr').locator('img');
    await expect(qr).toBeVisible();
    await expect(qr).toHaveJSProperty('complete', true);
    return qr.screenshot();
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
