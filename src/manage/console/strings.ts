/** User-visible strings of the manager console shell, access, logs, flags, audit and exports. */
export const CONSOLE_STRINGS = {
  manageTitle: ['物业管理', 'Manager console'],
} as const satisfies Record<string, readonly [string, string]>;
