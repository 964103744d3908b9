import type { Block, ParsedDocument } from './types.js';

/**
 * Structure from plain lines (txt, docx, pdf): headings by their Chinese numbering, the title
 * from the first line and the doc number from its 〔YYYY〕N号 pattern.
 */

const DOC_NUMBER = /[\p{Script=Han}]{1,12}[〔［[(（]\s*\d{4}\s*[〕］\])）]\s*\d{1,4}\s*号/u;

const HEADINGS: [RegExp, number][] = [
  [/^第[一二三四五六七八九十百]+[章部分编]\s*\S*/, 1],
  [/^[一二三四五六七八九十]+\s*[、.．]\s*\S/, 1],
  [/^附\s*件\s*[0-9一二三四五六七八九十]*\s*[:：]?\s*\S{0,40}$/, 1],
  [/^[（(]\s*[一二三四五六七八九十]+\s*[）)]\s*\S/, 2],
  [/^第[一二三四五六七八九十百]+条/, 2],
];

/** Finds a doc number such as 国知办发运字〔2023〕14号 in a text. */
export function findDocNumber(text: string): string | undefined {
  return text.match(DOC_NUMBER)?.[0].replace(/\s+/g, '');
}

/** A heading level for a line, or 0 for body text. Long lines ending in 。 are paragraphs that begin with a number. */
export function headingLevel(line: string): number {
  const text = line.trim();
  for (const [pattern, level] of HEADINGS) {
    if (pattern.test(text)) {
      const short = text.length <= 40 && !/[。；;]$/.test(text);
      if (short) return level;
    }
  }
  return 0;
}

const looksLikeTitle = (line: string): boolean => line.length >= 4 && line.length <= 80 && !/[。；;，,:：]$/.test(line);

/** Builds a document from lines of text (paragraphs, one per line). */
export function fromLines(lines: string[], fallbackTitle: string): ParsedDocument {
  const clean = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  let title = fallbackTitle;
  let start = 0;
  // A title may wrap over two lines; join them while neither looks like a sentence.
  if (clean[0] && looksLikeTitle(clean[0]) && headingLevel(clean[0]) === 0 && !findDocNumber(clean[0])) {
    title = clean[0];
    start = 1;
    if (clean[1] && looksLikeTitle(clean[1]) && /通知|意见|办法|方案|规定|决定|公告$/.test(clean[1]) && !/通知|意见|办法|方案$/.test(title)) {
      title += clean[1];
      start = 2;
    }
  }
  const docNumber = findDocNumber(clean.slice(0, 8).join('\n')) ?? findDocNumber(title);
  const blocks: Block[] = clean.slice(start).map((text) => {
    const level = headingLevel(text);
    return level ? { kind: 'heading', text, level } : { kind: 'paragraph', text, level: 0 };
  });
  return { title, docNumber, meta: {}, blocks, indexed: true };
}
