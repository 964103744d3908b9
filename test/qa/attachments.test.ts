import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/qa/chunk.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { attachmentNote, attachmentTitles } from '../../src/qa/attachments.js';
import { shippedQa } from './helpers/shipped.js';

const notice = (doc: string, list: string[]): SourceDocument => ({
  doc,
  file: `${doc}.md`,
  title: '示范通知',
  meta: {},
  blocks: [
    { kind: 'paragraph', text: '请于5月8日前报送申报书(申报书和推荐名额分别见附件1、2)。', level: 0 },
    { kind: 'heading', text: '附件', level: 1 },
    ...list.map((text) => ({ kind: 'paragraph' as const, text, level: 0 })),
  ],
});

describe('what the attachments a clause refers to are', () => {
  const titles = attachmentTitles(chunkDocument(notice('a', ['1. 名录申报书(2023年)', '2、推荐名额分配表', '3．工作联系人信息表'])));

  it('reads a notice\'s attachment list by number, whatever mark follows the number', () => {
    expect([...(titles.get('a') ?? new Map())]).toEqual([
      [1, '名录申报书(2023年)'],
      [2, '推荐名额分配表'],
      [3, '工作联系人信息表'],
    ]);
    expect(attachmentTitles(chunkDocument(notice('b', []))).has('b')).toBe(false);
  });

  it.each([
    ['分别见附件1、2', '（附件1：名录申报书(2023年)；附件2：推荐名额分配表）'],
    ['见附件1和附件3', '（附件1：名录申报书(2023年)；附件3：工作联系人信息表）'],
    ['联系人信息(附件3)电子件', '（附件3：工作联系人信息表）'],
    ['详见附件 2', '（附件2：推荐名额分配表）'],
  ])('names them after "%s"', (quote, note) => {
    expect(attachmentNote(quote, titles.get('a'))).toBe(note);
  });

  it('says nothing of an attachment the notice does not list, one the quote already names, or a notice without a list', () => {
    expect(attachmentNote('见附件9', titles.get('a'))).toBe('');
    expect(attachmentNote('附件2：推荐名额分配表', titles.get('a'))).toBe('');
    expect(attachmentNote('不涉及附件的句子', titles.get('a'))).toBe('');
    expect(attachmentNote('见附件1', undefined)).toBe('');
  });

  it('tells an officer asking where the quotas are what attachment 2 is, from the shipped notice', async () => {
    for (const q of ['各省推荐名额在哪里能查到', '各省名额表在哪看', '申报书模板在哪下载', '申报书的样表在哪']) {
      const { answer } = await (await shippedQa()).respond(q);
      expect(answer.declined).toBe(false);
      expect(answer.answer).toMatch(/附件[12]：(?:地理标志运用促进重点联系指导名录申报书|推荐名额分配表)/u);
    }
  });
});
