import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/bot.js';
import { createPipeline } from '../../src/bot/pipeline.js';
import { createRoleResolver } from '../../src/roles.js';
import { t } from '../../src/texts.js';
import { parseConfig } from '../../src/config.js';
import type { Feature } from '../../src/feature.js';
import { FEATURES } from '../../src/features.js';
import { silentLogger } from '../../src/log.js';
import type { IncomingMessage } from '../../src/platform.js';
import { tempDb } from '../helpers/temp-db.js';

let store: ReturnType<typeof tempDb> | undefined;
afterEach(() => store?.cleanup());

const message = (text: string, senderId = 'u1'): IncomingMessage => ({
  platform: 'console',
  chatId: `p2p:${senderId}`,
  chatType: 'p2p',
  senderId,
  text,
  mentionsBot: false,
  messageId: `m-${Math.random()}`,
  receivedAt: new Date('2026-05-01T09:00:00Z'),
});

/** A bot over made-up features, so routing and help are seen to come from the declarations alone. */
function botOver(features: Feature[]) {
  store = tempDb();
  return createPipeline({
    botName: '地标助手',
    db: store.db,
    clock: () => new Date('2026-05-01T09:00:00Z'),
    roles: createRoleResolver([{ platform: 'console', userId: 'coord', scope: '*' }]),
    bot: createBot({ botName: '地标助手', features }),
    privateChat: async (platform, userId) => ({ platform, chatId: `p2p:${userId}`, userId }),
    log: silentLogger,
  });
}

const echo = (name: string, coordinator = false): Feature => ({
  name,
  commands: [
    {
      name,
      aliases: [`${name}2`],
      help: 'core.help',
      coordinator,
      async run(ctx, args) {
        ctx.reply(`${name}:${args}`);
        ctx.commit();
      },
    },
  ],
});

describe('declared commands', () => {
  it('routes a command and its alias to the feature that declared it, with the text after it', async () => {
    const pipeline = botOver([echo('甲'), echo('乙')]);
    expect((await pipeline.handle(message('/乙 一 二')))?.committed[0]?.message.text).toBe('乙:一 二');
    expect((await pipeline.handle(message('／甲2')))?.committed[0]?.message.text).toBe('甲:');
  });

  it('lists the declared commands in the help, coordinators also theirs', async () => {
    const pipeline = botOver([echo('甲'), echo('乙', true)]);
    const officer = (await pipeline.handle(message('/帮助')))?.committed[0]?.message.text ?? '';
    expect(officer).toMatch(/\/甲：/);
    expect(officer).not.toMatch(/\/乙：/);
    const coordinator = (await pipeline.handle(message('帮助', 'coord')))?.committed[0]?.message.text ?? '';
    expect(coordinator).toMatch(/\/甲：[\s\S]*\/乙：/);
  });

  it('every shipped feature declares its commands with a help line that exists', () => {
    const config = parseConfig({ DATABASE_PATH: ':memory:', KNOWLEDGE_DIR: 'knowledge' });
    store = tempDb();
    const deps = {
      config,
      db: store.db,
      log: silentLogger,
      clock: () => new Date(),
      jobs: async () => Promise.reject(new Error('no jobs here')),
      onQueued: () => undefined,
      coordinatorChats: [],
      unfinished: () => [],
      ingested: async () => undefined,
      service: false,
    };
    const commands = FEATURES.flatMap((module) => module.create(deps).commands ?? []);
    expect(commands.map((command) => command.name)).toEqual(expect.arrayContaining(['申报', '导出', '名额', '提醒', '登录']));
    for (const command of commands) expect(t(`commands.${command.help}`)).not.toBe('');
  });
});
