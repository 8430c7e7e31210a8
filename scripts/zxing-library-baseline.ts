/**
 * @zxing/library's QR-only reader, kept as the measured baseline (README, `npm run bench`): the
 * app's own fallback reader for devices without WebAssembly (src/scan/zxing-js.ts), fed the
 * library as Node loads it.
 */
import { createRequire } from 'node:module';
import type * as ZXing from '@zxing/library';
import type { QrDecoder } from '../src/scan/decoder.ts';
import { createJsDecoder } from '../src/scan/zxing-js.ts';

/** The @zxing/library QRCodeReader behind the `QrDecoder` interface (try-harder on). */
export function createLibraryDecoder(): QrDecoder {
  // The package is CommonJS under Node; its named exports are not visible to an ES import.
  return createJsDecoder(createRequire(import.meta.url)('@zxing/library') as typeof ZXing);
}
