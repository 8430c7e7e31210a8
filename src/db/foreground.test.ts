import { describe, expect, it } from 'vitest';
import { screenRead, upkeepTurn } from './foreground.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('screen reads before upkeep', () => {
  it('upkeep waits while a screen reads and a moment after, never for good', async () => {
    let release = () => {};
    const read = screenRead(() => new Promise<void>((resolve) => (release = resolve)));
    let turned = 0;
    const started = performance.now();
    const turn = upkeepTurn().then(() => (turned = performance.now() - started));
    await sleep(100);
    expect(turned).toBe(0);
    release();
    await read;
    await turn;
    // Released at ~100 ms, then quiet for 250 ms.
    expect(turned).toBeGreaterThanOrEqual(340);
    // A screen that keeps reading holds upkeep back for about a second at most.
    const endless = screenRead(() => sleep(3000));
    const t0 = performance.now();
    await upkeepTurn();
    const waited = performance.now() - t0;
    expect(waited).toBeGreaterThanOrEqual(990);
    expect(waited).toBeLessThan(2500);
    await endless;
  }, 10_000);

  it('upkeep goes at once when no screen has read lately', async () => {
    await sleep(300);
    const t0 = performance.now();
    await upkeepTurn();
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
