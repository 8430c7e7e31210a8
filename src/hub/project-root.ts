/**
 * The project's folder (the one with package.json), found from this module whether the hub
 * runs from its sources (src/hub/) or from its bundle (build/hub/start.mjs).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('hub: no package.json above its own module');
    dir = up;
  }
  return dir;
}

/** A path inside the project, e.g. `projectPath('src/hub/migrations')`. */
export function projectPath(relative: string): string {
  return join(findRoot(), relative);
}
