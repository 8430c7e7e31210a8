import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { CHAIN_START, linkHash, passageBody } from '../../src/db/chain.ts';
import type { Flag, Passage } from '../../src/db/types.ts';
import { FLAG_REASONS } from '../../src/policy/reasons.ts';
import type { ReasonCode } from '../../src/policy/types.ts';
import { PREVIEW_URL } from './browser.ts';
import { killHard, newPage, startKillable } from './fixtures/killable-chromium.ts';
import { GatePage } from './pages/gate-page.ts';
import { readTable } from './pages/idb.ts';

const KILLS = Number(process.env.GATE_KILLS ?? 50);

/** Starts a check and taps the last input; returns the passage id if "recorded" showed in time. */
async function oneCheck(page: Page, code: string, waitMs: number): Promise<string | null> {
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.getByTestId('code-green').click();
  await page.getByTestId('temp-36.5').click();
  await page.getByTestId('mask-ok').click();
  const verdict = page.getByTestId('verdict');
  try {
    await page.getByTestId('recorded').waitFor({ timeout: waitMs });
  } catch {
    return null;
  }
  const id = await verdict.getAttribute('data-passage');
  await page.getByTestId('next-person').click();
  return id;
}

/**
 * The volunteer signed in on the first run is still on duty after a restart. When not, the failure
 * says what the database held then, which tells the two causes apart: the browser's store wiped
 * (its settings and passages empty), or there but not read (an error or no answer).
 */
async function expectStillOnDuty(page: Page, run: number): Promise<void> {
  try {
    await expect(page.getByTestId('on-duty')).toHaveText('王芳');
  } catch (e) {
    const read = (table: 'settings' | 'passages') =>
      Promise.race([
        readTable(page, table).then((rows) => `${rows.length} ${table}`),
        new Promise<string>((resolve) => setTimeout(() => resolve(`${table}: no answer in 5 s`), 5_000)),
      ]).catch((err: unknown) => `${table}: ${String(err)}`);
    const held = `${await read('settings')}, ${await read('passages')}`;
    throw new Error(`run ${run}: nobody on duty after the restart; the database held ${held}\n${String(e)}`);
  }
}

// Tracing follows every context, and a killed browser cannot hand its trace back.
test.use({ trace: 'off' });

test.describe('durability', () => {
  test.setTimeout(600_000);

  test(`${KILLS} hard kills of the browser mid-check: every check that showed "recorded" is there, whole; no half record`, async () => {
    const profile = mkdtempSync(join(tmpdir(), 'gate-kill-'));
    const shown: string[] = [];
    let n = 0;
    for (let run = 0; run < KILLS; run++) {
      const k = await startKillable(profile);
      try {
        const page = await newPage(k);
        await page.goto(PREVIEW_URL);
        await expect(page.getByTestId('gate-ready')).toBeVisible();
        // Nothing is recorded with nobody on duty: the first run signs in, the name is kept.
        if (run === 0) await new GatePage(page).signIn('王芳');
        else await expectStillOnDuty(page, run);
        const checks = run % 3;
        for (let i = 0; i < checks; i++) {
          const id = await oneCheck(page, `KILL-${run}-${n++}`, 10_000);
          if (id) shown.push(id);
        }
        // The last check is cut at a random moment around its write.
        const id = await oneCheck(page, `KILL-${run}-${n++}`, Math.floor(Math.random() * 40));
        if (id) shown.push(id);
      } finally {
        await killHard(k);
      }
    }

    const k = await startKillable(profile);
    try {
      const page = await newPage(k);
      const gate = new GatePage(page);
      await page.goto(PREVIEW_URL);
      await expect(gate.ready).toBeVisible();
      const passages = (await gate.readTable<Passage>('passages')).sort((a, b) => (a.id < b.id ? -1 : 1));
      const flags = await gate.readTable<Flag>('flags');
      const ids = new Set(passages.map((p) => p.id));
      expect(shown.length).toBeGreaterThan(KILLS / 2);
      expect(shown.filter((id) => !ids.has(id))).toEqual([]);
      for (const p of passages) {
        expect(p.check?.temperaturesC).toEqual([36.5]);
        const wanted = p.reasons.filter((r) => FLAG_REASONS.has(r as ReasonCode)).sort();
        expect(
          flags
            .filter((f) => f.passageId === p.id)
            .map((f) => f.kind)
            .sort(),
        ).toEqual(wanted);
      }
      expect(flags.filter((f) => !ids.has(f.passageId))).toEqual([]);
      // The chain, in its own order: every place taken once, each link naming the one before.
      const chain = passages.map((p) => p.chain).sort((a, b) => (a?.seq ?? 0) - (b?.seq ?? 0));
      expect(chain.map((c) => c?.seq)).toEqual(passages.map((_, i) => i + 1));
      let prev = CHAIN_START;
      for (const p of [...passages].sort((a, b) => (a.chain?.seq ?? 0) - (b.chain?.seq ?? 0))) {
        const c = p.chain;
        expect(c?.prev).toBe(prev);
        expect(c?.hash).toBe(linkHash(c?.seq ?? 0, prev, c?.key ?? '', passageBody(p, c?.personal ?? '')));
        prev = c?.hash ?? prev;
      }
      // And the device's own check, HMACs included, finds it whole.
      await page.getByTestId('open-settings').click();
      await page.getByTestId('verify-log').click();
      await expect(page.getByTestId('verify-result')).toHaveAttribute('data-break', '');
    } finally {
      await killHard(k);
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test('the gate asks the browser for persistent storage on its first run, before any screen is visited', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { persistAsked: number };
    w.persistAsked = 0;
    const storage = navigator.storage;
    storage.persisted = async () => false;
    storage.persist = async () => {
      w.persistAsked++;
      return true;
    };
  });
  const gate = new GatePage(page);
  await gate.open();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked))
    .toBe(1);
});
