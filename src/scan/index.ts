/**
 * The scan module's public face: camera + decoder. The decoder (and its ~1 MB wasm) is
 * loaded lazily when the camera starts, so it never delays the first paint of the gate.
 */
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { QrDecoder } from './decoder.ts';

export type { CameraFailure, Facing } from './camera.ts';
export { cameraFailure, closeCamera, openCamera, torchControl } from './camera.ts';
export type { Frame, QrDecoder } from './decoder.ts';
export { startFrameLoop } from './frame-loop.ts';

let decoder: Promise<QrDecoder> | null = null;

/** The app's QR decoder (zxing-wasm, wasm served from our own origin), loaded once. */
export function loadDecoder(): Promise<QrDecoder> {
  decoder ??= import('./zxing-wasm.ts').then((m) => m.createWasmDecoder({ url: wasmUrl }));
  return decoder;
}
