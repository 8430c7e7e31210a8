/** Page model of the console's registries and dashboard: open past the PIN, import, export, read. */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { putRecords, readTable, type TableName } from './idb.ts';

/** The PIN the registry and dashboard tests set on a fresh console. */
export const TEST_PIN = '135790';

export class RegistryPage {
  readonly page: Page;
  readonly problems: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.page = page;
    this.problems = page.getByTestId('import-problem');
    this.rows = page.getByTestId('person-row');
  }

  /** Opens /manage (or /print, which is part of the console) and gets past the PIN screen (sets the PIN on first use, else unlocks). */
  async openConsole(at: '/manage' | '/print' = '/manage'): Promise<void> {
    const gate = this.page.getByTestId('pin-gate');
    const opened = this.page.getByTestId(at === '/print' ? 'print-page' : 'tab-registry');
    // Already there and unlocked: no reload (each unlock is a deliberately slow PIN hash).
    if (new URL(this.page.url()).pathname === at && (await opened.isVisible())) return;
    await this.page.goto(at);
    await expect(gate.or(opened)).toBeVisible();
    if (await gate.isVisible()) {
      const first = (await gate.getAttribute('data-mode')) === 'set';
      await this.page.getByTestId('manager-name').fill('王经理');
      await this.page.getByTestId('pin').fill(TEST_PIN);
      if (first) await this.page.getByTestId('pin-confirm').fill(TEST_PIN);
      await this.page.getByTestId('pin-submit').click();
    }
    await expect(opened).toBeVisible();
  }

  /** Opens the registry tab at one of its views. */
  async view(name: 'residents' | 'households' | 'visitors' | 'ledger' | 'import'): Promise<void> {
    await this.page.getByTestId('tab-registry').click();
    await this.page.getByTestId(`registry-${name}`).click();
  }

  /** Chooses a file for import and waits for its preview (or its rejection). */
  async chooseFile(name: string, mimeType: string, buffer: Buffer): Promise<void> {
    await this.view('import');
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
    await expect(this.page.getByTestId('import-panel')).not.toHaveAttribute('data-step', 'idle');
  }

  /** Imports a file and waits until it is written; returns the count shown. */
  async importFile(name: string, mimeType: string, buffer: Buffer): Promise<number> {
    await this.chooseFile(name, mimeType, buffer);
    await this.page.getByTestId('import-run').click();
    const done = this.page.getByTestId('import-done');
    await expect(done).toBeVisible();
    return Number(await done.getAttribute('data-count'));
  }

  /** Opens the dashboard at a window and waits until its numbers are read. */
  async dashboard(period: 'today' | 'week'): Promise<void> {
    await this.page.getByTestId('tab-dashboard').click();
    await this.page.getByTestId(`period-${period}`).click();
    await expect(this.page.getByTestId('dashboard')).toHaveAttribute('data-ready', 'true');
  }

  /** The `data-count` of a dashboard element. */
  async count(locator: Locator): Promise<number> {
    return Number(await locator.getAttribute('data-count'));
  }

  /** Types a search into the current list. */
  async search(text: string): Promise<void> {
    await this.page.getByTestId('registry-search').fill(text);
  }

  /** Clicks an export button and returns the downloaded file's name and bytes. */
  async download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(testId).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  }

  /** Every record of a table, read straight from IndexedDB. */
  readTable<T>(table: TableName): Promise<T[]> {
    return readTable<T>(this.page, table);
  }

  /** Writes passages, flags, ledger entries and people straight into the app's IndexedDB (as gates on this device would). */
  async seedLog(data: {
    passages?: unknown[];
    flags?: unknown[];
    ledger?: unknown[];
    people?: unknown[];
  }): Promise<void> {
    await putRecords(this.page, data);
  }
}

// A tiny GBK encoder (Chinese Excel's CSV encoding): the table is Node's own GBK decoder run backwards.
let table: Map<string, number[]> | null = null;

function build(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(Uint8Array.from([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  return map;
}

/** `text` as GBK bytes (ASCII as is); throws on a character GBK lacks. */
export function gbkBytes(text: string): Buffer {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}
