/**
 * @zxing/library's QR-only reader, kept as the measured baseline (README, `npm run bench`).
 * The multi-format reader is avoided: it returns phantom RSS-14 results after a few hundred frames.
 */
import { createRequire } from 'node:module';
import type * as ZXing from '@zxing/library';
import type { Frame, QrDecoder } from '../src/scan/decoder.ts';

// The package is CommonJS under Node; its named exports are not visible to an ES import.
const { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } = createRequire(
  import.meta.url,
)('@zxing/library') as typeof ZXing;

/** Grey levels of an RGBA frame, as @zxing/library wants its luminance source. */
function luminance(frame: Frame): Uint8ClampedArray {
  const out = new Uint8ClampedArray(frame.width * frame.height);
  const d = frame.data;
  for (let i = 0, j = 0; j < out.length; i += 4, j++) {
    out[j] = ((d[i] ?? 0) * 306 + (d[i + 1] ?? 0) * 601 + (d[i + 2] ?? 0) * 117) >> 10;
  }
  return out;
}

/** The @zxing/library QRCodeReader behind the `QrDecoder` interface (try-harder on). */
export function createLibraryDecoder(): QrDecoder {
  const reader = new QRCodeReader();
  const hints = new Map<ZXing.DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  return {
    async decode(frame) {
      const source = new RGBLuminanceSource(luminance(frame), frame.width, frame.height);
      try {
        return reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
      } catch {
        // NotFound, Checksum and Format exceptions all mean: no readable code in this frame.
        return null;
      } finally {
        reader.reset();
      }
    },
  };
}
