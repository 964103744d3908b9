import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../config.js';
import { errorText } from '../errors.js';

const USAGE = 'usage: gi-bot backup --out PATH [--force] [--json]\n';

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
  let values: { out?: string; force?: boolean; json?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    process.stderr.write(`${errorText(error)}\n${USAGE}`);
    return 2;
  }
  if (!values.out) {
    process.stderr.write(`--out PATH is required\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  if (!existsSync(config.DATABASE_PATH)) {
    process.stderr.write(`no database at ${config.DATABASE_PATH} (set DATABASE_PATH to the database the service uses)\n`);
    return 1;
  }
  if (resolve(values.out) === resolve(config.DATABASE_PATH)) {
    process.stderr.write('--out must not be the database itself\n');
    return 2;
  }
  if (existsSync(values.out) && !values.force) {
    process.stderr.write(`${values.out} already exists; pass --force to overwrite it\n`);
    return 1;
  }
  const result = await backupDatabase(config.DATABASE_PATH, values.out);
  process.stdout.write(
    values.json ? `${JSON.stringify(result)}\n` : `backup written: ${result.path} (${result.bytes} bytes, ${result.pages} pages)\n`,
  );
  return 0;
}
