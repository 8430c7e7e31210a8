/**
 * `npm run --silent verify-pass -- --trust BUNDLE.json [--now ISO-8601]` (CONTRACTS §2): reads one
 * scan per stdin line and writes one JSON object per line, in order, with the app's own code.
 * Exit 0 even for invalid passes; exit 2 only when the arguments or the bundle are unusable.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { readCode } from '../codes/read-code.ts';
import { importTrust, parseTrustBundle } from '../codes/trust.ts';
import type { ScanResult } from '../codes/types.ts';
import { parseArgs } from './verify-pass-args.ts';

function fail(message: string): never {
  process.stderr.write(
    `verify-pass: ${message}\nusage: npm run --silent verify-pass -- --trust BUNDLE.json [--now ISO-8601]\n`,
  );
  process.exit(2);
}

/** Only the contract's fields, in the contract's order. */
function contractView(r: ScanResult) {
  const { format, decoded, signature, validity, certificateType, holder, errors } = r;
  return { format, decoded, signature, validity, certificateType, holder, errors };
}

const args = parseArgs(process.argv.slice(2), () => Date.now());
if (!args.ok) fail(args.message);
let bundleText: string;
try {
  bundleText = await readFile(args.trustPath, 'utf8');
} catch (e) {
  fail(`cannot read ${args.trustPath}: ${e instanceof Error ? e.message : String(e)}`);
}
const parsed = await parseTrustBundle(bundleText);
if (!parsed.ok) fail(`${args.trustPath} is not a usable trust bundle:\n  ${parsed.errors.join('\n  ')}`);
const trust = await importTrust(parsed.stored);

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
  const result = await readCode(line, trust, args.now);
  if (!process.stdout.write(`${JSON.stringify(contractView(result))}\n`)) {
    await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
