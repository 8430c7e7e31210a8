/** The fake camera's clip for the scan benchmarks: estate cards shown in turn, blank between. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';

const SEGMENT_S = 1;

/**
 * A looping camera clip, 640x480 at 10 fps: for each card, SEGMENT_S of blank then SEGMENT_S of
 * the card. Three cards, so a card comes back only after the gate's same-scan window has passed.
 */
export async function alternatingVideo(texts: readonly string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gate-bench-cam-'));
  const fit =
    'scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2:white,fps=10,format=yuv420p';
  const t = String(SEGMENT_S);
  const inputs: string[] = [];
  const filters: string[] = [];
  for (const [i, text] of texts.entries()) {
    const png = join(dir, `card-${i}.png`);
    await QRCode.toFile(png, text, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
    inputs.push(
      '-f',
      'lavfi',
      '-t',
      t,
      '-i',
      'color=c=white:s=640x480:r=10',
      '-loop',
      '1',
      '-t',
      t,
      '-i',
      png,
    );
    filters.push(`[${2 * i}]${fit}[w${i}];[${2 * i + 1}]${fit}[c${i}]`);
  }
  const chain = texts.map((_, i) => `[w${i}][c${i}]`).join('');
  const out = join(dir, 'cam.y4m');
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y'],
    ...inputs,
    '-filter_complex',
    `${filters.join(';')};${chain}concat=n=${2 * texts.length}:v=1:a=0[v]`,
    ...['-map', '[v]', '-r', '10', out],
  ]);
  return out;
}
