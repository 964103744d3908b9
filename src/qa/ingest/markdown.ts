import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { findDocNumber, fromLines, headingLevel } from './plain.js';
import type { Block, ParsedDocument } from './types.js';

const frontMatterSchema = z
  .object({
    title: z.coerce.string().optional(),
    doc_number: z.coerce.string().optional(),
    index: z.boolean().optional(),
  })
  .catchall(z.unknown());

function metaValue(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return undefined;
}

/** An empty front matter value ("" where a copy lacked the title) counts as absent. */
const present = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);

/**
 * Reads a Markdown file: YAML front matter (title, doc_number, index: false …) and # headings.
 * HTML comments (editors' notes such as "附件未收录") are not part of the text. A notice with no
 * title anywhere is titled by its doc number.
 */
export async function readMarkdownDocument(path: string): Promise<ParsedDocument> {
  const parsed = await readMarkdown(path);
  return { ...parsed, title: parsed.title || parsed.docNumber || basename(path, extname(path)) };
}

async function readMarkdown(path: string): Promise<ParsedDocument> {
  const source = (await readFile(path, 'utf8')).replace(/^\ufeff/, '');
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  const raw = frontMatterSchema.parse((match ? parse(match[1]!) : undefined) ?? {});
  const front = { ...raw, title: present(raw.title), doc_number: present(raw.doc_number) };
  // A front matter that names no doc number means the notice has none: a 〔YYYY〕N号 in its first
  // lines is then another notice's (the one it cites).
  const detectNumber = !('doc_number' in raw);
  const body = (match ? source.slice(match[0].length) : source).replace(/<!--[\s\S]*?-->/g, '');
  const meta: Record<string, string> = {};
  for (const [key, value] of Object.entries(front)) {
    const text = metaValue(value);
    if (present(text) !== undefined && key !== 'index') meta[key] = text!;
  }
  const lines = body.split(/\r?\n/);
  const hasMarkdownHeadings = lines.some((line) => /^#{1,6}\s/.test(line));
  if (!hasMarkdownHeadings) {
    const plain = fromLines(lines, front.title ?? '');
    return { ...plain, title: front.title ?? plain.title, docNumber: front.doc_number ?? (detectNumber ? plain.docNumber : undefined), meta, indexed: front.index !== false };
  }
  let title = front.title;
  const blocks: Block[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    if (heading) {
      const text = heading[2]!.trim();
      if (heading[1] === '#' && (!title || text === title)) {
        title ??= text;
        continue;
      }
      blocks.push({ kind: 'heading', text, level: Math.max(1, heading[1]!.length - 1) });
    } else {
      const text = line.replace(/^[-*+]\s+/, '').replace(/\*\*|__|`/g, '');
      const level = headingLevel(text);
      blocks.push(level ? { kind: 'heading', text, level } : { kind: 'paragraph', text, level: 0 });
    }
  }
  title ??= '';
  const docNumber = front.doc_number ?? (detectNumber ? findDocNumber(blocks.slice(0, 4).map((b) => b.text).join('\n')) : undefined);
  return { title, docNumber, meta, blocks, indexed: front.index !== false };
}
