import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';

/** One frame of a SQLite WAL file: the page it holds and whether it ends a transaction. */
export interface WalFrame {
  page: number;
  commit: boolean;
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/**
 * Frames of `walPath` from frame number `from` on, read from the file's bytes (the WAL format:
 * a 32-byte header giving the page size, then per frame a 24-byte header, whose first word is
 * the page number, the second the database size after a commit (zero otherwise), then the
 * header's two salts, and the page).
 * Only meaningful while nothing checkpoints and restarts the log.
 */
export function walFrames(walPath: string, from = 0): WalFrame[] {
  let size: number;
  try {
    size = statSync(walPath).size;
  } catch {
    return [];
  }
  if (size < WAL_HEADER) return [];
  const fd = openSync(walPath, 'r');
  try {
    const header = Buffer.alloc(WAL_HEADER);
    readSync(fd, header, 0, WAL_HEADER, 0);
    const pageSize = header.readUInt32BE(8);
    const frameSize = FRAME_HEADER + pageSize;
    const count = Math.floor((size - WAL_HEADER) / frameSize);
    const frames: WalFrame[] = [];
    const frameHeader = Buffer.alloc(FRAME_HEADER);
    for (let i = from; i < count; i += 1) {
      readSync(fd, frameHeader, 0, FRAME_HEADER, WAL_HEADER + i * frameSize);
      // A frame whose salts differ from the header's is left over from before a restart of the log.
      if (!frameHeader.subarray(8, 16).equals(header.subarray(16, 24))) break;
      frames.push({ page: frameHeader.readUInt32BE(0), commit: frameHeader.readUInt32BE(4) !== 0 });
    }
    return frames;
  } finally {
    closeSync(fd);
  }
}

/** What a stretch of the log holds: frames (pages written), commits, and frames per table or index. */
export interface WalWrites {
  frames: number;
  commits: number;
  byTree: Map<string, number>;
  /** The frame number after the last one counted (where the next stretch starts). */
  end: number;
}

/**
 * The frames written to `db`'s log since frame `from`, named by the table or index each page
 * belongs to now (SQLite's `dbstat`; a page freed since is `free`, page 1 is `sqlite_schema`).
 */
export function walWrites(db: Database.Database, from = 0): WalWrites {
  const frames = walFrames(`${db.name}-wal`, from);
  const owners = new Map((db.prepare('SELECT pageno, name FROM dbstat').all() as { pageno: number; name: string }[]).map((row) => [row.pageno, row.name]));
  const byTree = new Map<string, number>();
  for (const frame of frames) {
    const tree = owners.get(frame.page) ?? 'free';
    byTree.set(tree, (byTree.get(tree) ?? 0) + 1);
  }
  return { frames: frames.length, commits: frames.filter((frame) => frame.commit).length, byTree, end: from + frames.length };
}
