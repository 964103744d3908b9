import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fromLines } from './plain.js';
import type { ParsedDocument } from './types.js';

/** Reads a .txt file (UTF-8, with or without BOM). */
export async function readTextDocument(path: string): Promise<ParsedDocument> {
  const buffer = await readFile(path);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  return fromLines(text.replace(/^\ufeff/, '').split(/\r?\n/), basename(path, extname(path)));
}
