/**
 * fflate as the browser build sees it (vite.config.ts aliases `fflate` here): the same library,
 * except that the async `zip` and `unzip` the xlsx libraries call run on this thread. fflate runs
 * them in `blob:` workers, which the app's CSP (`worker-src 'self'`) refuses: an export or import
 * of a large workbook then never finished and said nothing. A 20,000-row sheet zips in well under
 * a second here, so the strict CSP stays.
 */
import {
  type AsyncTerminable,
  type AsyncUnzipOptions,
  type AsyncZipOptions,
  type AsyncZippable,
  type FlateCallback,
  type FlateError,
  type UnzipCallback,
  type UnzipOptions,
  type Unzipped,
  unzipSync,
  type ZipOptions,
  type Zippable,
  zipSync,
} from 'fflate/browser';

export * from 'fflate/browser';

/** Calls back after returning, as fflate's own async functions do, with its result or its error. */
function later<T>(run: () => T, cb: (err: FlateError | null, data: T) => void): AsyncTerminable {
  let cancelled = false;
  setTimeout(() => {
    if (cancelled) return;
    let result: T;
    try {
      result = run();
    } catch (e) {
      cb(e as FlateError, null as unknown as T);
      return;
    }
    cb(null, result);
  }, 0);
  return () => {
    cancelled = true;
  };
}

/** fflate's `zip`, without a worker. */
export function zip(data: AsyncZippable, optsOrCb: AsyncZipOptions | FlateCallback, cb?: FlateCallback) {
  const opts = typeof optsOrCb === 'function' ? {} : optsOrCb;
  const done = (typeof optsOrCb === 'function' ? optsOrCb : cb) as FlateCallback;
  // An AsyncZippable's options are a superset of the sync ones; fflate's sync zip reads the same fields.
  return later(() => zipSync(data as Zippable, opts as ZipOptions), done);
}

/** fflate's `unzip`, without a worker. */
export function unzip(data: Uint8Array, optsOrCb: AsyncUnzipOptions | UnzipCallback, cb?: UnzipCallback) {
  const opts = typeof optsOrCb === 'function' ? {} : optsOrCb;
  const done = (typeof optsOrCb === 'function' ? optsOrCb : cb) as UnzipCallback;
  return later<Unzipped>(() => unzipSync(data, opts as UnzipOptions), done);
}
