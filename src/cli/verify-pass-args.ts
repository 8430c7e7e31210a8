/** Arguments of `verify-pass` (CONTRACTS §2): `--trust BUNDLE.json [--now ISO-8601]`. */

export type VerifyPassArgs = { ok: true; trustPath: string; now: number } | { ok: false; message: string };

const ISO_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?))?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Epoch ms of an ISO-8601 date or date-time; a time without a zone is UTC. Null when not ISO-8601. */
export function parseNow(text: string): number | null {
  const m = ISO_RE.exec(text.trim());
  if (!m) return null;
  const [, date, time, zone] = m;
  // JavaScript reads a zone-less date-time as local time; the contract says UTC.
  const iso = `${date}T${time ?? '00:00:00'}${zone ? zone.toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z'}`;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** Reads argv (after the script name); `clock` gives the default `now`. */
export function parseArgs(argv: readonly string[], clock: () => number): VerifyPassArgs {
  let trustPath: string | null = null;
  let nowText: string | null = null;
  const args = argv.filter((a) => a !== '--');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (name !== '--trust' && name !== '--now') return { ok: false, message: `unknown argument ${arg}` };
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return { ok: false, message: `${name} needs a value` };
    if (name === '--trust') trustPath = value;
    else nowText = value;
  }
  if (!trustPath) return { ok: false, message: '--trust BUNDLE.json is required' };
  const now = nowText === null ? clock() : parseNow(nowText);
  if (now === null) return { ok: false, message: `--now ${nowText}: not an ISO-8601 date or date-time` };
  return { ok: true, trustPath, now };
}
