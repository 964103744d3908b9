import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurnContext } from '../../src/turn.js';
import type { Role } from '../../src/roles.js';
import { createLoginStep } from '../../src/login/step.js';
import type { IncomingMessage } from '../../src/platform.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { consumeLoginLink } from '../../src/store/sessions.js';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gi-login-step-'));
  db = openDatabase(join(dir, 'test.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const now = new Date('2026-04-01T02:00:00Z');

async function turn(text: string, chatType: 'p2p' | 'group', role: Role): Promise<{ ctx: TurnContext; passed: boolean }> {
  const message: IncomingMessage = {
    platform: 'feishu',
    chatId: chatType === 'group' ? 'oc_group' : 'oc_p2p',
    chatType,
    senderId: 'ou_zj',
    text,
    mentionsBot: chatType === 'group',
    messageId: `m-${Math.random()}`,
    receivedAt: now,
  };
  const ctx = new TurnContext(message, role, db, () => now, 'reply:test', async (platform, userId) => ({ platform, chatId: userId }));
  let passed = false;
  await createLoginStep({ baseUrl: 'https://gi.example.cn/' }).run(ctx, async () => {
    passed = true;
  });
  return { ctx, passed };
}

describe('/登录 in chat', () => {
  it('sends a working one-time link in private chat, with the sender’s role', async () => {
    const { ctx } = await turn('/登录', 'p2p', { kind: 'coordinator', scope: '浙江省' });
    const text = ctx.committed[0]?.message.text ?? '';
    expect(text).toContain('15 分钟内有效');
    const token = text.match(/https:\/\/gi\.example\.cn\/login\/([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeDefined();
    expect(consumeLoginLink(db, token ?? '', now)).toEqual({ platform: 'feishu', userId: 'ou_zj', role: { kind: 'coordinator', scope: '浙江省' } });
    expect(consumeLoginLink(db, token ?? '', now)).toBeUndefined();
  });

  it('never posts a link in a group', async () => {
    const { ctx } = await turn('／协调台', 'group', { kind: 'officer' });
    expect(ctx.committed).toHaveLength(1);
    expect(ctx.committed[0]?.message.text).toContain('只在私聊中发送');
    expect(ctx.committed[0]?.message.text).not.toContain('/login/');
    expect(db.prepare('SELECT COUNT(*) FROM web_login_links').pluck().get()).toBe(0);
  });

  it('leaves other messages to the next step', async () => {
    for (const text of ['登录', '/登录 一下', '怎么登录协调台？']) {
      const { ctx, passed } = await turn(text, 'p2p', { kind: 'officer' });
      expect(passed, text).toBe(true);
      expect(ctx.committed).toHaveLength(0);
    }
  });
});
