/** The words for each reason the hub gave no answer to the console's devices tab. */
import type { HubCallProblem } from '../../sync/hub-api.ts';
import type { StringKey } from './strings.ts';

export const PROBLEM_WORDS: Record<HubCallProblem, StringKey> = {
  'not-linked': 'devicesNotLinked',
  unreachable: 'devicesUnreachable',
  forbidden: 'addManagerOnly',
  revoked: 'devicesRevokedSelf',
  failed: 'devicesFailed',
};
