/** Page model of /register: a courier, visitor or returnee filling the form on their own phone. */
import { expect, type Locator, type Page } from '@playwright/test';

export interface StopEntry {
  province: string;
  city: string;
  district: string;
  /** YYYY-MM-DD */
  date: string;
}

export class RegisterPage {
  readonly page: Page;
  readonly form: Locator;
  readonly qr: Locator;
  readonly formErrors: Locator;

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
    await this.page.getByTestId(`reg-kind-${kind}`).click();
  }

  /** Types name, phone and the ID card's last four. */
  async fillIdentity(name: string, phone: string, idLast4: string): Promise<void> {
    await this.page.getByTestId('reg-name').fill(name);
    await this.page.getByTestId('reg-phone').fill(phone);
    await this.page.getByTestId('reg-idLast4').fill(idLast4);
  }

  /** Picks a company from the list and types the plate. */
  async fillCourier(company: string, plate: string): Promise<void> {
    await this.page.getByTestId(`reg-company-${company}`).click();
    await this.page.getByTestId('reg-plate').fill(plate);
  }

  /** Types building / unit / room of the household (visited, or a returnee's home). */
  async fillHousehold(building: string, unit: string, room: string): Promise<void> {
    await this.page.getByTestId('reg-building').fill(building);
    await this.page.getByTestId('reg-unit').fill(unit);
    await this.page.getByTestId('reg-room').fill(room);
  }

  /** A returnee's origin (province and city), arrival date and transport. */
  async fillReturnee(province: string, city: string, arrivedOn: string, transport: string): Promise<void> {
    await this.page.getByTestId('reg-from-province').selectOption({ label: province });
    await this.page.getByTestId('reg-from-city').selectOption({ label: city });
    await this.page.getByTestId('reg-arrivedOn').fill(arrivedOn);
    await this.page.getByTestId(`reg-transport-${transport}`).click();
  }

  /** Fills the n-th itinerary stop (0-based), adding stops as needed. */
  async fillStop(index: number, stop: StopEntry): Promise<void> {
    const rows = this.page.getByTestId('reg-stop');
    if ((await rows.count()) <= index) await this.page.getByTestId('reg-add-stop').click();
    const row = rows.nth(index);
    await row.locator('[data-testid$="-province"]').selectOption({ label: stop.province });
    await row.locator('[data-testid$="-city"]').selectOption({ label: stop.city });
    await row.locator('[data-testid$="-district"]').selectOption({ label: stop.district });
    await row.locator('input[type="date"]').fill(stop.date);
  }

  /** Taps the health-code colour seen on the phone. */
  async chooseColour(colour: 'green' | 'yellow' | 'red'): Promise<void> {
    await this.page.getByTestId(`reg-colour-${colour}`).click();
  }

  /** Sends the form. */
  async submit(): Promise<void> {
    await this.page.getByTestId('reg-submit').click();
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
