/**
 * The one small interface the app has to a QR decoder. The camera loop, the `decode-image`
 * CLI and the benchmarks all go through it, so they decode with the same configuration.
 */

/** A frame of pixels: the shape of the DOM's ImageData (RGBA, row-major), usable in Node too. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** What a decoder returns for a frame: the code's text as a phone would read it, or null. */
export interface QrDecoder {
  decode(frame: Frame): Promise<string | null>;
}
