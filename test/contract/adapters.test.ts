import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/texts.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { createApp, type App } from '../../src/main.js';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { DRIVERS, type ContractDriver } from './drivers.js';

/**
 * The adapter contract: the same scenario through every real adapter against its platform's
 * fake, with the bot core as `src/main.ts` composes it (the real features over the shipped
 * knowledge, the inbox, the outbox and its sender). A new adapter joins by adding a driver.
 */

const QUESTION = '申报书什么时候截止？';

describe.each(DRIVERS)('adapter contract: $name', (factory) => {
  let driver: ContractDriver;
  let app: App;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gi-bot-contract-'));
    driver = await factory.start();
    const config = parseConfig({ DATABASE_PATH: join(dir, 'gi-bot.db'), KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'silent', REMINDERS_ENABLED: 'false' });
    app = await createApp(config, { log: silentLogger, adapters: [driver.adapter] });
    await app.start();
    await driver.online?.();
  });

  afterAll(async () => {
    await app?.close();
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Waits until the core finished every turn and the outbox sent what it could. */
  const settle = async (): Promise<void> => {
    await app.pipeline.idle();
    await app.drain();
  };

  it('ignores chatter in the group', async () => {
    await driver.groupSays('哈哈收到，中午吃什么', false);
    await driver.groupSays(QUESTION, false);
    await settle();
    expect(driver.inGroup()).toEqual([]);
  });

  it('answers a mention once, with the clause it cites', async () => {
    await driver.groupSays(QUESTION, true);
    await eventually(() => expect(driver.inGroup()).toHaveLength(1));
    expect(driver.inGroup()[0]).toMatch(/5月8日/);
    expect(driver.inGroup()[0]).toMatch(/国知办发运字〔2023〕14号/);
  });

  it('answers a redelivered event once', async () => {
    const before = driver.inGroup().length;
    const delivery = await driver.groupSays('推荐名额有几个？', true);
    await eventually(() => expect(driver.inGroup()).toHaveLength(before + 1));
    await delivery.again();
    await delivery.again();
    await settle();
    expect(driver.inGroup()).toHaveLength(before + 1);
  });

  it('moves a nomination started in the group to the private chat', async () => {
    const before = driver.inGroup().length;
    await driver.groupSays('/申报', true);
    await eventually(() => expect(driver.inPrivate().length).toBeGreaterThan(0));
    await settle();
    expect(driver.inGroup().slice(before).join()).toMatch(/私聊/);
    expect(driver.inPrivate().join()).toMatch(/申报/);
  });

  it('explains a message type it cannot read', async () => {
    const before = driver.inPrivate().length;
    await driver.sendsImage();
    const expected = t('core.unsupported', { kind: t('core.kinds.image') });
    // Platforms carry the text in their own envelope (Feishu: JSON content); the words must be there.
    await eventually(() => expect(driver.inPrivate().slice(before).join('\n')).toContain(expected));
  });

  it('retries a failed send through the outbox, and the reply arrives once', async () => {
    const before = driver.inGroup().length;
    driver.failNextSend();
    await driver.groupSays('申报材料通过什么方式报送？', true);
    await eventually(() => expect(driver.inGroup()).toHaveLength(before + 1), 15_000);
    await settle();
    expect(driver.inGroup()).toHaveLength(before + 1);
    const attempts = app.db.prepare(`SELECT MAX(attempts) FROM outbox WHERE status = 'sent'`).pluck().get() as number;
    expect(attempts).toBeGreaterThanOrEqual(2);
  });
});
