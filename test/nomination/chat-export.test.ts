import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot.js';
import { createPipeline } from '../../src/bot/pipeline.js';
import { createConsoleAdapter, type ConsoleDelivery } from '../../adapters/console/index.js';
import { createApp } from '../../src/main.js';
import { parseConfig } from '../../src/config.js';
import type { FeatureDeps, Job } from '../../src/feature.js';
import { silentLogger } from '../../src/log.js';
import { nominationFeature } from '../../src/nomination/entry.js';
import type { IncomingMessage } from '../../src/platform.js';
import { createRoleResolver } from '../../src/roles.js';
import { t } from '../../src/texts.js';
import { seedNomination } from '../http/seed.js';
import { tempDb } from '../helpers/temp-db.js';

/** The cells of every sheet of an XLSX file, as text. */
async function xlsxCells(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
}

let store: ReturnType<typeof tempDb> | undefined;
afterEach(() => store?.cleanup());

const NOW = new Date('2026-05-01T09:00:00Z');

const message = (text: string): IncomingMessage => ({
  platform: 'console',
  chatId: 'group',
  chatType: 'group',
  senderId: 'coord',
  text,
  mentionsBot: true,
  messageId: `m-${Math.random()}`,
  receivedAt: NOW,
});

/**
 * A coordinator's `/导出` in chat is heavy work (ExcelJS over every nomination): it must leave the
 * turn's thread as a job, like the console's downloads, so the thread that acknowledges never
 * renders a file. The job runner here records what it is asked and runs the feature's own jobs.
 */
describe('chat export', () => {
  it('writes the file through the job runner (the work thread in the service) and sends it privately', async () => {
    store = tempDb();
    const db = store.db;
    for (const name of ['章丘大葱', '五常大米']) seedNomination(db, { ownerId: 'officer', fields: { gi_name: name, province: '山东省' }, submit: true, at: NOW });
    const asked: string[] = [];
    let table: Record<string, Job> | undefined;
    const deps: FeatureDeps = {
      config: parseConfig({ DATABASE_PATH: store.path, KNOWLEDGE_DIR: 'knowledge' }),
      db,
      log: silentLogger,
      clock: () => NOW,
      jobs: async <T>(name: string, input?: unknown): Promise<T> => {
        asked.push(name);
        table ??= await feature.jobs!();
        return (await (table[name] as (input: unknown) => Promise<unknown>)(input)) as T;
      },
      onQueued: () => undefined,
      coordinatorChats: [],
      unfinished: () => [],
      ingested: async () => undefined,
      service: false,
    };
    const feature = nominationFeature.create(deps);
    const pipeline = createPipeline({
      botName: '地标助手',
      db,
      clock: () => NOW,
      roles: createRoleResolver([{ platform: 'console', userId: 'coord', scope: '*' }]),
      bot: createBot({ botName: '地标助手', features: [feature] }),
      privateChat: async (platform, userId) => ({ platform, chatId: `p2p:${userId}`, userId }),
      log: silentLogger,
    });

    const committed = (await pipeline.handle(message('/导出 xlsx')))?.committed ?? [];

    expect(asked).toEqual(['nomination.write']);
    const withFile = committed.find((row) => row.message.file);
    expect(withFile?.ref.chatId).toBe('p2p:coord');
    expect(withFile?.message.text).toBe(t('nomination.export_done', { count: 2, format: 'xlsx', scope: '' }));
    expect(committed.find((row) => row.ref.chatId === 'group')?.message.text).toBe(t('nomination.export_private'));
    expect(await xlsxCells(withFile!.message.file!.path)).toEqual(expect.arrayContaining(['章丘大葱', '五常大米']));
  });

  it('in the service with its threads, the file written on the work thread reaches the coordinator', async () => {
    store = tempDb();
    for (const name of ['章丘大葱', '五常大米']) seedNomination(store.db, { ownerId: 'officer', fields: { gi_name: name, province: '山东省' }, submit: true, at: NOW });
    const sent: ConsoleDelivery[] = [];
    // The outbox deletes a temporary export once it was sent: keep its bytes as the platform would.
    const files: Buffer[] = [];
    const adapter = createConsoleAdapter({
      onSend: (delivery) => {
        sent.push(delivery);
        if (delivery.message.file) files.push(readFileSync(delivery.message.file.path));
      },
    });
    const config = parseConfig({ DATABASE_PATH: store.path, KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'silent', REMINDERS_ENABLED: 'false', COORDINATORS: 'console:coord:*' });
    const app = await createApp(config, { log: silentLogger, adapters: [adapter], botThread: true });
    try {
      await app.start();
      await adapter.sink!.processMessage({ ...message('/导出 xlsx'), receivedAt: new Date() });
      await app.pipeline.idle();
      await app.drain();
      expect(sent.find((delivery) => delivery.message.file)?.ref.chatId).toBe('p2p:coord');
    } finally {
      await app.close();
    }
    expect(files).toHaveLength(1);
    const copy = join(store.dir, 'received.xlsx');
    writeFileSync(copy, files[0]!);
    expect(await xlsxCells(copy)).toEqual(expect.arrayContaining(['章丘大葱', '五常大米']));
  }, 60_000);
});
