import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { DEFAULT_PARSE_LIMITS, FileLimitError, textBudget, type ParseLimits } from './limits.js';
import { fromLines } from './plain.js';
import type { ParsedDocument } from './types.js';

/** pdfjs needs its CMaps for PDFs with non-embedded CJK fonts (common in government PDFs). */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_URL = `${join(PDFJS_DIR, 'cmaps')}/`;
const STANDARD_FONTS_URL = `${join(PDFJS_DIR, 'standard_fonts')}/`;

interface TextItem {
  str: string;
  hasEOL?: boolean;
}

/**
 * Reads a .pdf file's text layer with pdfjs (legacy build, which runs in Node without a DOM).
 * Lines come from the text items' end-of-line marks; a scanned PDF without a text layer yields
 * no text and is reported as skipped by the loader. Pages and text are counted against the
 * limits; untrusted files go through `isolated.ts`, whose memory cap and time limit cover what
 * a page count cannot (a stream that inflates without end, a loop in the file's structure).
 */
export async function readPdfDocument(path: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<ParsedDocument> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(path));
  const pdf = await getDocument({
    data,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
  }).promise;
  try {
    if (pdf.numPages > limits.maxPages) throw new FileLimitError(`${pdf.numPages} pages, more than ${limits.maxPages}`, 'too_many_pages', { pages: pdf.numPages, limit: limits.maxPages });
    const spend = textBudget(limits);
    const lines: string[] = [];
    for (let page = 1; page <= pdf.numPages; page++) {
      const content = await (await pdf.getPage(page)).getTextContent();
      let line = '';
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        spend(item.str);
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
    }
    return fromLines(joinWrappedLines(lines), basename(path, extname(path)));
  } finally {
    await pdf.destroy();
  }
}

/** PDF lines wrap mid-sentence; glue a line to the next unless it ends a sentence or is a heading-like short line. */
function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    current += line;
    if (/[。；！？:：]$/.test(line) || line.length < 28) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}
