/**
 * The data folder's lock file: PGlite is one process's database, and a second process opening
 * the same folder would corrupt it. The lock holds the owner's pid; a lock whose process is gone
 * (a crash, a SIGKILL) is stale and taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The lock file's name inside the data folder. */
export const LOCK_FILE = 'hub.lock';

/** Thrown when another live process holds the folder. */
export class DataFolderLocked extends Error {
  readonly folder: string;
  readonly pid: number;
  constructor(folder: string, pid: number) {
    super(
      `数据目录 ${folder} 正被另一个集中服务进程（pid ${pid}）使用，请先停止它。 ` +
        `The data folder ${folder} is in use by another hub process (pid ${pid}): stop that one first.`,
    );
    this.folder = folder;
    this.pid = pid;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock of `folder` for this process (or throws DataFolderLocked); returns its release. */
export function lockDataFolder(folder: string): () => void {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(path, 'utf8').trim());
      // Our own pid counts too: one process opening the folder twice would be two databases.
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new DataFolderLocked(folder, pid);
      }
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
