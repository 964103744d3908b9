import { A_NOT_A, DOMAIN_TERMS, QUESTION_MARKERS } from './lexicon.js';

const ASKS_A_NOT_A = new RegExp(A_NOT_A.source, 'u');

/** The asker speaking of themselves. */
const FIRST_PERSON = /我|咱|俺|本人/;

/**
 * The message without the asker's asides: a clause that asks nothing, speaks of the asker and
 * names nothing of the domain ("我写材料要用", "我在整理历年档案") says why they ask, not what.
 * Only beside a clause that asks; otherwise the message is left whole.
 */
export function withoutAsides(text: string): string {
  // The question mark closing the message does not make its last clause ask: officers end any message with one.
  const clauses = text.trim().replace(/[?？]$/, '').split(/(?<=[,，。;；!！?？ ])/);
  const asks = (clause: string): boolean => QUESTION_MARKERS.test(clause) || ASKS_A_NOT_A.test(clause);
  const aside = (clause: string): boolean => !asks(clause) && FIRST_PERSON.test(clause) && !DOMAIN_TERMS.some((term) => clause.includes(term));
  if (!clauses.some(aside) || !clauses.some((clause) => asks(clause) && !aside(clause))) return text;
  return clauses.map((clause) => (aside(clause) ? ' ' : clause)).join('');
}
