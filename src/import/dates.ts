/** Calendar days typed into a sheet or a form: 2026-11-23, 2026/11/23, 2026.11.23, 2026年11月23日. */

/** Epoch ms of local midnight of a written day; null when blank; undefined when not a real day. */
export function parseDay(text: string): number | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(y, mo - 1, d);
  if (at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d) return undefined;
  return at.getTime();
}

/** A stored day as YYYY-MM-DD in local time ('' for none). */
export function formatDay(at: number | null | undefined): string {
  if (at === null || at === undefined) return '';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
