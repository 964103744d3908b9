import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

/**
 * Writes .docx files (zip archives) whose `word/document.xml` is huge once unpacked but small
 * on disk: the files an attacker uploads. The archive is written by hand (local headers,
 * central directory, end record), so the declared sizes are the true ones unless a test forges
 * them; the document part
 * is deflated as a stream and never held in memory whole.
 */

interface Part {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  crc: number;
  size: number;
  /** The unpacked size the archive claims, when it lies. */
  declared?: number;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';

const smallPart = (name: string, text: string): Part => {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
};

/** Deflates `chunks()` as one stream (level 9: runs of one character compress about 1000:1). */
async function streamedPart(name: string, chunks: () => Iterable<Buffer>): Promise<Part> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks()) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { name, data: Buffer.concat(out), crc, size };
}

async function writeZip(path: string, parts: Part[]): Promise<void> {
  const file = createWriteStream(path);
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.declared ?? part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(part.crc >>> 0, 16);
    header.writeUInt32LE(part.data.length, 20);
    header.writeUInt32LE(part.declared ?? part.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    file.write(Buffer.concat([local, name, part.data]));
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  file.end(Buffer.concat([directory, end]));
  await once(file, 'finish');
}

/** `unit` repeated to about `totalBytes`, in whole units, a megabyte at a time. */
function* repeated(unit: string, totalBytes: number): Iterable<Buffer> {
  const unitBytes = Buffer.byteLength(unit);
  const perBlock = Math.max(1, Math.floor((1 << 20) / unitBytes));
  const block = Buffer.from(unit.repeat(perBlock));
  let units = Math.floor(totalBytes / unitBytes);
  for (; units >= perBlock; units -= perBlock) yield block;
  if (units > 0) yield block.subarray(0, units * unitBytes);
}

/**
 * A zip bomb: `word/document.xml` is `mib` MiB of short paragraphs (64 MiB packs to about
 * 200 KB). `declaredBytes` forges the size its directory claims for that part.
 */
export async function writeParagraphBombDocx(path: string, mib: number, declaredBytes?: number): Promise<void> {
  const bodyBytes = mib * 1024 * 1024 - Buffer.byteLength(DOC_HEAD + DOC_TAIL);
  const paragraph = '<w:p><w:r><w:t>地理标志</w:t></w:r></w:p>';
  const document = await streamedPart('word/document.xml', function* () {
    yield Buffer.from(DOC_HEAD);
    yield* repeated(paragraph, bodyBytes);
    yield Buffer.from(DOC_TAIL);
  });
  document.declared = declaredBytes;
  await writeZip(path, [smallPart('[Content_Types].xml', CONTENT_TYPES), smallPart('_rels/.rels', ROOT_RELS), document]);
}

/** One paragraph holding one text run of `mib` MiB of a single letter (1024 MiB packs to about 1 MB). */
export async function writeHugeRunDocx(path: string, mib: number): Promise<void> {
  const document = await streamedPart('word/document.xml', function* () {
    yield Buffer.from(`${DOC_HEAD}<w:p><w:r><w:t>`);
    yield* repeated('a', mib * 1024 * 1024);
    yield Buffer.from(`</w:t></w:r></w:p>${DOC_TAIL}`);
  });
  await writeZip(path, [smallPart('[Content_Types].xml', CONTENT_TYPES), smallPart('_rels/.rels', ROOT_RELS), document]);
}

/** A valid, small .docx (a title, a heading, a sentence) with `count` extra parts: with thousands, an archive with too many entries. */
export async function writeManyPartsDocx(path: string, count: number): Promise<void> {
  const paragraphs = ['测试通知', '一、要求', '请按时报送材料。'].map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  const document = smallPart('word/document.xml', `${DOC_HEAD}${paragraphs}${DOC_TAIL}`);
  const extra = Array.from({ length: count }, (_, i) => smallPart(`customXml/item${i}.xml`, '<a/>'));
  await writeZip(path, [smallPart('[Content_Types].xml', CONTENT_TYPES), smallPart('_rels/.rels', ROOT_RELS), document, ...extra]);
}
