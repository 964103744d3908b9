import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { checkZip, DEFAULT_PARSE_LIMITS, textBudget, type ParseLimits } from './limits.js';
import { fromLines } from './plain.js';
import type { ParsedDocument } from './types.js';

/**
 * Reads a .docx file through mammoth's raw-text extraction (one paragraph per line), after the
 * archive passed the size and entry limits. Untrusted files go through `isolated.ts`.
 */
export async function readDocxDocument(path: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<ParsedDocument> {
  const zip = await readFile(path);
  checkZip(zip, limits);
  const result = await mammoth.extractRawText({ buffer: zip });
  textBudget(limits)(result.value);
  return fromLines(result.value.split(/\r?\n/), basename(path, extname(path)));
}
