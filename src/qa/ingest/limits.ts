import { inflateRawSync } from 'node:zlib';
import type { SkipKind } from '../types.js';

/**
 * What an untrusted knowledge file may cost to read. A .docx is a zip archive: its declared
 * and its actual unpacked sizes are both checked before any parser sees it, so a zip bomb is
 * refused in milliseconds; what passes is still parsed in a worker with a memory cap and a
 * time limit (`isolated.ts`), which catches what no size rule foresees.
 */
export interface ParseLimits {
  /** Bytes on disk, any format. */
  maxFileBytes: number;
  /** Bytes of all parts of an archive once unpacked. */
  maxUnpackedBytes: number;
  /** Parts (entries) of an archive. */
  maxEntries: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Characters of text one file may yield. */
  maxTextChars: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxUnpackedBytes: 32 * 1024 * 1024,
  maxEntries: 2000,
  maxPages: 1000,
  maxTextChars: 8 * 1024 * 1024,
};

/** A file refused by a limit; its message is the reason logged with the file's name. */
export class FileLimitError extends Error {
  override readonly name = 'FileLimitError';
  constructor(
    message: string,
    readonly kind: SkipKind,
    readonly params: Record<string, number> = {},
  ) {
    super(message);
  }
}

const MIB = 1024 * 1024;
const mibOf = (bytes: number): number => Math.round((bytes / MIB) * 10) / 10;
const mib = (bytes: number): string => `${mibOf(bytes)} MiB`;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function findEndOfDirectory(zip: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new FileLimitError('not a zip archive (a .docx must be one)', 'damaged');
}

/**
 * Checks a zip archive against the limits: the number of entries, the sizes its directory
 * declares, and then the sizes the entries really inflate to (a forged directory can lie),
 * never inflating more than the remaining budget.
 */
export function checkZip(zip: Buffer, limits: ParseLimits): void {
  const end = findEndOfDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  const unpackLimit = { limit: mibOf(limits.maxUnpackedBytes) };
  if (entries === 0xffff) throw new FileLimitError('a ZIP64 archive: too large for a notice', 'unpacks_too_large', unpackLimit);
  if (entries > limits.maxEntries) throw new FileLimitError(`${entries} parts in the archive, more than ${limits.maxEntries}`, 'too_many_parts', { parts: entries, limit: limits.maxEntries });
  const parts: { method: number; packed: number; offset: number }[] = [];
  let declared = 0;
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new FileLimitError('a damaged zip directory', 'damaged');
    const packed = zip.readUInt32LE(at + 20);
    const unpacked = zip.readUInt32LE(at + 24);
    if (packed === 0xffffffff || unpacked === 0xffffffff) throw new FileLimitError('a ZIP64 archive: too large for a notice', 'unpacks_too_large', unpackLimit);
    declared += unpacked;
    parts.push({ method: zip.readUInt16LE(at + 10), packed, offset: zip.readUInt32LE(at + 42) });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  const tooLarge = (): FileLimitError => new FileLimitError(`unpacks to more than ${mib(limits.maxUnpackedBytes)} (a zip bomb?)`, 'unpacks_too_large', unpackLimit);
  if (declared > limits.maxUnpackedBytes) throw tooLarge();
  let budget = limits.maxUnpackedBytes;
  for (const part of parts) {
    if (part.offset + 30 > zip.length || zip.readUInt32LE(part.offset) !== LOCAL_HEADER) throw new FileLimitError('a damaged zip entry', 'damaged');
    const start = part.offset + 30 + zip.readUInt16LE(part.offset + 26) + zip.readUInt16LE(part.offset + 28);
    const data = zip.subarray(start, start + part.packed);
    let size: number;
    if (part.method === 0) size = data.length;
    else if (part.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        throw new FileLimitError('a damaged zip entry', 'damaged');
      }
    } else throw new FileLimitError(`zip compression method ${part.method} is not supported`, 'damaged');
    if (size > budget) throw tooLarge();
    budget -= size;
  }
}

/** Counts characters as a reader produces them, refusing a file past the text limit. */
export function textBudget(limits: ParseLimits): (text: string) => void {
  let total = 0;
  return (text) => {
    total += text.length;
    if (total > limits.maxTextChars) throw new FileLimitError(`more than ${limits.maxTextChars} characters of text`, 'too_much_text', { limit: limits.maxTextChars });
  };
}
