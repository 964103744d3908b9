import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../config.js';
import { t } from '../texts.js';
import { helpText, readArgs, say } from './args.js';

/**
 * Copies the database consistently while the service keeps running: SQLite's online backup
 * (better-sqlite3 `db.backup()`) reads a snapshot page by page, WAL included. The copy is
 * written next to PATH and renamed into place, so PATH is never a half-written file.
 */
export async function backupDatabase(source: string, out: string): Promise<{ path: string; bytes: number; pages: number }> {
  const db = new Database(source, { fileMustExist: true, readonly: true });
  const target = resolve(out);
  const temp = `${target}.partial`;
  try {
    rmSync(temp, { force: true });
    const result = await db.backup(temp);
    renameSync(temp, target);
    return { path: target, bytes: statSync(target).size, pages: result.totalPages };
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

export default async function backup(args: string[]): Promise<number> {
  const parsed = readArgs('backup', {
    args,
    options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (!values.out) {
    say(t('cli.backup.missing_out'), '', helpText('backup'));
    return 2;
  }
  const config = loadConfig();
  if (!existsSync(config.DATABASE_PATH)) {
    say(t('cli.backup.no_database', { path: config.DATABASE_PATH }));
    return 1;
  }
  if (resolve(values.out) === resolve(config.DATABASE_PATH)) {
    say(t('cli.backup.same_file'));
    return 2;
  }
  if (existsSync(values.out) && !values.force) {
    say(t('cli.backup.exists', { path: values.out }));
    return 1;
  }
  const result = await backupDatabase(config.DATABASE_PATH, values.out);
  process.stdout.write(`${values.json ? JSON.stringify(result) : t('cli.backup.done', result)}\n`);
  return 0;
}
