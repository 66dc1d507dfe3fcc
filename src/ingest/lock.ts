import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { InputError } from '../input/errors.js';

/**
 * Claims a store for one ingest at a time, with a lock file beside it that
 * names the ingest's process. A second ingest could write to the store
 * (SQLite would let it, between the first one's commits), but the two would
 * merge quotes and entities in an order neither controls, and a resumed run
 * would no longer end with the store a clean run gives. A lock left by an
 * ingest that was killed names a process that is gone, and is taken over.
 * Returns the release; a folder where no lock can be made is not locked
 * (opening the store there reports the problem).
 */
export function lockForIngest(db: string): () => void {
  const path = `${db}-ingest.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return () => {};
      const owner = lockOwner(path);
      if (owner !== undefined && isRunning(owner)) {
        throw new InputError(`another ingest (process ${owner}) is writing to ${db}; wait for it to finish, or delete ${path} if none is running`);
      }
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return () => rmSync(path, { force: true });
  }
  throw new InputError(`cannot claim ${db} for this ingest: ${path} keeps coming back`);
}

/** Removes the store's ingest lock if this process holds it (an ingest stopped by a signal, about to exit). */
export function releaseIngestLock(db: string): void {
  const path = `${db}-ingest.lock`;
  if (lockOwner(path) === process.pid) rmSync(path, { force: true });
}

function lockOwner(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
