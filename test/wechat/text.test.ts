import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChars, countUtf8Bytes, renderPlainText, splitText } from '../../adapters/wechat/chunks.js';
import { stripBotMentions } from '../../adapters/wechat/normalize.js';

const unlabel = (piece: string): string => piece.replace(/^（\d+\/\d+）\n/, '');

describe('splitText', () => {
  it('keeps a short text whole and unlabelled', () => {
    expect(splitText('  申报截止时间是2023年5月8日。 ', 100)).toEqual(['申报截止时间是2023年5月8日。']);
  });

  it('breaks at paragraph ends before sentence ends', () => {
    const a = '甲'.repeat(60) + '。';
    const b = '乙'.repeat(60) + '。';
    const pieces = splitText(`${a}\n\n${b}`, 100);
    expect(pieces.map(unlabel)).toEqual([a, b]);
    expect(pieces[0]?.startsWith('（1/2）\n')).toBe(true);
  });

  it('breaks a paragraph at a sentence end, not mid-word', () => {
    const sentence = '请于2023年5月8日前将申报书电子件报送。';
    const pieces = splitText(sentence.repeat(10), 80);
    for (const piece of pieces) expect(unlabel(piece).endsWith('。')).toBe(true);
  });

  it('never exceeds the limit, loses nothing and keeps order, for any text (chars and UTF-8 bytes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.constantFrom(60, 200, 2048), fc.boolean(), (text, max, bytes) => {
        const measure = bytes ? countUtf8Bytes : countChars;
        const pieces = splitText(text, max, measure);
        for (const piece of pieces) expect(measure(piece)).toBeLessThanOrEqual(max);
        const squash = (s: string): string => s.replace(/\s+/g, '');
        expect(squash(pieces.map(unlabel).join(''))).toBe(squash(text));
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderPlainText', () => {
  it('adds the folded source under the answer and drops buttons', () => {
    const text = renderPlainText({
      text: '请于2023年5月8日前报送。',
      card: { fold: { title: '出处：通知 · 正文', text: '原文' }, buttons: [{ text: '有帮助', value: { kind: 'feedback' } }] },
    });
    expect(text).toBe('请于2023年5月8日前报送。\n\n出处：通知 · 正文');
  });
});

describe('stripBotMentions', () => {
  it('strips a member-list mention (U+2005) and a typed one, and reports it', () => {
    expect(stripBotMentions('@地标助手\u2005截止时间？', ['地标助手'])).toEqual({ text: '截止时间？', mentioned: true });
    expect(stripBotMentions('截止时间？@地标助手', ['地标助手'])).toEqual({ text: '截止时间？', mentioned: true });
    expect(stripBotMentions('＠地标助手：/申报', ['地标助手'])).toEqual({ text: '/申报', mentioned: true });
  });

  it('leaves other people’s mentions and look-alike names alone', () => {
    expect(stripBotMentions('@张科长\u2005截止时间？', ['地标助手'])).toEqual({ text: '@张科长 截止时间？', mentioned: false });
    expect(stripBotMentions('@地标助手小王 你好', ['地标助手'])).toMatchObject({ mentioned: false });
  });

  it('handles names with regex characters and emoji safely', () => {
    expect(stripBotMentions('@GI.bot(1)🌾 hi', ['GI.bot(1)🌾'])).toEqual({ text: 'hi', mentioned: true });
    expect(stripBotMentions('@GIxbot(1)🌾 hi', ['GI.bot(1)🌾']).mentioned).toBe(false);
  });
});
