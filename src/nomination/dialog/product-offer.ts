import type { Form } from '../form.js';
import { readMessage } from '../reading.js';
import { isAboutSender } from './start-request.js';
import { isQuestionLike } from './intents.js';
import { nameShaped } from './product-name.js';

/**
 * A first message that is only a product's name ("洛川苹果") may be a wish to nominate it, or
 * anything else: the bot offers the form rather than opening one. The offer is taken by a yes or
 * by an answer to the form's next question ("陕西省", "地理标志产品"); anything else drops it.
 */

const NAME_LENGTH = { min: 3, max: 10 };

/** The product a message names and nothing else; undefined for anything else. */
export function bareProduct(text: string): string | undefined {
  const name = text.trim().replace(/[。.!！~～]+$/u, '');
  if (name.length < NAME_LENGTH.min || name.length > NAME_LENGTH.max || isQuestionLike(name)) return undefined;
  return nameShaped(name) ? name : undefined;
}

/** Whether `text`, sent after the offer, answers the form's questions after the name and nothing else. */
export function answersOffer(form: Form, text: string): boolean {
  const [name, next] = form.fields;
  // "我是湖北省局的小周" tells who writes, not where the product is from
  if (!name || !next || isQuestionLike(text) || isAboutSender(text)) return false;
  const read = readMessage(form, {}, next, text);
  return Object.keys(read.values).length > 0 && !(name.id in read.values) && read.unread.length === 0;
}
