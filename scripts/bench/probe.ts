/**
 * In-page instrumentation for the gate benchmarks, injected before the app's own scripts. Plain
 * JavaScript text (not a serialised function) so the TypeScript loader adds no helpers to it.
 *
 * It watches the camera preview frame by frame (requestVideoFrameCallback) and tells frames
 * holding a code from blank ones by their dark pixels; times the check panel and the verdict
 * painted; and, when `window.__gateAutoTap` is set, taps 36.5 °C and "mask ok" the moment they
 * can be tapped, so the figure is the app's time, not a volunteer's.
 */
import type { Page } from '@playwright/test';

/** One scan the probe timed (performance.now() of the app's page). */
export interface Scan {
  start: number;
  panel: number;
  verdict: number;
  kind: string;
}
/** What the probe gathered: when the gate was ready, its first camera frame, the scans. */
export interface Probe {
  ready: number | null;
  firstFrame: number | null;
  scans: Scan[];
}
declare global {
  interface Window {
    __gateProbe?: Probe;
    __gateAutoTap?: boolean;
  }
}

/** The probe's figures so far. */
export const probe = (page: Page) => page.evaluate(() => window.__gateProbe as Probe);

/**
 * Lets the probe tap through `count` scans (within `budgetMs`) from now on and returns them; the
 * first one seen is left out (its card may already have been in front of the camera before the
 * probe could see it arrive). Tapping stops afterwards.
 */
export async function collectScans(page: Page, count: number, budgetMs: number): Promise<Scan[]> {
  const before = (await probe(page)).scans.length;
  await page.evaluate(() => {
    window.__gateAutoTap = true;
  });
  const deadline = Date.now() + budgetMs;
  while ((await probe(page)).scans.length < before + count + 1 && Date.now() < deadline)
    await page.waitForTimeout(250);
  await page.evaluate(() => {
    window.__gateAutoTap = false;
  });
  return (await probe(page)).scans.slice(before + 1);
}

export const PROBE_SCRIPT = `(() => {
  const probe = {
    ready: null,
    firstFrame: null,
    scans: [],
    current: null,
    armed: true,
  };
  window.__gateProbe = probe;
  const afterPaint = (done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
  const canvas = document.createElement('canvas');
  canvas.width = 32;
  canvas.height = 24;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const hasDark = (video) => {
    ctx.drawImage(video, 0, 0, 32, 24);
    const d = ctx.getImageData(0, 0, 32, 24).data;
    for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 240) return true;
    return false;
  };
  const watched = new WeakSet();
  const watch = (video) => {
    watched.add(video);
    const onFrame = (now, meta) => {
      const at = Math.min(now, meta.presentationTime || now);
      if (probe.firstFrame === null) probe.firstFrame = now;
      if (hasDark(video)) {
        if (probe.armed && probe.current === null) {
          probe.armed = false;
          probe.current = { start: at, panel: null, verdict: null, kind: null, tapped: 0 };
        }
      } else if (probe.current === null) {
        probe.armed = true;
      }
      video.requestVideoFrameCallback(onFrame);
    };
    video.requestVideoFrameCallback(onFrame);
  };
  const q = (id) => document.querySelector('[data-testid="' + id + '"]');
  const check = () => {
    const video = q('camera-preview');
    if (video && !watched.has(video) && 'requestVideoFrameCallback' in video) watch(video);
    if (probe.ready === null && q('gate-ready')) probe.ready = performance.now();
    const s = probe.current;
    if (s === null) return;
    if (s.panel === null && q('check-panel')) {
      s.panel = -1;
      afterPaint((t) => (s.panel = t));
    }
    if (window.__gateAutoTap && s.panel !== null && s.verdict === null) {
      const temp = q('temp-36.5');
      const mask = q('mask-ok');
      if (s.tapped === 0 && temp && !temp.disabled) {
        s.tapped = 1;
        temp.click();
      } else if (s.tapped === 1 && mask && !mask.disabled) {
        s.tapped = 2;
        mask.click();
      }
    }
    const verdict = document.querySelector('[data-testid="verdict"][data-verdict]');
    if (s.verdict === null && verdict) {
      s.verdict = -1;
      s.kind = verdict.getAttribute('data-verdict');
      afterPaint((t) => {
        s.verdict = t;
        probe.scans.push(s);
        probe.current = null;
        const next = q('next-person');
        if (next) next.click();
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  setInterval(check, 50);
})();`;
