/**
 * The pure-JavaScript QR reader, for devices without WebAssembly (iOS Lockdown Mode, some managed
 * tablets): @zxing/library's QRCodeReader on the same frames, behind the same `QrDecoder`. It reads
 * fewer codes than zxing-wasm (README "QR decoder"), so it is only the fallback. QR only: the
 * multi-format reader returns phantom RSS-14 results after a few hundred frames of a live camera.
 * The library module is passed in, so the app (an ES import, loaded only when needed) and the
 * Node benchmarks (CommonJS under Node) share this code.
 */
import type * as ZXing from '@zxing/library';
import type { Frame, QrDecoder } from './decoder.ts';

/** What this reader needs of @zxing/library. */
export type ZXingLibrary = Pick<
  typeof ZXing,
  'BinaryBitmap' | 'DecodeHintType' | 'HybridBinarizer' | 'QRCodeReader' | 'RGBLuminanceSource'
>;

/** Grey levels of an RGBA frame (ITU-R BT.601 weights), as @zxing/library wants its luminance source. */
export function luminance(frame: Frame): Uint8ClampedArray {
  const out = new Uint8ClampedArray(frame.width * frame.height);
  const d = frame.data;
  for (let i = 0, j = 0; j < out.length; i += 4, j++) {
    out[j] = ((d[i] ?? 0) * 306 + (d[i + 1] ?? 0) * 601 + (d[i + 2] ?? 0) * 117) >> 10;
  }
  return out;
}

/** @zxing/library's QRCodeReader (try-harder) behind the `QrDecoder` interface. */
export function createJsDecoder(lib: ZXingLibrary): QrDecoder {
  const reader = new lib.QRCodeReader();
  const hints = new Map<ZXing.DecodeHintType, unknown>([[lib.DecodeHintType.TRY_HARDER, true]]);
  return {
    async decode(frame) {
      const source = new lib.RGBLuminanceSource(luminance(frame), frame.width, frame.height);
      try {
        return reader.decode(new lib.BinaryBitmap(new lib.HybridBinarizer(source)), hints).getText();
      } catch {
        // NotFound, Checksum and Format exceptions all mean: no readable code in this frame.
        return null;
      } finally {
        reader.reset();
      }
    },
  };
}
