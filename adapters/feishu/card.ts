import type { CardButton, OutgoingMessage, ReplyCard } from '../../src/platform.js';

/**
 * `OutgoingMessage` → Feishu message content. A message with a `card` becomes an interactive
 * card (JSON 2.0): the answer, the cited clause in a collapsed panel, and callback buttons
 * whose `value` comes back in `card.action.trigger`. Everything else is plain text.
 */

export interface FeishuContent {
  msgType: 'text' | 'interactive' | 'file';
  /** The `content` field: a JSON string, as the message APIs want it. */
  content: string;
}

const BUTTON_TYPES: Record<NonNullable<CardButton['style']>, string> = {
  primary: 'primary',
  default: 'default',
  danger: 'danger',
};

function button(spec: CardButton): Record<string, unknown> {
  return {
    tag: 'button',
    text: { tag: 'plain_text', content: spec.text },
    type: BUTTON_TYPES[spec.style ?? 'default'],
    behaviors: [{ type: 'callback', value: spec.value }],
  };
}

/** The card JSON (an object); `toFeishuContent` serializes it. */
export function buildCard(message: OutgoingMessage, card: ReplyCard): Record<string, unknown> {
  const elements: Record<string, unknown>[] = [{ tag: 'markdown', content: message.markdown ?? message.text }];
  if (card.fold) {
    elements.push({
      tag: 'collapsible_panel',
      expanded: false,
      header: { title: { tag: 'markdown', content: card.fold.title } },
      elements: [{ tag: 'markdown', content: card.fold.text }],
    });
  }
  if (card.buttons?.length) {
    elements.push({
      tag: 'column_set',
      flex_mode: 'flow',
      columns: card.buttons.map((spec) => ({ tag: 'column', width: 'auto', elements: [button(spec)] })),
    });
  }
  return {
    schema: '2.0',
    config: { update_multi: true },
    ...(card.title ? { header: { title: { tag: 'plain_text', content: card.title }, template: 'blue' } } : {}),
    body: { elements },
  };
}

export function toFeishuContent(message: OutgoingMessage): FeishuContent {
  if (message.card) return { msgType: 'interactive', content: JSON.stringify(buildCard(message, message.card)) };
  return { msgType: 'text', content: JSON.stringify({ text: message.text }) };
}

/** Feishu's `file_type` for an upload, from the file name. */
export function feishuFileType(name: string): 'opus' | 'mp4' | 'pdf' | 'doc' | 'xls' | 'ppt' | 'stream' {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'doc' || ext === 'docx') return 'doc';
  if (ext === 'xls' || ext === 'xlsx') return 'xls';
  if (ext === 'ppt' || ext === 'pptx') return 'ppt';
  if (ext === 'mp4') return 'mp4';
  if (ext === 'opus') return 'opus';
  return 'stream';
}
