/** A second process for the lock test: opens the data folder given, closes it, exits 0 (or 1 with the message). */
import { openPglite } from '../db/pglite.ts';

const folder = process.argv[2] ?? '';
try {
  const db = await openPglite(folder);
  await db.close();
  process.stdout.write('opened\n');
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
