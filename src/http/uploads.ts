import { existsSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

/** Notice formats the knowledge base reads. */
export const NOTICE_EXTENSIONS = ['.md', '.txt', '.docx', '.pdf'] as const;

export type UploadRefusal = 'no_file' | 'bad_name' | 'bad_type' | 'too_large' | 'empty' | 'bad_content' | 'exists';

const MAX_NAME = 80;

/**
 * A file name safe to create under KNOWLEDGE_DIR: the last path segment only, no control or
 * reserved characters, no leading dots, a known extension. Undefined when nothing usable is left.
 */
export function sanitizeFileName(name: string): string | undefined {
  const last = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const ext = extname(last).toLowerCase();
  if (!(NOTICE_EXTENSIONS as readonly string[]).includes(ext)) return undefined;
  const stem = last
    .slice(0, last.length - ext.length)
    .replace(/[^\p{L}\p{N}._\-()（）〔〕]+/gu, '_')
    .replace(/^[._]+/, '')
    .replace(/_+/g, '_')
    .slice(0, MAX_NAME - ext.length);
  return stem && !/^\.+$/.test(stem) ? `${stem}${ext}` : undefined;
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((byte, index) => bytes[index] === byte);

/** Checks the bytes are what the extension claims: PDF header, ZIP (docx) header, or UTF-8 text. */
export function contentMatches(fileName: string, bytes: Uint8Array): boolean {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.pdf') return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
  if (ext === '.docx') return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Validates and writes an uploaded notice into `dir` (atomically: temp file, then rename).
 * Returns the saved name or why it was refused.
 */
export function saveNotice(
  dir: string,
  upload: { name: string; bytes: Uint8Array },
  limits: { maxBytes: number; replace: boolean },
): { saved: string } | { refused: UploadRefusal } {
  if (!upload.name) return { refused: 'no_file' };
  if (!(NOTICE_EXTENSIONS as readonly string[]).includes(extname(upload.name).toLowerCase())) return { refused: 'bad_type' };
  const name = sanitizeFileName(upload.name);
  if (!name) return { refused: 'bad_name' };
  if (upload.bytes.byteLength === 0) return { refused: 'empty' };
  if (upload.bytes.byteLength > limits.maxBytes) return { refused: 'too_large' };
  if (!contentMatches(name, upload.bytes)) return { refused: 'bad_content' };
  const root = resolve(dir);
  const target = resolve(root, name);
  if (dirname(target) !== root || basename(target) !== name) return { refused: 'bad_name' };
  if (existsSync(target) && !limits.replace) return { refused: 'exists' };
  const temp = join(root, `.upload-${process.pid}-${Date.now()}.tmp`);
  writeFileSync(temp, upload.bytes);
  renameSync(temp, target);
  return { saved: name };
}

/** The notice files directly in `dir` (what the console lists and serves). */
export function listNotices(dir: string): { name: string; bytes: number; modified: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && (NOTICE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase()))
    .map((entry) => {
      const stat = statSync(join(dir, entry.name));
      return { name: entry.name, bytes: stat.size, modified: stat.mtime.toISOString() };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
