import { describe, expect, it } from 'vitest';
import { enrolmentLinkCode, SAME_SCAN_WINDOW_MS, ScanDeduper } from './scan-pipeline.ts';

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

describe('an add-device QR at the gate', () => {
  it('is the enrolment link of this app with its code, not a code to check', () => {
    const origin = 'http://hub.local:4173';
    expect(enrolmentLinkCode(`${origin}/settings#AB12-CD34-EF56-GH78`, origin)).toBe('AB12-CD34-EF56-GH78');
    expect(enrolmentLinkCode(`${origin}/settings#`, origin)).toBeNull();
    expect(enrolmentLinkCode(`http://other.example/settings#AB12CD34`, origin)).toBeNull();
    expect(enrolmentLinkCode('https://jkm.example.gov.cn/code?u=1', origin)).toBeNull();
  });
});
