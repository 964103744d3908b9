import type { Answer } from './types.js';
import type { TurnContext } from '../turn.js';
import type { CardButton, OutgoingMessage } from '../platform.js';
import { t } from '../texts.js';

/** Turns an answer into a reply: plain text that stands alone, plus a card with the clause folded and buttons. */
export function answerReply(answer: Answer, answerRef: string): OutgoingMessage {
  const first = answer.citations[0];
  if (answer.declined || !first) return { text: answer.answer };
  const buttons: CardButton[] = [
    { text: t('core.answer_buttons.source'), value: { kind: 'source', doc: first.doc, section: first.section } },
    { text: t('core.answer_buttons.helpful'), value: { kind: 'feedback', answer: answerRef, helpful: 'yes' } },
    { text: t('core.answer_buttons.unhelpful'), value: { kind: 'feedback', answer: answerRef, helpful: 'no' } },
  ];
  return {
    text: answer.answer,
    card: {
      title: t('core.answer_title'),
      fold: { title: t('core.answer_source', { source: `${first.title} · ${first.section}` }), text: first.quote },
      buttons,
    },
  };
}

export function answerMessage(ctx: TurnContext, answer: Answer): void {
  ctx.reply(answerReply(answer, `${ctx.message.platform}:${ctx.message.messageId}`));
}
