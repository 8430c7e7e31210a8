/**
 * The small resident list a gate can be seeded with before the manager's registry exists:
 * one resident per line, `id,name,building,unit,room,status[,phone]`. All or nothing: a file
 * with any bad line is refused with its line numbers.
 */
import type { Person } from '../db/index.ts';

const STATUSES: Record<string, Person['status']> = {
  normal: 'normal',
  正常: 'normal',
  'home-quarantine': 'home-quarantine',
  居家隔离: 'home-quarantine',
  'home-monitoring': 'home-monitoring',
  居家健康监测: 'home-monitoring',
  'central-quarantine': 'central-quarantine',
  集中隔离: 'central-quarantine',
};

export type SeedParse =
  | { ok: true; people: Person[] }
  | { ok: false; errors: { line: number; zh: string; en: string }[] };

/** Parses the seed list; never throws. */
export function parseResidentSeed(text: string, now: number): SeedParse {
  const people: Person[] = [];
  const errors: { line: number; zh: string; en: string }[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || /^id\s*,/i.test(line)) return;
    const [id, name, building, unit, room, status, phone] = line.split(/[,，]/).map((c) => c.trim());
    const kind = STATUSES[status ?? ''];
    if (!id || !name || !building || !room) {
      errors.push({
        line: i + 1,
        zh: '缺少编号、姓名、楼栋或房号',
        en: 'id, name, building or room missing',
      });
    } else if (!kind) {
      errors.push({
        line: i + 1,
        zh: `状态无法识别：${status ?? ''}`,
        en: `unknown status: ${status ?? ''}`,
      });
    } else if (ids.has(id)) {
      errors.push({ line: i + 1, zh: `编号重复：${id}`, en: `duplicate id: ${id}` });
    } else {
      ids.add(id);
      people.push({
        id,
        kind: 'resident',
        name,
        phone: phone || null,
        building,
        unit: unit || null,
        room,
        status: kind,
        registeredUntil: null,
        updatedAt: now,
      });
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  if (people.length === 0)
    return { ok: false, errors: [{ line: 0, zh: '没有任何住户', en: 'no residents in the list' }] };
  return { ok: true, people };
}
