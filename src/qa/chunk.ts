import { t } from '../texts.js';
import type { SourceDocument } from './ingest/types.js';
import { documentProgrammes, programmeLabels } from './scope.js';
import { untitledLead } from './untitled-lead.js';

/**
 * Section-aware chunking: each chunk stays inside one heading (一、… / （一）/ 附件 / #),
 * holds whole sentences and is small enough to quote. Sentences are the answer units.
 */

/** A quotable piece of one section of one document. */
export interface Chunk {
  /** `${doc}#${position}` */
  id: string;
  doc: string;
  title: string;
  docNumber?: string;
  /** Heading path, e.g. "二、加大政策扶持力度" or "一、总体要求 › （二）工作目标". */
  section: string;
  /** Order of the chunk in its document. */
  position: number;
  text: string;
  /** The chunk's sentences, in order; their concatenation is `text`. */
  sentences: string[];
  /** Its notice's programme names (名录, 保护工程 …): part of every chunk's searchable context. */
  topic: string;
  /** An untitled copy's opening (`untitledLead`): words of its notice's matter no part need repeat. */
  lead?: string;
}

/** Whether the title is the notice's own, not the doc number or file name an untitled copy stands under. */
export const hasOwnTitle = (chunk: Pick<Chunk, 'doc' | 'title' | 'docNumber'>): boolean =>
  chunk.title !== chunk.docNumber && chunk.title !== chunk.doc.split('/').pop();

/** Longest sentence kept whole; longer ones are cut at clause boundaries. */
const MAX_SENTENCE = 150;
/** Longest chunk. */
const MAX_CHUNK = 320;

/** Splits at sentence ends (。；！？ and half-width forms), keeping closing quotes with their sentence. */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.match(/[^。；;！!？?]+(?:[。；;！!？?]+[”’」』)）]*|$)/g) ?? [];
  const sentences: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    if (part.length <= MAX_SENTENCE) sentences.push(part);
    else sentences.push(...splitClauses(part));
  }
  return sentences;
}

/** Cuts an over-long sentence at commas/colons into pieces of about equal length, none over MAX_SENTENCE. */
function splitClauses(sentence: string): string[] {
  const clauses = sentence.match(/[^，,：:]+(?:[，,：:]|$)/g) ?? [sentence];
  const target = sentence.length / Math.ceil(sentence.length / MAX_SENTENCE);
  const pieces: string[] = [];
  let current = '';
  for (const clause of clauses) {
    if (current && (current.length >= target || current.length + clause.length > MAX_SENTENCE)) {
      pieces.push(current);
      current = '';
    }
    current += clause;
    while (current.length > MAX_SENTENCE) {
      pieces.push(current.slice(0, MAX_SENTENCE));
      current = current.slice(MAX_SENTENCE);
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** True when a sentence ends a sentence (rather than being a clause piece of a longer one). */
export const endsSentence = (text: string): boolean => /[。；;！!？?][”’」』)）]*$/.test(text.trim());

/** Lines up to this long are list lines (电话:…, 1. …): they join the chunk before them. */
const SHORT_LINE = 60;

/**
 * A short line ending in a colon ("联系方式:") introduces the lines after it: it and they stay with
 * the paragraph before, which says what they are for ("如有不同意见,可以通过电话、传真…反映").
 */
const LEAD_IN = /^.{1,20}[:：]$/;

/** Closing paragraphs of a notice ("请各省…", "特此通知") belong to the body, not to the last numbered section. */
const CLOSING = /^(请各|请于|请在|特此|以上|联系人|联系电话|联系方式)/;

function formatDate(value: string): string {
  const match = value.match(/^(\d{4})-(\d{1,2})-(\d{1,2})/);
  return match ? t('qa.date', { year: match[1]!, month: Number(match[2]), day: Number(match[3]) }) : value;
}

/** The issuer's name or the date under a notice: its own chunk, not part of the last section. */
function isSignature(text: string, document: SourceDocument): boolean {
  const line = text.trim();
  return /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(line) || (line.length < 30 && line === document.meta.issuer);
}

// The title is left out: every citation names it, and as a sentence it would match every question about the topic.
const META_KEYS = ['doc_number', 'issuer', 'signed', 'published'] as const;

/** The document facts (doc number, issuer, dates) as one quotable chunk. */
function metaSentences(document: SourceDocument): string[] {
  const values: Record<string, string | undefined> = { ...document.meta, doc_number: document.docNumber };
  return META_KEYS.flatMap((key) => {
    const value = values[key];
    return value ? [t(`qa.meta.${key}`, { value: key === 'signed' || key === 'published' ? formatDate(value) : value })] : [];
  });
}

/** The matter a lead-in announces (现就…有关事宜通知如下): what the parts that follow detail. */
const LEAD_IN_MATTER = /现就([^,，。;；:：]{4,60}?)(?:有关)?(?:事宜|事项)(?:通知|公告)如下/u;

/**
 * The matter of a copy that kept no title (it stands under its doc number), as its lead-in names
 * it (现就地理标志专用标志使用监管2023年度报告填报有关事宜通知如下 → 地理标志…填报): its title would
 * name it. Empty for a titled notice or a lead-in naming none.
 */
export function untitledMatter(document: SourceDocument): string {
  const number = document.docNumber?.replace(/\s+/g, '');
  if (document.title.trim() !== '' && document.title.replace(/\s+/g, '') !== number) return '';
  for (const block of document.blocks) {
    const matter = block.kind === 'paragraph' ? LEAD_IN_MATTER.exec(block.text)?.[1] : undefined;
    if (matter) return matter;
  }
  return '';
}

/** Chunks one document. */
export function chunkDocument(document: SourceDocument): Chunk[] {
  const chunks: Chunk[] = [];
  // An untitled copy's opening names its matter in every chunk's context, as a title does.
  const topic = [programmeLabels(documentProgrammes(document)), untitledMatter(document)].filter(Boolean).join(' ');
  const lead = untitledLead(document);
  const push = (section: string, sentences: string[]): void => {
    if (sentences.length === 0) return;
    const position = chunks.length;
    chunks.push({
      id: `${document.doc}#${position}`,
      doc: document.doc,
      title: document.title,
      docNumber: document.docNumber,
      section,
      position,
      text: sentences.map((s) => (/[。；;！!？?”’」』)）]$/.test(s) ? s : `${s} `)).join('').trim(),
      sentences,
      topic,
      ...(lead ? { lead } : {}),
    });
  };
  push(t('qa.meta_section'), metaSentences(document));

  const body = t('qa.body_section');
  const path: string[] = [];
  let section = body;
  let pending: string[] = [];
  let pendingLength = 0;
  let paragraphsInSection = 0;
  /** The pending chunk ends in a lead-in or the short lines it introduces. */
  let introduced = false;
  const flush = (): void => {
    push(section, pending);
    pending = [];
    pendingLength = 0;
  };
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      flush();
      path.length = Math.min(path.length, block.level - 1);
      path.push(block.text);
      section = path.join(' › ');
      paragraphsInSection = 0;
      continue;
    }
    if (isSignature(block.text, document)) {
      flush();
      push(body, [block.text]);
      continue;
    }
    if (paragraphsInSection > 0 && section !== body && CLOSING.test(block.text)) {
      flush();
      path.length = 0;
      section = body;
    }
    paragraphsInSection++;
    const sentences = splitSentences(block.text);
    const line = block.text.trim();
    const leadIn = LEAD_IN.test(line);
    const listed: boolean = introduced && line.length <= SHORT_LINE;
    // A new paragraph starts a new chunk unless the current one holds only short lines (lists).
    if (pendingLength > SHORT_LINE && !leadIn && !listed) flush();
    introduced = leadIn || listed;
    for (const sentence of sentences) {
      if (pendingLength + sentence.length > MAX_CHUNK) flush();
      pending.push(sentence);
      pendingLength += sentence.length;
    }
  }
  flush();
  return chunks;
}
