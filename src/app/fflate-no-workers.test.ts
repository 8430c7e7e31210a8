/** The browser build's fflate: zip and unzip give fflate's own results without starting a worker. */
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unzip, zip } from './fflate-no-workers.ts';

const big = () => new Uint8Array(1024 * 1024).map((_, i) => (i * 7) % 251);
const realWorker = globalThis.Worker;

describe('fflate without workers', () => {
  // As under the CSP: any worker is refused.
  beforeEach(() => {
    globalThis.Worker = class {
      constructor() {
        throw new Error('worker-src refused');
      }
    } as unknown as typeof Worker;
  });
  afterEach(() => {
    globalThis.Worker = realWorker;
  });

  it('zips a file far over fflate worker threshold, and unzips it back', async () => {
    const files = { 'xl/worksheets/sheet1.xml': big(), 'a.xml': new Uint8Array([1, 2, 3]) };
    const archive = await new Promise<Uint8Array>((resolve, reject) =>
      zip(files, (err, data) => (err ? reject(err) : resolve(data))),
    );
    // Compared as bytes: a deep toEqual of a megabyte array is slow.
    const same = (a: Uint8Array | undefined, b: Uint8Array) => a !== undefined && Buffer.from(a).equals(b);
    const out = unzipSync(archive);
    expect(Object.keys(out).sort()).toEqual(Object.keys(files).sort());
    expect(same(out['xl/worksheets/sheet1.xml'], files['xl/worksheets/sheet1.xml'])).toBe(true);
    const back = await new Promise<Record<string, Uint8Array>>((resolve, reject) =>
      unzip(zipSync(files, { level: 6 }), { filter: (f) => f.name !== 'a.xml' }, (err, data) =>
        err ? reject(err) : resolve(data),
      ),
    );
    expect(Object.keys(back)).toEqual(['xl/worksheets/sheet1.xml']);
    expect(same(back['xl/worksheets/sheet1.xml'], files['xl/worksheets/sheet1.xml'])).toBe(true);
  });

  it('calls back after returning, and with the error of a broken archive', async () => {
    let returned = false;
    const err = await new Promise((resolve) => {
      unzip(new Uint8Array([1, 2, 3]), (e) => resolve(returned && e !== null));
      returned = true;
    });
    expect(err).toBe(true);
  });
});
