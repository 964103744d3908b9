import { NOMINATING_VERBS, START_WORDS } from './start-words.js';
import { startCut } from './start-cut.js';
import { SPEAKING_FROM } from '../introduction.js';

/**
 * Stops for an opening said without any ("喂你好我是盘锦市市场监管局的要报一个地标叫盘锦大米是辽宁省的…"):
 * before the request when what precedes it is the sender speaking of themself, and before the
 * word that names the product after what is nominated. The clause reader then sees the sender, the
 * request and the answers apart, as it does when the officer types commas.
 */

const REQUEST_OPENERS: ReadonlySet<string> = new Set([...START_WORDS.modal, ...START_WORDS.help, ...NOMINATING_VERBS, ...START_WORDS.both]);
const NOMINATED: ReadonlySet<string> = new Set(START_WORDS.object);
/** Words that name the product after what is nominated: "…一个地标叫盘锦大米", "…名录的是五常大米". */
const NAMING: ReadonlySet<string> = new Set(['叫', '叫做', '名叫', '就是', '是']);
/** …and a word for the name before one of them: "…一个地标名字叫盘锦大米". */
const NAME_WORDS: ReadonlySet<string> = new Set(['名字', '名称']);
/** …and who speaks, saying what they nominate: "…名录我们报的是烟台苹果", "…地标产品是盘锦大米". */
const SPEAKER_NAMING = /^(?:(?:我们|咱们|俺们)(?:的|这个|这边)?|产品|名字|名称)(?:就?是|叫做?|报的是|要报的是)/u;
/** What is said of the named product next: "…叫盘锦大米是辽宁省的". */
const COPULA: ReadonlySet<string> = new Set(['是', '就是', '属于']);
const STOPS = /[，,。.！!？?；;、：:\s]/u;
const STOP_KEPT = new RegExp(`(${STOPS.source})`, 'u');
/** Shorter than this, a message is no more than a request. */
const MIN_RUN_ON = 6;

export function withRequestBreaks(message: string, isSender: (clause: string) => boolean): string {
  // greetings set apart before ("喂，你好，…") are no stops of the run-on itself
  const head = /^(?:[^，]{1,6}，)*/u.exec(message)![0];
  const run = message.slice(head.length);
  // with stops typed, only a sender run on into the request is set apart ("您好，大理州局这边报一个：…")
  if (STOPS.test(run)) return head + run.split(STOP_KEPT).map((clause) => withSenderApart(clause, isSender)).join('');
  if (run.length < MIN_RUN_ON) return message;
  const words = startCut(run).map(({ word }) => word);
  const breaks = new Set<number>();
  let at = 0;
  let request = -1;
  /** Where the product's name begins, once the words naming it are found. */
  let nameFrom = -1;
  for (const [i, word] of words.entries()) {
    const before = words[i - 1] ?? '';
    const after = words[i + 1] ?? '';
    if (request < 0 && REQUEST_OPENERS.has(word)) {
      if (i > 0 && isSender(run.slice(0, at))) breaks.add(at);
      request = i;
    } else if (request >= 0 && nameFrom < 0 && NOMINATED.has(before) && (NAMING.has(word) || (NAME_WORDS.has(word) && NAMING.has(after)) || SPEAKER_NAMING.test(run.slice(at)))) {
      breaks.add(at);
      nameFrom = at + (SPEAKER_NAMING.exec(run.slice(at))?.[0].length ?? word.length);
    } else if (nameFrom >= 0 && at > nameFrom && COPULA.has(word)) {
      // the name ends where what is said of it begins: "叫盘锦大米是辽宁省的…"
      breaks.add(at);
      break;
    }
    at += word.length;
  }
  if (breaks.size === 0) return message;
  return head + [...run].map((ch, i) => (breaks.has(i) ? `，${ch}` : ch)).join('');
}

function withSenderApart(clause: string, isSender: (clause: string) => boolean): string {
  if (clause.length < MIN_RUN_ON) return clause;
  let at = 0;
  for (const { word } of startCut(clause)) {
    const sender = clause.slice(0, at);
    if (REQUEST_OPENERS.has(word)) return SPEAKING_FROM.test(sender) && isSender(sender) ? `${sender}，${clause.slice(at)}` : clause;
    at += word.length;
  }
  return clause;
}
