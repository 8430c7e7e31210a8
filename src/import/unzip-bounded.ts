/**
 * The parts of a zip archive (an .xlsx) inflated without a worker, never past a limit. fflate's
 * async `unzip` starts `blob:` workers that the app's CSP (`worker-src 'self'`) refuses, so the
 * workbook reader never calls it: entries are inflated by the platform's DecompressionStream
 * (native speed, no worker), or fflate's synchronous inflater where there is none. A zip's
 * declared sizes may lie, so the bound counts the bytes really inflated and stops at the first
 * one over.
 */
import { Inflate } from 'fflate';

/** Why an archive was refused: not a zip we can read, or bigger inflated than a workbook may be. */
export class ZipRefused extends Error {
  readonly reason: 'unreadable' | 'too-large';
  constructor(reason: 'unreadable' | 'too-large') {
    super(reason);
    this.reason = reason;
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed input fed to the inflater at once: its output per step stays within ~1,000 times this. */
const STEP = 16 * 1024;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  declared: number;
  local: number;
}

function entries(zip: Uint8Array): Entry[] {
  let end = zip.length - 22;
  const floor = Math.max(0, zip.length - 22 - 65_535);
  while (end >= floor && u32(zip, end) !== EOCD) end--;
  if (end < floor) throw new ZipRefused('unreadable');
  const count = u16(zip, end + 10);
  let at = u32(zip, end + 16);
  const list: Entry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (u32(zip, at) !== CENTRAL) throw new ZipRefused('unreadable');
    const nameLength = u16(zip, at + 28);
    list.push({
      method: u16(zip, at + 10),
      compressed: u32(zip, at + 20),
      declared: u32(zip, at + 24),
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      local: u32(zip, at + 42),
    });
    at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
  }
  return list;
}

/** Inflates raw deflate through the platform's native stream (fast), counting every byte out. */
async function inflateNative(data: Uint8Array, budget: { left: number }): Promise<Uint8Array[]> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    budget.left -= value.length;
    if (budget.left < 0) {
      await reader.cancel().catch(() => undefined);
      throw new ZipRefused('too-large');
    }
    parts.push(value);
  }
}

/** The same with fflate, where the platform has no raw-deflate stream. */
function inflateFflate(data: Uint8Array, budget: { left: number }): Uint8Array[] {
  const parts: Uint8Array[] = [];
  const inflater = new Inflate((chunk) => {
    budget.left -= chunk.length;
    // Thrown out of push(): the rest of the stream is never inflated.
    if (budget.left < 0) throw new ZipRefused('too-large');
    parts.push(chunk);
  });
  for (let at = 0; at < data.length; at += STEP)
    inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  return parts;
}

function hasNativeInflate(): boolean {
  try {
    return typeof DecompressionStream === 'function' && new DecompressionStream('deflate-raw') !== null;
  } catch {
    return false;
  }
}

async function inflateEntry(zip: Uint8Array, e: Entry, budget: { left: number }): Promise<Uint8Array> {
  if (u32(zip, e.local) !== LOCAL) throw new ZipRefused('unreadable');
  const start = e.local + 30 + u16(zip, e.local + 26) + u16(zip, e.local + 28);
  const data = zip.subarray(start, start + e.compressed);
  if (e.method === 0) {
    budget.left -= data.length;
    if (budget.left < 0) throw new ZipRefused('too-large');
    return data.slice();
  }
  if (e.method !== 8) throw new ZipRefused('unreadable');
  const parts = hasNativeInflate() ? await inflateNative(data, budget) : inflateFflate(data, budget);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * The entries whose names `keep` accepts, inflated; throws ZipRefused when the archive is not a
 * zip, uses a compression other than deflate, or inflates (or says it would) past `maxBytes`.
 */
export async function unzipBounded(
  zip: Uint8Array,
  keep: (name: string) => boolean,
  maxBytes: number,
): Promise<Record<string, Uint8Array>> {
  let list: Entry[];
  try {
    list = entries(zip).filter((e) => keep(e.name));
  } catch (e) {
    throw e instanceof ZipRefused ? e : new ZipRefused('unreadable');
  }
  // An honest bomb says how big it is: refused before a byte is inflated.
  if (list.reduce((n, e) => n + e.declared, 0) > maxBytes) throw new ZipRefused('too-large');
  const budget = { left: maxBytes };
  const files: Record<string, Uint8Array> = {};
  for (const e of list) {
    try {
      files[e.name] = await inflateEntry(zip, e, budget);
    } catch (err) {
      throw err instanceof ZipRefused ? err : new ZipRefused('unreadable');
    }
  }
  return files;
}
