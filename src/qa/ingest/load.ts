import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { Logger } from '../../log.js';
import { createIsolatedParser, DEFAULT_ISOLATION, type IsolatedParser, type IsolationOptions } from './isolated.js';
import { FileLimitError } from './limits.js';
import { readMarkdownDocument } from './markdown.js';
import { readTextDocument } from './text.js';
import type { ParsedDocument, SourceDocument } from './types.js';
import type { SkippedFile } from '../types.js';
import { errorText } from '../../errors.js';
import { t } from '../../texts.js';

/** Text formats are read here; .docx and .pdf, where parsers can be made to blow up, in the parse process. */
const READERS: Record<string, (path: string, parser: IsolatedParser) => Promise<ParsedDocument>> = {
  '.md': readMarkdownDocument,
  '.txt': readTextDocument,
  '.docx': (path, parser) => parser.parse(path),
  '.pdf': (path, parser) => parser.parse(path),
};

/** The result of reading KNOWLEDGE_DIR: the documents, and every policy file that could not be read. */
export interface LoadResult {
  documents: SourceDocument[];
  skipped: SkippedFile[];
}

/** Why a file was skipped, in the words of `prompts/` (what people read on the knowledge page and from `gi-bot ingest`). */
export const skipReasonText = (skipped: Pick<SkippedFile, 'kind' | 'params'>): string => t(`qa.skip.${skipped.kind}`, skipped.params);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile() && READERS[extname(entry.name).toLowerCase()]) files.push(path);
  }
  return files;
}

const reasonOf = (error: unknown): string => errorText(error).split('\n')[0]!.slice(0, 200);

/**
 * Reads every .md, .txt, .docx and .pdf under `dir`, recursively. Other files (YAML data) are
 * ignored; a file whose front matter says `index: false` is left out; a file that cannot be read
 * is reported in `skipped` by name and the rest still load.
 */
export async function loadKnowledge(dir: string, log: Logger, isolation: IsolationOptions = DEFAULT_ISOLATION): Promise<LoadResult> {
  const result: LoadResult = { documents: [], skipped: [] };
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (error) {
    result.skipped.push({ file: dir, reason: `cannot read KNOWLEDGE_DIR: ${reasonOf(error)}`, kind: 'folder_unreadable' });
    return result;
  }
  const formats = (['pdf', 'docx'] as const).filter((format) => files.some((path) => extname(path).toLowerCase() === `.${format}`));
  const parser = createIsolatedParser(isolation, formats);
  try {
    for (const path of files) {
      const file = relative(dir, path).split(sep).join('/');
      try {
        const { size } = await stat(path);
        const { maxFileBytes } = isolation.limits;
        if (size > maxFileBytes) throw new FileLimitError(`${size} bytes, more than ${maxFileBytes}`, 'too_large', { size: Math.ceil(size / 1024), limit: Math.floor(maxFileBytes / 1024) });
        const parsed = await READERS[extname(path).toLowerCase()]!(path, parser);
        if (!parsed.indexed) continue;
        if (!parsed.blocks.some((block) => block.kind === 'paragraph')) {
          result.skipped.push({ file, reason: 'no text found (a scanned PDF needs OCR first)', kind: 'no_text' });
          continue;
        }
        const { indexed: _indexed, ...document } = parsed;
        result.documents.push({ ...document, doc: file.replace(/\.[^./]+$/, ''), file });
      } catch (error) {
        log.warn({ file, err: reasonOf(error) }, 'knowledge file skipped');
        result.skipped.push({ file, reason: reasonOf(error), ...(error instanceof FileLimitError ? { kind: error.kind, params: error.params } : { kind: 'unreadable' }) });
      }
    }
  } finally {
    parser.close();
  }
  return result;
}
