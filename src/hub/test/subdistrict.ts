/**
 * A simulated subdistrict for the hub's tests and its bench: the operator creates the subdistrict
 * and its estates with setup codes, each estate's manager enrols its gates (each gate its own
 * P-256 key), all through the API as people would. No vitest here: scripts/bench uses it too.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { PushedRecord } from '../../wire/kinds.ts';
import { newDevice, signedInject, type TestDevice } from './device.ts';
import { passages, START } from './passages.ts';

/** One estate of the subdistrict: its manager and its gates. */
export interface SimEstate {
  estateId: string;
  manager: TestDevice;
  gates: TestDevice[];
}

/** The subdistrict: its manager (a reader of every estate) and its estates. */
export interface SimSubdistrict {
  subdistrictId: string;
  reader: TestDevice;
  estates: SimEstate[];
}

const VERDICTS = ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'review', 'deny'] as const;

async function created(app: FastifyInstance, options: InjectOptions): Promise<Record<string, string>> {
  const r = await app.inject(options);
  if (r.statusCode !== 201) throw new Error(`${options.url}: ${r.statusCode} ${r.body}`);
  return r.json();
}

/**
 * Sets up a subdistrict of `estates` estates with `gates` gate devices each. `setupCode` gives
 * the hub's current code; each estate's setup and enrolments come from their own address (as
 * from each estate's office), so setup's per-address limit is not what is measured.
 */
export async function simulateSubdistrict(
  app: FastifyInstance,
  setupCode: () => string,
  size: { estates: number; gates: number },
  now: () => number,
): Promise<SimSubdistrict> {
  const setUp = async (estateName: string, at: number, more: Record<string, string>) => {
    const manager = await newDevice();
    const r = await created(app, {
      method: 'POST',
      url: '/api/setup',
      remoteAddress: `10.${at >> 8}.${at & 255}.1`,
      payload: {
        setupCode: setupCode(),
        estateName,
        managerName: '王经理',
        publicKey: manager.publicJwk,
        ...more,
      },
    });
    manager.id = { estateId: r.estateId ?? '', deviceId: r.deviceId ?? '' };
    return manager;
  };
  const reader = await setUp('模拟街道', 0, { kind: 'subdistrict' });
  const subdistrictId = reader.id?.estateId ?? '';
  const estates: SimEstate[] = [];
  for (let e = 1; e <= size.estates; e++) {
    const manager = await setUp(`模拟小区${e}`, e, { subdistrictId });
    const gates: TestDevice[] = [];
    for (let g = 1; g <= size.gates; g++) {
      const issued = await signedInject(
        app,
        manager,
        'POST',
        '/api/enrolment-tokens',
        { role: 'gate', gateName: `${g}号门` },
        now(),
      );
      if (issued.statusCode !== 201) throw new Error(`token: ${issued.body}`);
      const gate = await newDevice();
      const r = await created(app, {
        method: 'POST',
        url: '/api/enrol',
        remoteAddress: `10.${e >> 8}.${e & 255}.${g + 1}`,
        payload: { token: issued.json().token, publicKey: gate.publicJwk },
      });
      gate.id = { estateId: r.estateId ?? '', deviceId: r.deviceId ?? '' };
      gates.push(gate);
    }
    estates.push({ estateId: manager.id?.estateId ?? '', manager, gates });
  }
  return { subdistrictId, reader, estates };
}

/** The tablet name of gate `g` of estate `e` (unique in the subdistrict: its chain's owner). */
export const tabletOf = (e: number, g: number): string => `e${e}-g${g}`;

/**
 * A day of `count` passages at gate `g` of estate `e`, one chain, spread over the day from
 * `day`, verdicts mixed (8 pass, 1 review, 1 deny in 10), in batches of `batch`.
 */
export function gateDay(e: number, g: number, count: number, day: number, batch: number): PushedRecord[][] {
  const { records } = passages(tabletOf(e, g), count, START, day, (seq) => ({
    gateId: `gate-${g}`,
    verdict: VERDICTS[seq % VERDICTS.length],
    at: day + Math.floor((seq / (count + 1)) * 86_000_000),
  }));
  const out: PushedRecord[][] = [];
  for (let i = 0; i < records.length; i += batch) out.push(records.slice(i, i + batch));
  return out;
}
