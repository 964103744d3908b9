import { A_NOT_A, QUESTION_MARKERS, namesDomain } from './lexicon.js';

const ASKS_A_NOT_A = new RegExp(A_NOT_A.source, 'u');

/** The asker speaking of themselves. */
const FIRST_PERSON = /我|咱|俺|本人/;
/** A warning the asker gives themselves ("别发错了", "免得白跑一趟"): why they ask, never what. */
const SELF_WARNING = /^\s*(?:可|千万)?(?:别|不要|免得|省得|以免)/;

/**
 * The message without the asker's asides: a clause that asks nothing, speaks of the asker and
 * names nothing of the domain ("我写材料要用", "我在整理历年档案"), or warns them ("别发错了"), says
 * why they ask, not what.
 * Only beside a clause that asks; otherwise the message is left whole.
 */
export function withoutAsides(text: string): string {
  // The question mark closing the message does not make its last clause ask: officers end any message with one.
  const clauses = text.trim().replace(/[?？]$/, '').split(/(?<=[,，。;；!！?？ ])/);
  const asks = (clause: string): boolean => QUESTION_MARKERS.test(clause) || ASKS_A_NOT_A.test(clause);
  const aside = (clause: string): boolean => !asks(clause) && (FIRST_PERSON.test(clause) || SELF_WARNING.test(clause)) && !namesDomain(clause);
  if (!clauses.some(aside) || !clauses.some((clause) => asks(clause) && !aside(clause))) return text;
  return clauses.map((clause) => (aside(clause) ? ' ' : clause)).join('');
}

/** Further ways a clause asks (谁来评, 咋算, 有公式没, 季报还是年报, 多长时间, 对吧); 那么大, 这么多, 要么 ask nothing. */
// (给 asks when it asks for something, "给个链接", "给我发一下", not when it says for whom: "想给名录里的地标争取点支持")
const ASKS_TOO = /谁|咋|呢|(?<![那这多要])么|多会儿|何时|几时|[不没]$|没有$|还是|多[长久大远]|给(?:我|俺|咱|个|一下|发|说|讲|列|看)|发我|告[诉知]|麻烦|[问列说讲]一?[下说讲]|[吧吗呀啊]$/;

/** A few of the asker's own ("我们市有几个地标基础还行", "把几个地标的合作社拢到一块"): 几 counting what they tell of, not asking how many. */
const OWN_FEW = /(?:有|好|把|将|和|跟|给|对|这|那)几[个家件项类种]/;

/** The asking that opens a message ("想问下", "请问一下"). */
const OPENER = /^(?:我?想|麻烦)?(?:请问|问一?下)(?:一下)?/;

/**
 * The clauses of a message that ask, without those that only tell its background: a clause that
 * asks nothing and speaks of the asker ("领导让我搞清楚名录的申报", "我刚接手这块"), or stands in a
 * sentence that asks nothing ("我们县是2021年那批示范区的筹建单位，原来的经办人调走了。想问下…").
 * Undefined when no clause asks, or none tells a background.
 */
export function askingClauses(text: string): string | undefined {
  const sentences = text.trim().split(/(?<=[。！!；;？?])/);
  // (by its words: a question mark closes its sentence, not each clause of it)
  const asks = (clause: string): boolean => {
    // an opening "想问下", "请问" announces the ask that follows, whatever the clause it opens says
    const words = clause.replace(/[\s,，、。！!；;？?]+/g, '').replace(OPENER, '');
    return QUESTION_MARKERS.test(words) || ASKS_A_NOT_A.test(words) || ASKS_TOO.test(words);
  };
  // (only beside another clause that asks: "我们省有几个地标进了名录？" alone asks how many)
  const asksBeside = (clause: string): boolean => {
    if (!asks(clause)) return false;
    if (!FIRST_PERSON.test(clause) || !OWN_FEW.test(clause)) return true;
    return asks(clause.replace(OWN_FEW, '')) || !sentences.some((sentence) => sentence.split(/(?<=[,，、 ])/).some((other) => other !== clause && asks(other)));
  };
  let asking = false;
  let told = false;
  const kept = sentences.map((sentence) => {
    const clauses = sentence.split(/(?<=[,，、 ])/);
    // … unless it closes a sentence with a question mark ("材料多会儿截至？")
    const closing = /[?？]$/.test(sentence.trim()) ? clauses.length - 1 : -1;
    const sentenceAsks = closing >= 0 || clauses.some(asks);
    return clauses
      .map((clause, i) => {
        if (i === closing || asksBeside(clause)) {
          asking = true;
          return clause;
        }
        if (FIRST_PERSON.test(clause) || SELF_WARNING.test(clause) || !sentenceAsks) {
          told = true;
          return ' ';
        }
        return clause;
      })
      .join('');
  });
  return asking && told ? kept.join('') : undefined;
}
