import { FileBox, type FileBoxInterface } from 'file-box';
import type { OutgoingMessage } from '../../src/platform.js';
import { t } from '../../src/texts.js';
import { splitText } from './chunks.js';

/** One WeChat message of a reply: a piece of text, or the exported file with the text to send if the puppet cannot. */
export type OutgoingPart = { kind: 'text'; text: string } | { kind: 'file'; file: FileBoxInterface; fallback: string };

/** The text sent instead of a file a platform cannot deliver, pointing to the web console. */
export function fileFallbackText(prefix: 'wechat' | 'wechat.wecom' | 'wecom_bot', name: string, consoleUrl?: string): string {
  return consoleUrl ? t(`${prefix}.file_fallback`, { name, url: consoleUrl }) : t(`${prefix}.file_fallback_no_url`, { name });
}

/** Splits a reply into the messages WeChat will show: the numbered text pieces, then the file. */
export function planParts(message: OutgoingMessage, text: string, maxChars: number, consoleUrl?: string): OutgoingPart[] {
  const parts: OutgoingPart[] = text ? splitText(text, maxChars).map((piece) => ({ kind: 'text', text: piece })) : [];
  if (message.file) {
    const fallback = fileFallbackText('wechat', message.file.name, consoleUrl);
    try {
      parts.push({ kind: 'file', file: FileBox.fromFile(message.file.path, message.file.name), fallback });
    } catch {
      // The export is gone from disk (cleaned up, another host): point to the console instead.
      parts.push({ kind: 'text', text: fallback });
    }
  }
  return parts;
}
