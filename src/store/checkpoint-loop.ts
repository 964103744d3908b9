import type { Db } from './db.js';
import { errorText } from '../errors.js';

/**
 * WAL checkpoints on a connection of their own (opened with `backgroundCheckpoints`), run by the
 * service's work thread: every interval a PASSIVE checkpoint copies the log into the database
 * file (never waiting for, nor blocking, the threads that write), so the fsync a checkpoint needs
 * happens there instead of inside a bot turn or a webhook acknowledgement. `stop` runs a last
 * full checkpoint, which also empties the log.
 */

export interface CheckpointLoop {
  stop(): void;
}

export function startCheckpointLoop(db: Db, intervalMs: number, onFailure: (error: string) => void): CheckpointLoop {
  const checkpoint = (mode: 'PASSIVE' | 'TRUNCATE'): void => {
    try {
      db.pragma(`wal_checkpoint(${mode})`);
    } catch (error) {
      // The next interval tries again.
      onFailure(errorText(error));
    }
  };
  const timer = setInterval(() => checkpoint('PASSIVE'), intervalMs);
  return {
    stop() {
      clearInterval(timer);
      checkpoint('TRUNCATE');
    },
  };
}
