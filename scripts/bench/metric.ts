/** The shape of one benchmark figure in bench/results.json (../shared/CONTRACTS.md §4). */
import { writeFileSync } from 'node:fs';

/** One metric: its value (null when skipped), unit, sample count, side-by-side baseline and a note. */
export interface Metric {
  value: number | null;
  unit: string;
  n: number;
  baseline: number | null;
  note: string;
}

export type Metrics = Record<string, Metric>;

/** The value at quantile `q` (0..1) of `samples`, nearest-rank; NaN for none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Rounds a figure for the report: two decimals under 10, one under 1000, none above. */
export function round(value: number): number {
  const places = Math.abs(value) < 10 ? 100 : Math.abs(value) < 1000 ? 10 : 1;
  return Math.round(value * places) / places;
}

/** Writes a part's metrics where scripts/bench.mjs collects them (the path given as the first argument). */
export function writeMetrics(metrics: Metrics): void {
  const out = process.argv[2];
  if (!out) throw new Error('usage: tsx <part>.ts OUT.json');
  writeFileSync(out, `${JSON.stringify(metrics, null, 2)}\n`);
}
