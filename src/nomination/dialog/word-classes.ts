import { withoutClosingStop } from '../discourse.js';
import { withoutEmoji } from '../../text/emoji.js';

/** Reading a short message as nothing but words of a few classes (a resume request, a closing). */

export interface ClassVocabulary<C extends string> {
  words: Array<{ cls: C; text: string }>;
}

/** The words of every class, longest first, for `readAs`. */
export function classVocabulary<C extends string>(classes: Record<C, string[]>): ClassVocabulary<C> {
  const words = (Object.entries(classes) as Array<[C, string[]]>)
    .flatMap(([cls, list]) => list.map((text) => ({ cls, text })))
    .sort((a, b) => b.text.length - a.text.length);
  return { words };
}

/** One way to read `text` as words of the classes, longest words first; undefined when some part is another word. */
export function readAs<C extends string>(vocabulary: ClassVocabulary<C>, text: string, at = 0, dead = new Set<number>()): C[] | undefined {
  if (at === text.length) return [];
  if (dead.has(at)) return undefined;
  for (const word of vocabulary.words) {
    if (!text.startsWith(word.text, at)) continue;
    const rest = readAs(vocabulary, text, at + word.text.length, dead);
    if (rest) return [word.cls, ...rest];
  }
  dead.add(at);
  return undefined;
}

/**
 * Every clause of `message` (parted by commas, stops and spaces) read by `readAs`: the classes in
 * order, or undefined when some clause is other words. A clause `skip` accepts is left out.
 */
export function readClauses<C extends string>(vocabulary: ClassVocabulary<C>, message: string, skip: (clause: string) => boolean = () => false): C[] | undefined {
  const classes: C[] = [];
  for (const clause of message.split(/[，,、；;。.!！\s]+/u).filter(Boolean)) {
    const found = readAs(vocabulary, clause);
    if (!found && skip(clause)) continue;
    if (!found) return undefined;
    classes.push(...found);
  }
  return classes;
}


/**
 * A short message (`max` characters at most) read by `readClauses` as the closing and decline
 * readers see it: full-width letters folded (NFKC), emoji gone ("确认👌"), lower case, no closing
 * stop ("提交！"). Undefined when it is empty, longer, or holds other words.
 */
export function readShortMessage<C extends string>(vocabulary: ClassVocabulary<C>, text: string, max: number, skip?: (clause: string) => boolean): C[] | undefined {
  const message = withoutClosingStop(withoutEmoji(text.normalize('NFKC'), ' ').trim().toLowerCase());
  if (!message || message.length > max) return undefined;
  return readClauses(vocabulary, message, skip);
}
