/**
 * Pulls frames from a playing <video> and decodes them one at a time, as fast as the decoder
 * allows (no fixed 500 ms pause between attempts). Frames are scaled to at most 640 px wide:
 * enough for a phone-screen QR at arm's length and about 2 ms a frame.
 */
import type { QrDecoder } from './decoder.ts';

const MAX_FRAME_WIDTH_PX = 640;

/** Starts the decode loop; returns a function that stops it. */
export function startFrameLoop(
  video: HTMLVideoElement,
  decoder: QrDecoder,
  onText: (text: string) => void,
): () => void {
  let stopped = false;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas unavailable');

  const schedule = () => {
    if (stopped) return;
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => void tick());
    else requestAnimationFrame(() => void tick());
  };

  const tick = async () => {
    if (stopped) return;
    const w = video.videoWidth;
    const h = video.videoHeight;
    if (w > 0 && h > 0) {
      const scale = Math.min(1, MAX_FRAME_WIDTH_PX / w);
      canvas.width = Math.round(w * scale);
      canvas.height = Math.round(h * scale);
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      try {
        const text = await decoder.decode(ctx.getImageData(0, 0, canvas.width, canvas.height));
        if (text !== null && !stopped) onText(text);
      } catch {
        // One bad frame must not stop the loop; the next frame is tried.
      }
    }
    schedule();
  };

  schedule();
  return () => {
    stopped = true;
  };
}
