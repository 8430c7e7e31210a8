/**
 * Matching a declared itinerary against the imported risk-area list (中高风险地区). Regions are
 * GB/T 2260 codes: 110000 is a province (covers 11xxxx), 440300 a city (covers 4403xx), 440305
 * a district. Dates are calendar days at the gate, China Standard Time.
 */
import type { ItineraryStop } from '../codes/types.ts';
import { ITINERARY_WINDOW_DAYS, type RiskArea, type RiskHit } from './types.ts';

export { parseRiskAreas, type RiskAreaList, type RiskAreaParse } from './risk-areas.ts';

/** The gate's calendar runs on China Standard Time (UTC+8, no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const REGION = /^\d{6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date (YYYY-MM-DD, China Standard Time) of an instant. */
export function gateDate(now: number): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The significant prefix of a region code: 2 digits for a province, 4 for a city, 6 otherwise. */
function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/**
 * Whether a stop's region and an area's region overlap. A stop inside the area matches; so does
 * a coarse stop (a city) that contains a listed district, as the itinerary card starred a city
 * with any risk area in it: the person may have been in that district.
 */
export function regionsOverlap(stop: string, area: string): boolean {
  if (!REGION.test(stop) || !REGION.test(area)) return false;
  const a = regionPrefix(stop);
  const b = regionPrefix(area);
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/**
 * The stops within the last `windowDays` days (today and the `windowDays` days before, so a
 * visit on the edge day still counts) that fall in a listed area while it was listed. Stops in
 * the future or with an unreadable date cannot be placed and are left out.
 */
export function matchItinerary(
  stops: readonly ItineraryStop[],
  areas: readonly RiskArea[],
  now: number,
  windowDays = ITINERARY_WINDOW_DAYS,
): RiskHit[] {
  const today = gateDate(now);
  const start = gateDate(now - windowDays * DAY_MS);
  const hits: RiskHit[] = [];
  for (const stop of stops) {
    if (!ISO_DATE.test(stop.date) || stop.date < start || stop.date > today) continue;
    for (const area of areas) {
      if (stop.date < area.from || stop.date > area.to) continue;
      if (regionsOverlap(stop.region, area.region)) hits.push({ stop, area });
    }
  }
  return hits;
}
