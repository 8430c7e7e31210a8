/** User-visible strings of the registries (residents, households, imports) and the dashboard. */
export const REGISTRY_STRINGS = {
  registryTitle: ['住户与登记', 'Residents and registrations'],
  dashboardTitle: ['数据看板', 'Dashboard'],
} as const satisfies Record<string, readonly [string, string]>;
