import { afterEach, describe, expect, it } from 'vitest';
import { createNominationDialog } from '../../src/nomination/dialog.js';
import { loadForm } from '../../src/nomination/form.js';
import { startWechatHarness, waitFor, type WechatHarness } from './harness.js';

let h: WechatHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('nomination dialog over WeChat', () => {
  it('runs the real nomination dialog: /申报 in a room continues in private chat', async () => {
    const nomination = createNominationDialog({ form: loadForm('knowledge'), knowledgeDir: 'knowledge', botName: '地标助手' });
    h = await startWechatHarness({ steps: [nomination.step] });
    const start = h.say(h.alice, '@地标助手\u2005/申报', h.room, [h.self]);
    await h.processed(start);
    const rows = await h.settled(start);
    expect(rows.filter((row) => row.chatId === h!.room.id)).toHaveLength(1);
    expect(rows.find((row) => row.chatId === h!.room.id)?.text).toMatch(/张科长.*私聊/);
    expect(rows.filter((row) => row.chatId === h!.alice.id).length).toBeGreaterThan(0);
    expect(nomination.drafts(h.db, 'wechat', h.alice.id)).toHaveLength(1);

    const privateBefore = h.delivered.filter((d) => d.chatId === h!.alice.id).length;
    const answer = h.say(h.alice, '金华火腿', h.self);
    await h.processed(answer);
    const next = await h.settled(answer);
    expect(next.every((row) => row.chatId === h!.alice.id)).toBe(true);
    await waitFor(() => h!.delivered.filter((d) => d.chatId === h!.alice.id).length > privateBefore, 'dialog reply in private chat');
    expect(h.delivered.filter((d) => d.chatId === h!.room.id)).toHaveLength(1);
    const privateTexts = h.delivered.filter((d) => d.chatId === h!.alice.id).map((d) => d.text);
    expect(privateTexts.some((text) => /【1\/\d+】.*地理标志名称/.test(text))).toBe(true);
    expect(privateTexts.some((text) => text.includes('金华火腿'))).toBe(true);
    const [draft] = nomination.drafts(h.db, 'wechat', h.alice.id);
    expect(Object.values(draft?.fields ?? {}).map((field) => field.raw)).toContain('金华火腿');
  });

});
