import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnService } from '../helpers/service.js';
import { writeHugeRunDocx, writeParagraphBombDocx } from '../qa/helpers/hostile-docx.js';

const dir = mkdtempSync(join(tmpdir(), 'gi-bot-hostile-service-'));
const knowledge = join(dir, 'knowledge');
/** Every shipped notice is indexed; only the two hostile files are left out. */
const shippedNotices = readdirSync('knowledge').filter((name) => name.endsWith('.md')).length;

beforeAll(async () => {
  cpSync('knowledge', knowledge, { recursive: true });
  await writeParagraphBombDocx(join(knowledge, 'bomb.docx'), 64);
  await writeHugeRunDocx(join(knowledge, 'run.docx'), 1024);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The two uploads left in KNOWLEDGE_DIR: the service used to die at every start (or take 13 s and 2.7 GB). */
describe('gi-bot start with a zip bomb and a 1 GiB text run in KNOWLEDGE_DIR', () => {
  it('starts, answers from the shipped notice, and logs both files as skipped by name', async () => {
    const { child, output, exited, url } = await spawnService({ DATABASE_PATH: join(dir, 'gi-bot.db'), KNOWLEDGE_DIR: knowledge });
    const ready = (await (await fetch(`${url}/readyz`)).json()) as { ready: boolean; index: { documents: number } };
    expect(ready).toMatchObject({ ready: true, index: { documents: shippedNotices } });
    const skipped = output.stderr
      .split('\n')
      .filter((line) => line.includes('"knowledge file skipped"'))
      .map((line) => JSON.parse(line) as { file: string; err: string });
    // The engine reads the folder once, on the work thread; compared as a set of file and reason.
    expect(new Set(skipped.map((entry) => `${entry.file}: ${entry.err}`))).toEqual(
      new Set(['bomb.docx: unpacks to more than 32 MiB (a zip bomb?)', 'run.docx: unpacks to more than 32 MiB (a zip bomb?)']),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);
});
