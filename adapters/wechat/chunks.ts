import { createHash } from 'node:crypto';
import type { OutgoingMessage } from '../../src/platform.js';
import { t } from '../../src/texts.js';

/**
 * Text-only rendering and splitting shared by the WeChat and WeCom adapters: neither shows
 * cards, so the card's folded source becomes a plain "出处：…" line under the answer.
 */

/** The text a card-less platform shows for `message`: the body plus the folded source line. */
export function renderPlainText(message: OutgoingMessage): string {
  const parts = [message.text.trim()];
  const fold = message.card?.fold;
  if (fold?.title && !message.text.includes(fold.title)) parts.push(fold.title.trim());
  return parts.filter(Boolean).join('\n\n');
}

/** Measures a piece of text in the platform's unit (characters for WeChat, UTF-8 bytes for WeCom). */
export type Measure = (text: string) => number;

export const countChars: Measure = (text) => [...text].length;
export const countUtf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

// Preferred break points, strongest first: paragraph, line, sentence end, clause, anywhere.
const BREAKS: RegExp[] = [/\n\s*\n/g, /\n/g, /[。！？!?；;]/g, /[，,、：:\s]/g];

function cutPoint(text: string, max: number, measure: Measure): number {
  // The longest prefix (in code points) that fits.
  const chars = [...text];
  let fit = 0;
  let size = 0;
  for (const ch of chars) {
    const next = size + measure(ch);
    if (next > max) break;
    size = next;
    fit += ch.length;
  }
  if (fit >= text.length) return text.length;
  const window = text.slice(0, fit);
  for (const pattern of BREAKS) {
    let best = -1;
    for (const match of window.matchAll(pattern)) best = match.index + match[0].length;
    // A break in the first third would leave a tiny piece; fall through to a weaker break.
    if (best > fit / 3) return best;
  }
  return Math.max(1, fit);
}

/**
 * Splits `text` into pieces that each measure at most `max` including the "（1/3）" label,
 * breaking at paragraph, line or sentence ends where it can. One piece gets no label.
 */
export function splitText(text: string, max: number, measure: Measure = countChars): string[] {
  const trimmed = text.trim();
  if (measure(trimmed) <= max) return [trimmed];
  const label = (index: number, total: number): string => t('wechat.part', { index, total });
  // Reserve room for the widest label ("（99/99）"), so labelling never overflows a piece.
  const reserve = measure(label(99, 99)) + 1;
  const pieces: string[] = [];
  let rest = trimmed;
  while (rest.length > 0) {
    const cut = cutPoint(rest, max - reserve, measure);
    const piece = rest.slice(0, cut).trim();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  return pieces.map((piece, i) => `${label(i + 1, pieces.length)}\n${piece}`);
}

/**
 * Remembers how many pieces of a split message were already delivered, so when the outbox
 * retries a message that failed half-way (logout, rate limit), the delivered pieces are not
 * sent twice. In memory: a restart mid-message may repeat the pieces already sent.
 */
export interface ChunkProgress {
  /** How many pieces of this message already went out. */
  sent(chatId: string, text: string): number;
  record(chatId: string, text: string, count: number): void;
  done(chatId: string, text: string): void;
}

export function createChunkProgress(capacity = 1000): ChunkProgress {
  const progress = new Map<string, number>();
  const key = (chatId: string, text: string): string => createHash('sha256').update(chatId).update('\0').update(text).digest('base64url');
  return {
    sent: (chatId, text) => progress.get(key(chatId, text)) ?? 0,
    record(chatId, text, count) {
      const k = key(chatId, text);
      progress.delete(k);
      progress.set(k, count);
      if (progress.size > capacity) progress.delete(progress.keys().next().value as string);
    },
    done: (chatId, text) => {
      progress.delete(key(chatId, text));
    },
  };
}
