/** The console's days through the hub: a local day as the date input writes it, and its range. */
import { inputDayStart } from '../console/log-rows.ts';

export const DAY_MS = 86_400_000;

/** The local day `yyyy-mm-dd` of `ms`. */
export const dayOf = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The start and end (epoch ms) of the local day `yyyy-mm-dd`. */
export const dayRange = (day: string): { from: number; to: number } => {
  const from = inputDayStart(day) ?? 0;
  return { from, to: from + DAY_MS };
};
