/** The gate policy: pure functions from checks to a verdict, and the inputs they need. */
export { decide } from './decide.ts';
export { gateDate, matchItinerary, parseRiskAreas, regionsOverlap } from './itinerary.ts';
export { FLAG_REASONS, REASON_ORDER } from './reasons.ts';
export type { ImportError, RiskAreaList, RiskAreaParse, RiskProblem } from './risk-areas.ts';
export { normaliseRules, reviseRules } from './rules.ts';
export { parseTemperature, type TemperatureParse } from './temperature.ts';
export * from './types.ts';
