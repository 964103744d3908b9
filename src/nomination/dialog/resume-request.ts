import { classVocabulary, readAs } from './word-classes.js';
import { withoutEmoji } from '../../text/emoji.js';
import { withoutClosingStop } from '../discourse.js';
import { isProductName, nameShaped } from './product-name.js';
import { isCommonWord } from './common-word.js';
import { taggedWords } from '../../text/segmenter.js';
import { FORM_PLACE } from '../correction-words.js';

/**
 * Whether a message asks to go on with a nomination left unfinished, however it is worded:
 * "继续申报", "接着上次的填", "昨天没填完的接着填", "上次那份申报书还没弄完，继续吧", "我回来了，接着来",
 * "能接着填昨天的吗", "刚才掉线了，接着来", "不好意思刚才开会去了 接着填". Each clause is read as a sequence of the word classes below; a request holds a
 * word for going on (继续, 接着) — or finishing what was left ("把昨天没填完的填完") — and nothing
 * but these words — the product's name may close it ("继续填文山三七") — so "继续教育的材料" or
 * "昨天的会议接着开" ask for nothing.
 */

type ResumeClass = 'lead' | 'when' | 'papers' | 'undone' | 'go_on' | 'fill' | 'finish' | 'filler';

/** Why the conversation stopped, said before going on: "刚才掉线了，接着来". */
const AWAY = ['掉线了', '掉线', '断线了', '断网了', '网断了', '网络断了', '卡住了', '卡了', '走开了一下', '忙了一会儿', '开了个会', '开会去了', '去开会了', '开完会了', '忙去了', '去忙了', '临时有事', '有点事'];

const WORDS: Record<ResumeClass, string[]> = {
  lead: ['我又回来了', '又回来了', '我回来了', '回来了', '还是', '不好意思', '抱歉', '好了', '好的', '好', '嗯', '那', '那么', '行', '你好', '您好', '老师好', '在吗', ...AWAY],
  when: ['上次', '上回', '之前', '刚才', '刚刚', '前天', '昨天', '昨晚', '前两天', '前几天', '上周', '上礼拜', '早上', '上午', '下午', '那天'],
  papers: ['名录申报书', '申报书', '申报材料', '申报表', '名录申报', '申报', '名录', '那份', '那个', '这份', '表格', '表', '草稿', '内容'],
  undone: ['还没填完', '没填完', '没弄完', '没写完', '没录完', '没做完', '没完成', '未完成', '没填好', '没弄好', '填了一半', '填到一半', '弄了一半', '写了一半', '没填的', '没填'],
  go_on: ['继续', '接着', '接上', '接下去', '往下', '回到'],
  fill: ['填写', '填报', '填', '申报', '弄', '写', '录', '做', '搞', '来'],
  /** "填完", "弄完": finishing what was left counts as going on. */
  finish: ['填完', '弄完', '写完', '做完', '录完', '补完', '补齐', '补全'],
  filler: ['的', '吧', '啊', '呀', '哈', '呗', '嘛', '一下', '下', '我', '我们', '咱们', '咱', '要', '想', '请', '帮我', '麻烦', '把', '将', '可以', '能', '能不能', '还', '再', '就', '给我', '刚', '了', '那个'],
};

const VOCAB = classVocabulary(WORDS);

const MAX_MESSAGE = 30;

/** A question that asks to go on ("能接着填吗") is a request; its question mark and 吗 go. */
const ASKING = /(?:吗|么|吧)?[?？]*$/u;

/** A request to resume, with the product it names when it names one ("继续填文山三七"). */
export interface ResumeRequest {
  name?: string;
}

/** Reads `text` as a request to resume (see the file comment); undefined when it is none. */
export function resumeRequest(text: string): ResumeRequest | undefined {
  // "继续😊": an emoji beside the words asks nothing more
  const message = withoutClosingStop((withoutEmoji(text.normalize('NFKC')).trim() || text.trim()).replace(/^[/／]/u, '')).replace(ASKING, '');
  if (!message || message.length > MAX_MESSAGE || /\d/u.test(message)) return undefined;
  const clauses = message.split(/[，,、；;\s]+/u).filter(Boolean);
  const classes: ResumeClass[] = [];
  let name: string | undefined;
  for (const [i, clause] of clauses.entries()) {
    const found = readAs(VOCAB, clause);
    if (found) {
      classes.push(...found);
      continue;
    }
    // ("继续填文山三七", "接着弄庆元香菇的": the product's name closes the request; "上次章丘大葱的申报书接着弄": or stands inside it)
    const named = (i === clauses.length - 1 ? namedAtEnd(clause) : undefined) ?? (name === undefined ? namedInside(clause) : undefined);
    if (!named) return undefined;
    classes.push(...named.classes);
    name = named.name;
  }
  const goOn = classes.includes('go_on');
  const finishesLeft = classes.includes('finish') && (classes.includes('undone') || classes.includes('when'));
  return goOn || finishesLeft ? (name ? { name } : {}) : undefined;
}

/** Whether `text` asks to resume (with or without a product's name). */
export const isResumeRequest = (text: string): boolean => resumeRequest(text) !== undefined;

/** After words to go on, a run is a product's name when shaped as one, or when it can be one and ends in a noun ("横州茉莉花"). */
// ("回到产值那题" goes back to a question of the form, no product)
const namesProduct = (run: string): boolean =>
  !ENDS_AT_FORM_PLACE.test(run) && (nameShaped(run) || (isProductName(run) && !isCommonWord(run) && /^n/u.test(taggedWords(run).at(-1)?.tag ?? '')));
const ENDS_AT_FORM_PLACE = new RegExp(`${FORM_PLACE}$`, 'u');

/** A clause of request words that ends in a product's name: its words' classes and the name. */
function namedAtEnd(clause: string): { classes: ResumeClass[]; name: string } | undefined {
  const bare = clause.replace(/的$/u, '');
  // (the longest run of request words first: "接着弄庆元香菇" is 接着弄 + 庆元香菇)
  for (let at = bare.length - 2; at >= 1; at -= 1) {
    const found = readAs(VOCAB, bare.slice(0, at));
    const name = bare.slice(at);
    if (found?.includes('go_on') && namesProduct(name)) return { classes: found, name };
  }
  return undefined;
}

/** (fill words a product's name may open with, 来凤藤茶, are left out) */
const GOING_ON = new RegExp(`^(?:${[...WORDS.go_on, '填', '弄', '搞', '录'].join('|')})`, 'u');

/** A clause of request words with a product's name among them ("上次章丘大葱的申报书接着弄"): its words' classes and the name. */
function namedInside(clause: string): { classes: ResumeClass[]; name: string } | undefined {
  for (let at = 0; at <= clause.length - 2; at += 1) {
    const before = at === 0 ? [] : readAs(VOCAB, clause.slice(0, at));
    if (!before) continue;
    for (let end = clause.length; end >= at + 2; end -= 1) {
      const rest = clause.slice(end).replace(/^的/u, '');
      const after = rest === '' ? [] : readAs(VOCAB, rest);
      const name = clause.slice(at, end);
      // (a name never opens with the words to go on: "继续填烟台苹果的申报书" names 烟台苹果)
      if (after && namesProduct(name) && !GOING_ON.test(name)) return { classes: [...before, ...after], name };
    }
  }
  return undefined;
}
