import { EVERY_LEVEL, GOVERNMENT_UNIT_END, placeEnd } from '../place-words.js';
import { isProvinceName } from '../provinces.js';
import { isPlaceName } from '../gazetteer.js';
import { isRankAlone } from '../person-name.js';
import { taggedWords } from '../../text/segmenter.js';
import { SCORE_WORDS, START_WORDS } from './start-words.js';
import { startCut } from './start-cut.js';
import { dictionaryFrequency, isCommonWord } from './common-word.js';

/** Whether a run of a start request can be the product nominated, and what such a run never holds. */

export const NAME = /^\p{Script=Han}{2,12}$/u;
/** jieba tags of words that stand for an act or a function (verbs, adverbs, pronouns, particles …), never a name's word. */
const ACT_OR_FUNCTION = 'v|vn|vd|d|ad|p|c|r|u|uj|ul|ug|uz|uv|ud|y|e|zg|x';
/** …and, alone as a run, numerals, measure words and onomatopoeia too ("直接", "一个"). */
export const NOT_NOMINAL = new RegExp(`^(?:${ACT_OR_FUNCTION}|m|q|o)$`, 'u');
/** …and, inside a name sent alone, time words ("今天开会"; numerals stay: 文山三七). */
export const NOT_IN_A_NAME = new RegExp(`^(?:${ACT_OR_FUNCTION}|t)$`, 'u');
/** What a product's name never holds: statements, questions, time, paperwork. */
export const NOT_A_NAME = /^[给替有代]|^[零一二两三四五六七八九十百千万亿\d.]+(?:个)?[万亿]|个$|品牌|牌子|同事|联系|方式|电话|手机|邮箱|留个|留下|空着|跳过|略过|参加|参与|参评|争取|加入|进入|安排|指导|麻烦|帮忙|代表|委托|的|话|如下|以下|一下|一份|一个|一项|已|了|没|不|吗|呢|么|啥|谁|是|为|事|截止|时间|要求|情况|汇总|统计|进度|[县市省区旗州乡镇村]里|下面|上面|下边|底下|条件|材料|通知|模板|产品|项目|今年|明年|去年|盖章|签字|流程|名额|怎|该|还|正在|完|名录|申报|地标|地理标志|申报书|指导|看|查|问|交|发|下载|打印|盖|签|审|说|听|就|吧|啊|呀|局$|(?:要|想|进|入)$|类$/u;
/** A place is who asks, not what is nominated: "我们马关县想报个地标", "旺苍县的", "兵团第一师". */
export const PLACE = placeEnd(EVERY_LEVEL, '这边|那边|这儿|这里');
/** A run that can be the nominated product: Han characters, no statement word, not a place, not a province (青海, 安徽省), not a verb ("负责"); "宁夏枸杞" is a product. */
export const isProductName = (text: string): boolean =>
  NAME.test(text) &&
  !NOT_A_NAME.test(text) &&
  !DIRECTED.test(text) &&
  !PLACE.test(text) &&
  !isProvinceName(text) &&
  !isRankAlone(text) &&
  !ofListName(text) &&
  !isSentenceWords(text) &&
  !placeThenVerb(text) &&
  !mistypedPaper(text);

/** One-character verbs of a request ("录", "报", "填"): what is done to the form, never part of the product's name. */
const REQUEST_VERBS: ReadonlySet<string> = new Set([...START_WORDS.verb, ...SCORE_WORDS.fill, ...SCORE_WORDS.nominate].filter((w) => [...w].length === 1));

/** A place with the request's verb after it ("帮文山州报名录": 文山州报) is who asks and what is done. */
const placeThenVerb = (text: string): boolean => REQUEST_VERBS.has(text.at(-1) ?? '') && (PLACE.test(text.slice(0, -1)) || isPlaceName(text.slice(0, -1)));

/** A verb's direction said after it ("转过来", "报上去"): a name never ends so. */
const DIRECTED = /(?:过|上|下|出|进|回|起)(?:来|去)$/u;

/** What is filled, mistyped by one character ("申抱书", "名路"): the paper asked for, not a product. */
const mistypedPaper = (text: string): boolean =>
  START_WORDS.object.some((word) => word.length === text.length && [...word].filter((c, i) => c !== text[i]).length === 1);

/** Closed classes of words: prepositions, pronouns, conjunctions, particles, interjections. */
const FUNCTION_WORD = /^(?:p|r|c|u|uj|ul|ug|uz|uv|ud|y|e)$/u;

/**
 * Whether a run is words of the request's sentence, never a name: one dictionary word of an act
 * or a function ("负责", "准备"), a run ending in a function word ("在这里把", "我们给") or holding a
 * demonstrative or personal pronoun ("这边", "我们"). A name may open with what the dictionary
 * reads as a preposition (于都脐橙, 从化荔枝: a place it does not know), so only the end counts.
 */
function isSentenceWords(text: string): boolean {
  const words = taggedWords(text);
  return (words.length === 1 && NOT_NOMINAL.test(words[0]?.tag ?? '')) || endsInBareVerb(words) || holdsFunctionWords(text);
}

/** A run ending in a one-character verb is a predicate ("第一次弄", "马上填"): a name ends in its product noun. */
const endsInBareVerb = (words: ReadonlyArray<{ word: string; tag: string }>): boolean => {
  const last = words.at(-1);
  return words.length > 1 && last !== undefined && [...last.word].length === 1 && last.tag === 'v';
};

/** A run ending in a function word or holding a pronoun, by the dictionary: "在这里把", "谢谢你". */
export function holdsFunctionWords(text: string): boolean {
  const words = taggedWords(text);
  return FUNCTION_WORD.test(words.at(-1)?.tag ?? '') || words.some(({ word, tag }) => tag === 'r' && word.length >= 2);
}

/** The list's own name; a run made of its words ("重点联系", "运用促进") names the list, not a product. */
const LIST_NAME = '地理标志运用促进重点联系指导名录';
export const LIST_WORDS = taggedWords(LIST_NAME).map(({ word }) => word).sort((a, b) => b.length - a.length);
const ofListName = (text: string): boolean => LIST_WORDS.reduce((rest, word) => rest.replaceAll(word, ''), text) === '';

/** Seen less often than this, a word the dictionary tags as an act or a time is a place's name it guessed at ("五常", "安化"). */
const RARE = 100;
const START_VOCABULARY: ReadonlySet<string> = new Set([...Object.values(START_WORDS), ...Object.values(SCORE_WORDS)].flat().map((w) => w.toLowerCase()));

/**
 * Whether `name` reads as a product's name by the dictionary: not one everyday word, no word of the
 * start lists (a greeting: "老师好"), not places only ("四川成都"), and no act, function or time
 * word, except a rare one before the last word (五常大米, 安化黑茶: the place opens the name, the
 * product noun ends it).
 */
export function nameShaped(name: string): boolean {
  if (!isProductName(name) || isCommonWord(name) || startCut(name).some(({ word }) => START_VOCABULARY.has(word.toLowerCase()))) return false;
  const words = taggedWords(name);
  if (words.every(({ tag }) => tag === 'ns')) return false;
  return words.every(({ word, tag }, i) => !NOT_IN_A_NAME.test(tag) || (i < words.length - 1 && word.length > 1 && dictionaryFrequency(word) < RARE));
}

/** A named unit of government that opens a run: "滨海新区", "房山区"; not a town's name (景德镇). */
const UNIT = GOVERNMENT_UNIT_END;

/** The form's values told beside a request ("证明商标", "地理标志产品"): an answer, never the product. */
const TOLD = new RegExp(`^(?:${SCORE_WORDS.told.join('|')})$`, 'u');

/** A product's name with the protection type told after it ("潮州单丛证明商标"): the name, and the type for the form. */
export function splitTold(name: string): { name: string; told?: string } {
  const told = SCORE_WORDS.told.find((word) => name.endsWith(word) && isProductName(name.slice(0, -word.length)));
  return told ? { name: name.slice(0, -told.length), told } : { name };
}

/** A clause that is nothing but a product's name: "随州香菇" beside "我来填申报书", not "湖北" or "证明商标". */
export const isBareName = (text: string): boolean => isProductName(text) && !TOLD.test(text);

/**
 * The product in a run that opens with where it comes from: "滨海新区茶淀玫瑰香葡萄" → 茶淀玫瑰香葡萄,
 * "甘肃定西马铃薯" → 定西马铃薯, "湖南安化黑茶" → 安化黑茶 (a province before a place, or before a
 * name shaped as a product's), while "宁夏枸杞", "山西老陈醋", "郫县豆瓣" and "赣南脐橙" stay whole: a
 * place is cut off only when a named unit of three or more characters (…新区, …市) or a province
 * before another place opens the run, by the dictionary's tags.
 */
export function productOf(name: string | undefined): string | undefined {
  if (!name) return name;
  const words = taggedWords(name);
  const [first, second] = words;
  if (!first || !second) return name;
  // "我来录阳澄湖大闸蟹的申报书": a request's verb the dictionary cuts off the front is the act, not the name
  if (REQUEST_VERBS.has(first.word) && isProductName(name.slice(first.word.length))) return productOf(name.slice(first.word.length));
  const unit = [...first.word].length >= 3 && UNIT.test(first.word);
  const rest = name.slice(first.word.length);
  const provinceBeforePlace = isProvinceName(first.word) && (second.tag === 'ns' || nameShaped(rest));
  return (unit || provinceBeforePlace) && isProductName(rest) ? rest : name;
}
