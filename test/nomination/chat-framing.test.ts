import { describe, expect, it } from 'vitest';
import { withoutChatFraming } from '../../src/nomination/chat-framing.js';
import { readMessage } from '../../src/nomination/reading.js';
import { field, form } from './dialog-fixture.js';

/**
 * A forwarded or merged chat pasted into the dialog: its markers, speaker lines and times go,
 * what was said stays; labels, names given as answers and bracketed labels are never taken for
 * framing.
 */

const SAID = '恩施玉露是地理标志产品，湖北省，批准公告2007年第86号';
const FRAMES: Array<[string, string]> = [
  ['merged chat with speaker and time', `[聊天记录]\n张局 10:32\n${SAID}`],
  ['speaker with date and time', `张局 2023-04-12 10:32\n${SAID}`],
  ['speaker and a spoken time', `王主任 下午3:05\n${SAID}`],
  ['forward marker with the speaker on its line', `[转发] 叶科长：\n${SAID}`],
  ['speaker in brackets before the words', `【叶科长】${SAID}`],
  ['marker line in full-width brackets', `【转发】\n${SAID}`],
  ['chat title line', `工作群的聊天记录\n李明 9:41\n${SAID}`],
  ['titled speaker on a line of their own', `刘局长：\n${SAID}`],
];

describe('a forwarded chat read without its framing', () => {
  for (const [name, text] of FRAMES) {
    it(`keeps only what was said: ${name}`, () => {
      expect(withoutChatFraming(text)).toBe(SAID);
    });
  }

  for (const text of ['【联系人】王芳', '联系人：\n王芳', '支持措施：\n1. 出台办法', '王芳：\n电话13912345678', '【叶科长】', '时间 10:30', '产值：3.5亿元']) {
    it(`leaves what is no framing alone: ${JSON.stringify(text)}`, () => {
      expect(withoutChatFraming(text)).toBe(text);
    });
  }

  it('takes off quotation marks around a colleague’s words quoted whole', () => {
    expect(withoutChatFraming('转一下同事的微信：“2022年总产值83.5亿元，其中出口1.05亿元。”')).toBe('2022年总产值83.5亿元，其中出口1.05亿元。');
    expect(withoutChatFraming('“产值3亿，出口没有”')).toBe('产值3亿，出口没有');
  });

  it('keeps a quoted name or a quoted word as typed', () => {
    for (const text of ['开展“洛川苹果 中国红”品牌推广活动。', '他说：“好的”', '措施：开展“一品一码”管理，建设基地']) expect(withoutChatFraming(text)).toBe(text);
  });

  it('reads the colleague’s values once the framing is gone', () => {
    const read = readMessage(form, {}, field('annual_output_value'), withoutChatFraming('张局 10:35\n去年产值是36.8亿，出口6500万元'));
    expect(read.values.annual_output_value?.value).toBe(3_680_000_000);
    expect(read.values.export_value?.value).toBe(65_000_000);
    expect(read.unread).toEqual([]);
  });
});
