import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Step } from '../../src/bot/bot.js';
import { startWechatHarness, waitFor, type WechatHarness } from './harness.js';

let h: WechatHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/**
 * A two-turn dialog shaped like the nomination feature's start: `/申报` in a group posts a
 * notice there and asks the first question in the sender's private chat; the answer comes back
 * in that private chat. It exercises exactly what the adapter provides (privateChatOf routing).
 */
function miniDialog(): Step {
  const open = new Set<string>();
  return {
    name: 'mini-dialog',
    async run(ctx, next) {
      const { senderId, text } = ctx.message;
      if (text === '/申报') {
        const to = await ctx.senderPrivateChat();
        if (ctx.isGroup) ctx.reply(`${ctx.message.senderName ?? ''}，申报书请在私聊中填写，我已私信您。`);
        ctx.sendTo(to, '第1项：请填写地理标志名称。');
        open.add(senderId);
        return void ctx.commit();
      }
      if (!ctx.isGroup && open.has(senderId)) {
        ctx.reply(`已记录地理标志名称：${text}。第2项：请填写所在省份。`);
        return void ctx.commit();
      }
      return next();
    },
  };
}

describe('moving a dialog from a room to private chat', () => {
  it('posts the notice in the room and continues the dialog in the member’s private chat', async () => {
    h = await startWechatHarness({ steps: [miniDialog()] });
    const start = h.say(h.alice, '@地标助手\u2005/申报', h.room, [h.self]);
    await h.processed(start);
    const rows = await h.settled(start);
    expect(rows.map((row) => row.chatId)).toEqual([h.room.id, h.alice.id]);
    await waitFor(() => h!.delivered.length === 2, 'notice and first question');
    expect(h.delivered.find((d) => d.chatId === h!.room.id)?.text).toMatch(/张科长，申报书请在私聊中填写/);
    expect(h.delivered.find((d) => d.chatId === h!.alice.id)?.text).toMatch(/第1项/);

    const answer = h.say(h.alice, '金华火腿', h.self);
    await h.processed(answer);
    await h.settled(answer);
    await waitFor(() => h!.delivered.length === 3, 'next question');
    expect(h.delivered[2]).toEqual({ chatId: h.alice.id, text: '已记录地理标志名称：金华火腿。第2项：请填写所在省份。' });
    expect(h.delivered.filter((d) => d.chatId === h!.room.id)).toHaveLength(1);
  });

  it('resolves a private chat to the contact, whatever room the user was in', async () => {
    h = await startWechatHarness();
    expect(await h.adapter.privateChatOf(h.alice.id)).toEqual({ platform: 'wechat', chatId: h.alice.id, userId: h.alice.id });
    expect(h.records.some((r) => r.msg?.toString().includes('not a friend'))).toBe(false);
    // WeChat only delivers private messages to friends: the operator sees why in the log.
    const stranger = h.mocker.createContact({ name: '李处长', friend: false });
    expect(await h.adapter.privateChatOf(stranger.id)).toMatchObject({ chatId: stranger.id });
    expect(h.records.find((r) => r.userId === stranger.id)?.msg).toMatch(/not a friend of the bot account/);
  });

  it('sends an export as a file where the puppet can, else a download hint', async () => {
    h = await startWechatHarness({ adapter: { consoleUrl: 'https://gi-bot.example.gov.cn/console' } });
    const ref = await h.adapter.privateChatOf(h.alice.id);
    const path = join(mkdtempSync(join(tmpdir(), 'gi-bot-export-')), '汇总.xlsx');
    writeFileSync(path, 'PK');
    const hint = '文件“汇总.xlsx”无法在微信中直接发送，请到管理后台下载：https://gi-bot.example.gov.cn/console';
    // The mock puppet cannot forward a file from disk, like several real puppets.
    await h.adapter.send(ref, { text: '浙江省申报汇总已导出。', file: { path, name: '汇总.xlsx' } });
    await waitFor(() => h!.delivered.length === 2, 'text and hint');
    expect(h.delivered.map((d) => d.text)).toEqual(['浙江省申报汇总已导出。', hint]);
    // An export no longer on disk gets the same hint instead of an error.
    await h.adapter.send(ref, { text: '再次导出。', file: { path: `${path}.gone`, name: '汇总.xlsx' } });
    await waitFor(() => h!.delivered.length === 4, 'second hint');
    expect(h.delivered.at(-1)?.text).toBe(hint);
    rmSync(dirname(path), { recursive: true, force: true });
  });
});
