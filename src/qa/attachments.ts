import { t } from '../texts.js';
import type { Chunk } from './chunk.js';

/**
 * A notice's attachments by number, read from its 附件 section ("1. 地理标志运用促进重点联系指导名录
 * 申报书(2023年)"), so that an answer quoting "见附件1、2" can say what they are.
 */

/** A line of an attachment list: its number and title. */
const LISTED = /^(\d{1,2})\s*[.、．]\s*(\S.*?)\s*$/u;
/** A reference in a quote: "附件1、2", "附件2", "附件1和附件2". */
const REFERENCE = /附件\s*(\d{1,2}(?:\s*[、,，和及与至-]\s*(?:附件\s*)?\d{1,2})*)/gu;

export type AttachmentTitles = ReadonlyMap<string, ReadonlyMap<number, string>>;

/** Every notice's attachment titles by number (notices without an attachment list are absent). */
export function attachmentTitles(chunks: readonly Chunk[]): AttachmentTitles {
  const byDoc = new Map<string, Map<number, string>>();
  for (const chunk of chunks) {
    if (!/^附件/u.test(chunk.section)) continue;
    for (const sentence of chunk.sentences) {
      const listed = LISTED.exec(sentence.trim());
      if (!listed) continue;
      const titles = byDoc.get(chunk.doc) ?? new Map<number, string>();
      byDoc.set(chunk.doc, titles);
      if (!titles.has(Number(listed[1]))) titles.set(Number(listed[1]), listed[2]!.replace(/[。；;]$/u, ''));
    }
  }
  return byDoc;
}

/** What the attachments a quote refers to are ("（附件1：…；附件2：…）"), or '' when it names none this notice lists. */
export function attachmentNote(quote: string, titles: ReadonlyMap<number, string> | undefined): string {
  if (!titles) return '';
  const numbers = new Set<number>();
  for (const match of quote.matchAll(REFERENCE)) for (const digits of match[1]!.match(/\d{1,2}/gu) ?? []) numbers.add(Number(digits));
  const named = [...numbers].filter((n) => titles.has(n) && !quote.includes(titles.get(n)!));
  if (named.length === 0) return '';
  return t('qa.attachments', { items: named.map((n) => t('qa.attachment_item', { n, title: titles.get(n)! })).join('；') });
}
