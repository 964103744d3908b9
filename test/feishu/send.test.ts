import { ignoringSink } from '../helpers/bot.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeishuAdapter, type FeishuAdapter } from '../../adapters/feishu/index.js';
import { feishuUuid } from '../../adapters/feishu/send.js';
import { PlatformError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { startFakeFeishu, type FakeFeishu } from '../helpers/fake-feishu/server.js';
import { tempDb } from '../helpers/temp-db.js';

describe('feishu sending through the real SDK against a fake open platform', () => {
  let fake: FakeFeishu;
  let store: ReturnType<typeof tempDb>;
  let adapter: FeishuAdapter;

  beforeEach(async () => {
    fake = await startFakeFeishu();
    store = tempDb();
    adapter = createFeishuAdapter({
      appId: fake.appId,
      appSecret: fake.appSecret,
      mode: 'webhook',
      domain: fake.url,
      encryptKey: 'k',
      botName: '地标助手',
      eventMaxAgeSeconds: 3600,
      log: silentLogger,
      clock: () => new Date(),
    });
    await adapter.start(ignoringSink);
  });

  afterEach(async () => {
    await adapter.stop();
    await fake.close();
    store.cleanup();
  });

  it('fetches a tenant token once and sends plain text to a chat', async () => {
    const first = await adapter.send({ platform: 'feishu', chatId: 'oc_group1' }, { text: '截止时间是5月8日' });
    await adapter.send({ platform: 'feishu', chatId: 'oc_group1' }, { text: '第二条' });
    expect(fake.tokenRequests).toBe(1);
    expect(first.messageId).toBe(fake.sent[0]?.messageId);
    expect(fake.sent[0]).toMatchObject({ kind: 'create', target: 'oc_group1', receiveIdType: 'chat_id', msgType: 'text' });
    expect(JSON.parse(fake.sent[0]?.content ?? '{}')).toEqual({ text: '截止时间是5月8日' });
  });

  it('replies in the thread when the ref names a message to reply to', async () => {
    await adapter.send({ platform: 'feishu', chatId: 'oc_group1', replyToMessageId: 'om_question' }, { text: '答复' });
    expect(fake.sent[0]).toMatchObject({ kind: 'reply', target: 'om_question', replyInThread: true });
  });

  it('opens private chats by open_id', async () => {
    const ref = await adapter.privateChatOf('ou_officer');
    expect(ref).toEqual({ platform: 'feishu', chatId: 'ou_officer', userId: 'ou_officer' });
    await adapter.send(ref, { text: '私聊' });
    expect(fake.sent[0]).toMatchObject({ target: 'ou_officer', receiveIdType: 'open_id' });
  });

  it('sends cards with the clause folded and callback buttons, and updates them', async () => {
    const message = {
      text: '请于2023年5月8日前报送。',
      card: {
        title: '政策解答',
        fold: { title: '出处：通知 · 正文', text: '请于2023年5月8日前将申报书电子件……报送。' },
        buttons: [{ text: '有帮助', value: { kind: 'feedback', answer: 'a1', helpful: 'yes' } }],
      },
    };
    const { messageId } = await adapter.send({ platform: 'feishu', chatId: 'oc_group1' }, message);
    const card = JSON.parse(fake.sent[0]?.content ?? '{}') as { body: { elements: { tag: string; elements?: unknown[]; columns?: { elements: { behaviors: { value: unknown }[] }[] }[] }[] } };
    expect(fake.sent[0]?.msgType).toBe('interactive');
    const tags = card.body.elements.map((element) => element.tag);
    expect(tags).toEqual(['markdown', 'collapsible_panel', 'column_set']);
    expect(card.body.elements[2]?.columns?.[0]?.elements[0]?.behaviors[0]?.value).toEqual({ kind: 'feedback', answer: 'a1', helpful: 'yes' });

    await adapter.updateCard(messageId ?? '', { text: '谢谢反馈', card: { title: '政策解答' } });
    expect(fake.sent[1]).toMatchObject({ kind: 'patch', target: messageId });
    expect(fake.sent[1]?.content).toContain('谢谢反馈');
  });

  it('uploads export files and sends them as file messages', async () => {
    const path = join(store.dir, 'nominations.xlsx');
    writeFileSync(path, Buffer.alloc(2048, 7));
    await adapter.send({ platform: 'feishu', chatId: 'ou_c', userId: 'ou_c' }, { text: '导出文件如下', file: { path, name: '申报汇总.xlsx' } });
    expect(fake.uploads).toEqual([{ fileKey: 'file_v3_1', fileName: '申报汇总.xlsx', fileType: 'xls', size: 2048 }]);
    expect(fake.sent.map((sent) => sent.msgType)).toEqual(['text', 'file']);
    expect(JSON.parse(fake.sent[1]?.content ?? '{}')).toEqual({ file_key: 'file_v3_1' });
  });

  it('maps rate limits, server errors, bad requests and outages to coded errors', async () => {
    const ref = { platform: 'feishu' as const, chatId: 'oc_group1' };
    const failure = async (): Promise<PlatformError> => {
      const error = await adapter.send(ref, { text: 'x' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformError);
      return error as PlatformError;
    };
    fake.failNext({ status: 429, body: { code: 99991400, msg: 'request trigger frequency limit' }, headers: { 'x-ogw-ratelimit-reset': '2' } });
    const limited = await failure();
    expect([limited.code, limited.retryable, limited.retryAfterMs]).toEqual(['rate_limited', true, 2000]);
    fake.failNext({ status: 200, body: { code: 230020, msg: 'message rate limit' } });
    expect((await failure()).code).toBe('rate_limited');
    fake.failNext({ status: 500, body: { code: 2200, msg: 'internal error' } });
    expect((await failure()).code).toBe('server');
    fake.failNext({ status: 400, body: { code: 230002, msg: 'bot not in chat' } });
    const bad = await failure();
    expect([bad.code, bad.retryable]).toEqual(['bad_request', false]);
    fake.failNext({ status: 400, body: { code: 99991668, msg: 'token invalid' } });
    expect((await failure()).code).toBe('auth');
    await fake.pause();
    const down = await failure();
    expect([down.code, down.retryable]).toEqual(['network', true]);
    await fake.resume();
    await adapter.send(ref, { text: '恢复' });
    expect(fake.sent.at(-1)?.content).toContain('恢复');
  });

  it('sends each outbox key once within the hour: a retry with the same key sends nothing more', async () => {
    const group = { platform: 'feishu' as const, chatId: 'oc_group1' };
    const first = await adapter.send(group, { text: '截止时间是5月8日' }, { idempotencyKey: 'feishu:om_q1:0' });
    const retry = await adapter.send(group, { text: '截止时间是5月8日' }, { idempotencyKey: 'feishu:om_q1:0' });
    await adapter.send(group, { text: '截止时间是5月8日' }, { idempotencyKey: 'feishu:om_q2:0' });
    const reply = { ...group, replyToMessageId: 'om_q3' };
    await adapter.send(reply, { text: '答复' }, { idempotencyKey: 'feishu:om_q3:0' });
    await adapter.send(reply, { text: '答复' }, { idempotencyKey: 'feishu:om_q3:0' });
    expect(retry.messageId).toBe(first.messageId);
    expect(fake.sent.map((sent) => sent.kind)).toEqual(['create', 'create', 'reply']);
    expect(fake.deduplicated).toBe(2);
  });

  it('gives a file message\'s text and file posts their own uuids, so a retry repeats neither', async () => {
    const path = join(store.dir, 'export.xlsx');
    writeFileSync(path, Buffer.alloc(64, 7));
    const ref = { platform: 'feishu' as const, chatId: 'ou_c', userId: 'ou_c' };
    for (let i = 0; i < 2; i++) await adapter.send(ref, { text: '导出文件如下', file: { path, name: '申报汇总.xlsx' } }, { idempotencyKey: 'export:1' });
    expect(fake.sent.map((sent) => sent.msgType)).toEqual(['text', 'file']);
    expect(fake.deduplicated).toBe(2);
  });

  it('derives uuids Feishu accepts (at most 50 characters) from keys of any length', () => {
    const long = `reminder:${'x'.repeat(300)}`;
    expect(feishuUuid(long, 'message').length).toBeLessThanOrEqual(50);
    expect(feishuUuid(long, 'message')).toBe(feishuUuid(long, 'message'));
    expect(new Set([feishuUuid(long, 'message'), feishuUuid(long, 'file'), feishuUuid(`${long}y`, 'message')]).size).toBe(3);
  });
});
