import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRoleResolver } from '../../src/roles.js';
import { silentLogger } from '../../src/log.js';
import { createNominationDialog } from '../../src/nomination/dialog.js';
import { loadForm } from '../../src/nomination/form.js';
import { createReminders } from '../../src/reminders/reminders.js';
import { createTestChat, type TestChat } from '../helpers/chat.js';
import { tempDb } from '../helpers/temp-db.js';

const coordinators = [{ platform: 'feishu', userId: 'ou_zj', scope: '浙江省' }];

let chat: TestChat | undefined;
let cleanup: (() => void) | undefined;
afterEach(() => {
  chat?.close();
  cleanup?.();
  chat = undefined;
});

/** The test chat's messages (platform `web`, user ids as src/http/routes/console.ts gives them) through the real steps. */
async function webChat(): Promise<TestChat> {
  const t = tempDb();
  // /名额 writes quotas.yaml: a copy of the knowledge folder keeps the repository's untouched.
  const knowledgeDir = mkdtempSync(join(tmpdir(), 'gi-web-roles-'));
  cpSync('knowledge', knowledgeDir, { recursive: true });
  cleanup = () => {
    t.cleanup();
    rmSync(knowledgeDir, { recursive: true, force: true });
  };
  const clock = () => new Date('2026-11-30T03:57:00Z');
  const reminders = createReminders({ db: t.db, clock, log: silentLogger, tz: 'Asia/Shanghai', cron: '* * * * *', knowledgeDir });
  const nominations = createNominationDialog({ form: loadForm(knowledgeDir), knowledgeDir, botName: '地标助手' });
  return createTestChat({ steps: [nominations.step, reminders.step], db: t.db, clock, platform: 'web', roles: coordinators });
}

describe('roles in the console test chat', () => {
  it('makes the signed-in operator a coordinator for every province', async () => {
    chat = await webChat();
    await chat.as('admin').says('/提醒 待确认').expectReply(/待确认的截止日期/);
    await chat.as('admin').says('/申报 统计').expectReply(/申报情况|已提交|暂无|没有/);
    await chat.as('admin').says('/名额 浙江 5').expectReply(/浙江省的推荐名额设为 5/);
  });

  it('keeps an officer who signed in through /登录 an officer, and a chat coordinator in their scope', async () => {
    chat = await webChat();
    await chat.as('feishu:ou_officer').says('/提醒 待确认').expectReply(/只有协调员/);
    await chat.as('feishu:ou_officer').says('/申报 统计').expectReply(/只有协调员/);
    await chat.as('feishu:ou_officer').says('/名额 浙江 5').expectReply(/只有协调员/);
    await chat.as('feishu:ou_zj').says('/提醒 待确认').expectReply(/待确认的截止日期/);
  });

  it('gives the operator role only to the console identity, never to a chat user named admin', () => {
    const roles = createRoleResolver(coordinators);
    expect(roles('web', 'admin')).toEqual({ kind: 'coordinator', scope: '*' });
    expect(roles('feishu', 'admin')).toEqual({ kind: 'officer' });
    expect(roles('console', 'admin')).toEqual({ kind: 'officer' });
    expect(roles('web', 'feishu:admin')).toEqual({ kind: 'officer' });
    expect(roles('web', 'web:admin')).toEqual({ kind: 'officer' });
    expect(roles('web', 'feishu:ou_zj')).toEqual({ kind: 'coordinator', scope: '浙江省' });
    expect(roles('feishu', 'ou_zj')).toEqual({ kind: 'coordinator', scope: '浙江省' });
  });
});
