/**
 * The manager console's log driven as a manager would, at /manage on the same origin and
 * database as the seeded passages: the log tab opened, and a filter applied, each timed in the
 * page from the click to the rows painted (a MutationObserver, then the next frame).
 */
import type { Page } from '@playwright/test';
import { ManagePage } from '../../tests/e2e/pages/manage-page.ts';

const PIN = '739164';

// Plain JavaScript evaluated in the page (Runtime.evaluate is not bound by the app's CSP).
const HELPERS = `(() => {
  const q = (id) => document.querySelector('[data-testid="' + id + '"]');
  const rows = () => [...document.querySelectorAll('[data-testid="log-row"]')];
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const until = (pred) =>
    new Promise((resolve, reject) => {
      if (pred()) return resolve();
      const mo = new MutationObserver(() => {
        if (pred()) {
          mo.disconnect();
          clearTimeout(timer);
          resolve();
        }
      });
      const timer = setTimeout(() => {
        mo.disconnect();
        reject(new Error('the console did not show the expected rows within 20 s'));
      }, 20000);
      mo.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  const set = (id, value, type) => {
    const el = q(id);
    el.value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  };
  // Each figure stops taking runs after this long, so a slow screen cannot stall the bench.
  const BUDGET_MS = 60000;
  window.__consoleBench = {
    async openLog(reps) {
      const times = [];
      const start = performance.now();
      for (let i = 0; i < reps && performance.now() - start < BUDGET_MS; i++) {
        q('tab-audit').click();
        await until(() => !q('vlist') || rows().length === 0);
        await painted();
        const t0 = performance.now();
        q('tab-logs').click();
        await until(() => rows().length > 0 && Number(q('vlist')?.dataset.count ?? 0) >= 50);
        await painted();
        times.push(performance.now() - t0);
      }
      return times;
    },
    async openDashboard(reps) {
      const times = [];
      const start = performance.now();
      for (let i = 0; i < reps && performance.now() - start < BUDGET_MS; i++) {
        q('tab-audit').click();
        await until(() => !q('dashboard'));
        await painted();
        const t0 = performance.now();
        q('tab-dashboard').click();
        await until(() => q('dashboard')?.dataset.ready === 'true');
        await painted();
        times.push(performance.now() - t0);
      }
      return { times, total: Number(q('stat-total')?.dataset.count ?? 0) };
    },
    async filterLog(reps, day, gate) {
      const times = [];
      const apply = async (verdict) => {
        set('filter-from', day, 'input');
        set('filter-to', day, 'input');
        set('filter-verdict', verdict, 'change');
        set('filter-gate', gate, 'change');
        await painted();
        const t0 = performance.now();
        q('filter-apply').click();
        await until(() => rows().length > 0 && rows().every((r) => r.dataset.verdict === verdict));
        await painted();
        return performance.now() - t0;
      };
      // Between timed runs the same day and gate with "review", so each run replaces the rows.
      const start = performance.now();
      for (let i = 0; i < reps && performance.now() - start < BUDGET_MS; i++) {
        await apply('review');
        times.push(await apply('deny'));
      }
      return { times, shown: Number(q('vlist')?.dataset.count ?? 0), gateSet: q('filter-gate').value === gate };
    },
  };
  return true;
})()`;

/** Sets the console PIN (first use) and waits for the log tab; false when the console is not there. */
export async function openConsole(page: Page): Promise<boolean> {
  const manage = new ManagePage(page);
  await manage.open();
  await manage.setPin(PIN, '周经理');
  await page.getByTestId('log-row').first().waitFor({ timeout: 30_000 });
  return page.evaluate(HELPERS) as Promise<boolean>;
}

/** Times the log tab opened (from the audit tab) to its first 50 rows painted. */
export function timeOpenLog(page: Page, reps: number): Promise<number[]> {
  return page.evaluate(`window.__consoleBench.openLog(${reps})`) as Promise<number[]>;
}

/** Times the dashboard tab opened (from the audit tab) to today's figures painted; `total` is today's passages shown. */
export function timeOpenDashboard(page: Page, reps: number): Promise<{ times: number[]; total: number }> {
  return page.evaluate(`window.__consoleBench.openDashboard(${reps})`) as Promise<{
    times: number[];
    total: number;
  }>;
}

/** What a filter run found: times, rows listed, and whether the gate choice took. */
export interface FilterTimes {
  times: number[];
  shown: number;
  gateSet: boolean;
}

/** Times "apply" with one day (YYYY-MM-DD) + deny + one gate to the filtered rows painted. */
export function timeFilterLog(page: Page, reps: number, day: string, gate: string): Promise<FilterTimes> {
  return page.evaluate(
    `window.__consoleBench.filterLog(${reps}, ${JSON.stringify(day)}, ${JSON.stringify(gate)})`,
  ) as Promise<FilterTimes>;
}
