import mammoth from 'mammoth';
import { basename, extname } from 'node:path';
import { fromLines } from './plain.js';
import type { ParsedDocument } from './types.js';

/** Reads a .docx file through mammoth's raw-text extraction (one paragraph per line). */
export async function readDocxDocument(path: string): Promise<ParsedDocument> {
  const result = await mammoth.extractRawText({ path });
  return fromLines(result.value.split(/\r?\n/), basename(path, extname(path)));
}
