/**
 * Icons are characters of the Basic Multilingual Plane, which the fonts a kiosk has (Debian's
 * DejaVu and Noto CJK, any Android or iPad) draw. A colour emoji from the astral planes (🛡, 🔍, 🌡)
 * needs an emoji font many kiosks lack and shows as an empty box at the gate.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx$/.test(name) || name === 'strings.ts' ? [path] : [];
  });
}

describe('icons a kiosk can draw', () => {
  it('no screen or string uses a character outside the Basic Multilingual Plane', () => {
    const found: string[] = [];
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/[\u{10000}-\u{10FFFF}]/gu)) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
