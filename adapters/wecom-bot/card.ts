import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { CardButton, OutgoingMessage } from '../../src/platform.js';

/**
 * `OutgoingMessage` → WeCom smart-robot bodies. Text goes as markdown (the answer, then the
 * cited clause as a quote); buttons become a `button_interaction` template card whose button
 * keys carry the `CardButton.value` back in `template_card_event`.
 */

/** Template-card limits as WeCom documents them (characters; keys in bytes). */
export const CARD_TITLE_MAX = 26;
export const CARD_TEXT_MAX = 112;
export const CARD_BUTTON_TEXT_MAX = 10;
export const CARD_BUTTONS_MAX = 6;
export const CARD_KEY_MAX_BYTES = 1024;

const clip = (text: string, max: number): string => (Array.from(text).length > max ? `${Array.from(text).slice(0, max - 1).join('')}…` : text);

/** The button's value as its key (JSON); undefined when too long for WeCom. */
export function encodeKey(value: Record<string, string>): string | undefined {
  const key = JSON.stringify(value);
  return Buffer.byteLength(key) <= CARD_KEY_MAX_BYTES ? key : undefined;
}

const actionValueSchema = z.record(z.string(), z.string());

/** A pressed key back to the value; undefined for keys that are not ours. */
export function decodeKey(key: string): Record<string, string> | undefined {
  try {
    const parsed = actionValueSchema.safeParse(JSON.parse(key));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The text as markdown: the message's markdown or text, then the folded clause as a quote. */
export function markdownOf(message: OutgoingMessage): string {
  const body = (message.markdown ?? message.text).trim();
  const fold = message.card?.fold;
  if (!fold) return body;
  const quote = fold.text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return `${body}\n\n**${fold.title}**\n${quote}`;
}

/** Stable per message and reply, so a resent stream updates the message instead of adding one. */
export const streamIdOf = (messageId: string): string => createHash('sha256').update(`gi-bot:${messageId}`).digest('hex').slice(0, 32);

export interface SentCard {
  title: string;
  buttons: CardButton[];
}

export type TemplateCard = Record<string, unknown> & { task_id: string };

/** The buttons that fit a card (count, text length, key size). */
function cardButtons(buttons: CardButton[]): { text: string; style: number; key: string }[] {
  return buttons.slice(0, CARD_BUTTONS_MAX).flatMap((button) => {
    const key = encodeKey(button.value);
    return key ? [{ text: clip(button.text, CARD_BUTTON_TEXT_MAX), style: button.style === 'primary' ? 1 : button.style === 'danger' ? 3 : 2, key }] : [];
  });
}

/**
 * A `button_interaction` card for a message with buttons; `withText` puts the message text in
 * the card (for pushes, where no stream carries it) and is refused when the text is too long.
 */
export function buttonCard(message: OutgoingMessage, taskId: string, withText: boolean): TemplateCard | undefined {
  const buttons = cardButtons(message.card?.buttons ?? []);
  if (buttons.length === 0) return undefined;
  const text = message.text.trim();
  if (withText && Array.from(text).length > CARD_TEXT_MAX) return undefined;
  const title = message.card?.title ?? text.split('\n')[0] ?? '';
  return {
    card_type: 'button_interaction',
    main_title: { title: clip(title, CARD_TITLE_MAX) },
    ...(withText ? { sub_title_text: text } : {}),
    button_list: buttons,
    task_id: taskId,
  };
}

/** The card shown after a press: the title and the choice, without buttons (the 5-second update). */
export function pressedCard(card: SentCard, key: string, taskId: string, pressedText: (choice: string) => string): TemplateCard {
  const choice = card.buttons.find((button) => encodeKey(button.value) === key)?.text ?? '';
  return {
    card_type: 'text_notice',
    main_title: { title: clip(card.title, CARD_TITLE_MAX) },
    sub_title_text: clip(pressedText(choice), CARD_TEXT_MAX),
    task_id: taskId,
  };
}

/** A fresh task id (letters, digits, `_`; WeCom wants it unique per card). */
export const newTaskId = (): string => `gi_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;
