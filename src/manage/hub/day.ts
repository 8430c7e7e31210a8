/** The console's days through the hub: a date input's local day as a range (its value: import/dates.ts formatDay). */
import { inputDayStart } from '../console/log-rows.ts';

export const DAY_MS = 86_400_000;

/** The start and end (epoch ms) of the local day `yyyy-mm-dd`. */
export const dayRange = (day: string): { from: number; to: number } => {
  const from = inputDayStart(day) ?? 0;
  return { from, to: from + DAY_MS };
};
