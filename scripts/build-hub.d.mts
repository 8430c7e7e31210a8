export const HUB_BUNDLE: string;
export function buildHub(): Promise<string>;
