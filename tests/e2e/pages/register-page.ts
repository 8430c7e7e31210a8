/** Page model of /register: a courier, visitor or returnee filling the form on their own phone. */
import { expect, type Locator, type Page } from '@playwright/test';

export interface StopEntry {
  province: string;
  /** Left out for a municipality (北京市, 上海市...): the form goes from the province to its districts. */
  city?: string;
  /** Left out for a place with no districts (香港, 境外). */
  district?: string;
  /** YYYY-MM-DD */
  date: string;
}

export class RegisterPage {
  readonly page: Page;
  readonly form: Locator;
  readonly qr: Locator;
  readonly formErrors: Locator;

  /**
   * Taps a person makes on a phone for what this model did: a button 1, a text field 1 (the
   * typing is not counted), a date field 3 (open the picker, pick the day, done), a select 2
   * (open the list, pick).
   */
  taps = 0;

  constructor(page: Page) {
    this.page = page;
    this.form = page.getByTestId('register-form');
    this.qr = page.getByTestId('declaration-qr');
    this.formErrors = page.getByTestId('reg-form-errors');
  }

  /** Opens the form (or the kept declaration). */
  async open(): Promise<void> {
    await this.page.goto('/register');
  }

  /** Picks who is registering. */
  async chooseKind(kind: 'courier' | 'visitor' | 'returnee'): Promise<void> {
    await this.tap(this.page.getByTestId(`reg-kind-${kind}`));
  }

  /** Taps a button (counted). */
  async tap(target: Locator): Promise<void> {
    await target.click();
    this.taps += 1;
  }

  /** Types into a text field (counted as one tap), or clears it when `text` is empty. */
  async type(target: Locator, text: string): Promise<void> {
    await target.fill(text);
    this.taps += 1;
  }

  /** Sets a date field (counted as the three taps of a phone's date picker). */
  async setDate(target: Locator, date: string): Promise<void> {
    await target.fill(date);
    this.taps += 3;
  }

  /** Picks an option of a select by its label (counted as two taps: open, pick). */
  async pick(target: Locator, label: string): Promise<void> {
    await target.selectOption({ label });
    this.taps += 2;
  }

  /** Types name, phone and the ID card's last four. */
  async fillIdentity(name: string, phone: string, idLast4: string): Promise<void> {
    await this.type(this.page.getByTestId('reg-name'), name);
    await this.type(this.page.getByTestId('reg-phone'), phone);
    await this.type(this.page.getByTestId('reg-idLast4'), idLast4);
  }

  /** Picks a company from the list and types the plate. */
  async fillCourier(company: string, plate: string): Promise<void> {
    await this.tap(this.page.getByTestId(`reg-company-${company}`));
    await this.type(this.page.getByTestId('reg-plate'), plate);
  }

  /** Types building / unit / room of the household (visited, or a returnee's home). */
  async fillHousehold(building: string, unit: string, room: string): Promise<void> {
    await this.type(this.page.getByTestId('reg-building'), building);
    if (unit !== '') await this.type(this.page.getByTestId('reg-unit'), unit);
    await this.type(this.page.getByTestId('reg-room'), room);
  }

  /** A returnee's origin (province and city), arrival date and transport. */
  async fillReturnee(province: string, city: string, arrivedOn: string, transport: string): Promise<void> {
    await this.pick(this.page.getByTestId('reg-from-province'), province);
    if (city !== '') await this.pick(this.page.getByTestId('reg-from-city'), city);
    if (arrivedOn !== '') await this.setDate(this.page.getByTestId('reg-arrivedOn'), arrivedOn);
    await this.tap(this.page.getByTestId(`reg-transport-${transport}`));
  }

  /** Fills the n-th itinerary stop (0-based), adding stops as needed. */
  async fillStop(index: number, stop: StopEntry): Promise<void> {
    const row = await this.stop(index);
    await this.pick(row.locator('[data-testid$="-province"]'), stop.province);
    if (stop.city !== undefined) await this.pick(row.locator('[data-testid$="-city"]'), stop.city);
    if (stop.district !== undefined)
      await this.pick(row.locator('[data-testid$="-district"]'), stop.district);
    const date = row.locator('input[type="date"]');
    if ((await date.inputValue()) !== stop.date) await this.setDate(date, stop.date);
  }

  /** The n-th itinerary stop (0-based), adding one when the list is that short. */
  async stop(index: number): Promise<Locator> {
    const rows = this.page.getByTestId('reg-stop');
    if ((await rows.count()) <= index) await this.tap(this.page.getByTestId('reg-add-stop'));
    return rows.nth(index);
  }

  /** Taps the health-code colour seen on the phone. */
  async chooseColour(colour: 'green' | 'yellow' | 'red'): Promise<void> {
    await this.tap(this.page.getByTestId(`reg-colour-${colour}`));
  }

  /** Sends the form. */
  async submit(): Promise<void> {
    await this.tap(this.page.getByTestId('reg-submit'));
  }

  /** The message next to a field, e.g. `phone` or `stop-1-date`. */
  error(field: string): Locator {
    return this.page.getByTestId(`reg-error-${field}`);
  }

  /** Waits until the service worker controls the page (the app then opens offline). */
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

  /** Waits for the full-screen code and returns its QR text. */
  async declarationText(): Promise<string> {
    await expect(this.qr.locator('svg')).toBeVisible();
    return (await this.qr.getAttribute('data-declaration')) ?? '';
  }
}
