import { describe, expect, it } from 'vitest';
import { SAME_SCAN_WINDOW_MS, ScanDeduper } from './scan-pipeline.ts';

describe('ScanDeduper', () => {
  it('treats a repeat inside the window as the same scan and a later one as new', () => {
    const d = new ScanDeduper();
    expect(d.accept('A', 0)).toBe(true);
    expect(d.accept('A', 500)).toBe(false);
    expect(d.accept('B', 600)).toBe(true);
    // Held continuously: every sighting refreshes the window.
    expect(d.accept('A', 500 + SAME_SCAN_WINDOW_MS)).toBe(false);
    expect(d.accept('A', 500 + 3 * SAME_SCAN_WINDOW_MS)).toBe(true);
  });
});
