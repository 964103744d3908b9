import { FileBox } from 'file-box';
import { afterEach, describe, expect, it } from 'vitest';
import type { Step } from '../../src/bot/bot.js';
import { startWechatHarness, waitFor, type WechatHarness } from './harness.js';

let h: WechatHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const QUESTION = '申报截止时间是什么时候？';

describe('wechat adapter with wechaty-puppet-mock', () => {
  it('answers a member who mentions the bot in a room, with the source, once', async () => {
    h = await startWechatHarness();
    const id = h.say(h.alice, `@地标助手\u2005${QUESTION}`, h.room, [h.self]);
    await h.processed(id);
    const reply = await waitFor(() => h!.delivered.find((d) => d.chatId === h!.room.id), 'reply in room');
    expect(reply.text).toMatch(/2023年5月8日/);
    expect(reply.text).toMatch(/出处：.*国知办发运字〔2023〕14号/);
    // The mention is stripped before the bot sees the text.
    const stored = h.db.prepare('SELECT message FROM inbox WHERE key = ?').pluck().get(`wechat:${id}`) as string;
    expect(JSON.parse(stored)).toMatchObject({ text: QUESTION, mentionsBot: true, chatType: 'group', chatId: h.room.id, senderName: '张科长' });
    expect(await h.settled(id)).toEqual([expect.objectContaining({ status: 'sent', chatId: h.room.id, attempts: 1 })]);
    expect(h.delivered.filter((d) => d.chatId === h!.room.id)).toHaveLength(1);
  });

  it('treats "@<bot name>" typed by hand as a mention', async () => {
    h = await startWechatHarness();
    const id = h.say(h.alice, `@地标助手 ${QUESTION}`, h.room);
    await h.processed(id);
    const reply = await waitFor(() => h!.delivered.find((d) => d.chatId === h!.room.id), 'reply in room');
    expect(reply.text).toMatch(/5月8日/);
  });

  it('stays silent on room chatter that does not mention it', async () => {
    h = await startWechatHarness();
    const chatter = h.say(h.alice, '大家中午去哪儿吃饭？', h.room);
    const question = h.say(h.alice, QUESTION, h.room);
    await h.processed(chatter);
    await h.processed(question);
    await h.sender.drain();
    expect(h.repliesTo(chatter)).toEqual([]);
    expect(h.repliesTo(question)).toEqual([]);
    expect(h.delivered).toEqual([]);
  });

  it('answers every message in a private chat, addressed to the contact', async () => {
    h = await startWechatHarness();
    const id = h.say(h.alice, QUESTION, h.self);
    await h.processed(id);
    const reply = await waitFor(() => h!.delivered.find((d) => d.chatId === h!.alice.id), 'private reply');
    expect(reply.text).toMatch(/5月8日/);
  });

  it('never answers its own messages nor another bot echoing its reply', async () => {
    h = await startWechatHarness();
    const id = h.say(h.alice, `@地标助手\u2005${QUESTION}`, h.room, [h.self]);
    await h.processed(id);
    const reply = await waitFor(() => h!.delivered.find((d) => d.chatId === h!.room.id), 'reply in room');
    // The reply comes back through the puppet as a message by the bot account itself.
    const own = await waitFor(() => h!.records.find((r) => r.msg === 'message ignored' && r.reason === 'self'), 'own message ignored');
    expect(h.db.prepare('SELECT COUNT(*) FROM inbox WHERE key = ?').pluck().get(`wechat:${String(own.msgId)}`)).toBe(0);
    // A relay bot in the room posts the same text again.
    const relay = h.mocker.createContact({ name: '转发机器人' });
    h.room.payload.memberIdList.push(relay.id);
    const echo = h.say(relay, reply.text, h.room);
    expect(await h.ignored(echo)).toBe('echo of own reply');
    expect(h.delivered.filter((d) => d.chatId === h!.room.id)).toHaveLength(1);
  });

  it('ignores rooms outside WECHAT_ROOMS entirely but still serves private chats', async () => {
    h = await startWechatHarness({ rooms: ['浙江省地标工作群'] });
    const inRoom = h.say(h.alice, `@地标助手\u2005${QUESTION}`, h.room, [h.self]);
    expect(await h.ignored(inRoom)).toBe('room not in WECHAT_ROOMS');
    const listed = h.mocker.createRoom({ topic: '浙江省地标工作群', memberIdList: [h.self.id, h.alice.id] });
    const allowed = h.say(h.alice, `@地标助手\u2005${QUESTION}`, listed, [h.self]);
    await h.processed(allowed);
    await waitFor(() => h!.delivered.find((d) => d.chatId === listed.id), 'reply in the listed room');
    const direct = h.say(h.alice, QUESTION, h.self);
    await h.processed(direct);
    await waitFor(() => h!.delivered.find((d) => d.chatId === h!.alice.id), 'private reply');
    expect(h.delivered.some((d) => d.chatId === h!.room.id)).toBe(false);
  });

  it('says it reads text only for pictures, voice and files in private chat; ignores unaddressed pictures in rooms', async () => {
    h = await startWechatHarness();
    const png = FileBox.fromBase64(Buffer.from('89504e470d0a1a0a', 'hex').toString('base64'), 'photo.png');
    const picture = h.say(h.alice, png, h.self);
    await h.processed(picture);
    const reply = await waitFor(() => h!.delivered.find((d) => d.chatId === h!.alice.id), 'reply to picture');
    expect(reply.text).toMatch(/只能读文字.*图片/);
    const video = h.say(h.alice, FileBox.fromBase64(Buffer.from('ftypmp42').toString('base64'), 'clip.mp4'), h.self);
    await h.processed(video);
    await waitFor(() => h!.delivered.find((d) => /视频/.test(d.text)), 'reply to video');
    // The mock's say() cannot make voice or file messages; emit them the way a puppet does.
    for (const [id, type, kind] of [['voice-1', 2, '语音'], ['file-1', 1, '文件']] as const) {
      h.mocker.MessageMock.create({ id, talkerId: h.alice.id, listenerId: h.self.id, timestamp: Date.now(), type });
      h.puppet.emit('message', { messageId: id });
      await h.processed(id);
      await waitFor(() => h!.delivered.find((d) => d.text.includes(kind)), `reply to ${kind}`);
    }
    const inRoom = h.say(h.alice, png, h.room);
    expect(await h.ignored(inRoom)).toBe('unaddressed media in room');
  });

  it('drops history the puppet replays from before start', async () => {
    h = await startWechatHarness();
    const old = h.mocker.MessageMock.create({
      id: 'history-1',
      talkerId: h.alice.id,
      listenerId: h.self.id,
      text: QUESTION,
      timestamp: Date.now() - 24 * 3600_000,
      type: 7,
    });
    h.puppet.emit('message', { messageId: old.id });
    expect(await h.ignored('history-1')).toBe('sent before start');
  });

  it('splits a long reply into numbered messages under the length limit, in order', async () => {
    const paragraph = (n: number): string => `第${n}段：${'地理标志运用促进重点联系指导名录申报工作要求。'.repeat(12)}`;
    const long = Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('\n\n');
    const step: Step = {
      name: 'long',
      async run(ctx, next) {
        if (ctx.message.text !== '长文') return next();
        ctx.reply(long);
        ctx.commit();
      },
    };
    h = await startWechatHarness({ steps: [step], adapter: { maxMessageChars: 500 } });
    const id = h.say(h.alice, '长文', h.self);
    await h.processed(id);
    const pieces = await waitFor(() => {
      const got = h!.delivered.filter((d) => d.chatId === h!.alice.id);
      return got.length > 1 && got.at(-1)?.text.startsWith(`（${got.length}/${got.length}）`) ? got : undefined;
    }, 'all pieces');
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    pieces.forEach((piece, i) => {
      expect([...piece.text].length).toBeLessThanOrEqual(500);
      expect(piece.text.startsWith(`（${i + 1}/${pieces.length}）\n`)).toBe(true);
    });
    const rejoined = pieces.map((p) => p.text.replace(/^（\d+\/\d+）\n/, '')).join('\n\n');
    expect(rejoined).toBe(long);
    // One outbox row, sent once.
    expect(await h.settled(id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
  });

  it('answers huge, empty-looking and hostile private messages in Chinese without crashing', async () => {
    h = await startWechatHarness();
    const huge = h.say(h.alice, '申报'.repeat(3000), h.self);
    await h.processed(huge);
    await waitFor(() => h!.delivered.find((d) => /太长/.test(d.text)), 'too-long reply');
    const hostile = h.say(h.alice, '\u0000\u202e🙂🙂 <script>alert(1)</script> \u0007', h.self);
    await h.processed(hostile);
    const [row] = await h.settled(hostile);
    expect(row?.text).toMatch(/[\u4e00-\u9fa5]/);
    expect(h.db.prepare('SELECT status FROM inbox WHERE key = ?').pluck().get(`wechat:${hostile}`)).toBe('done');
  });
});
