import { NAMED_ONLY_VERBS, NOMINATING_VERBS, SCORE_WORDS, START_WORDS, THANKS, type StartWordClass } from './start-words.js';
import { isUnitIntroduction } from '../introduction.js';
import { looksLikePersonName } from '../person-name.js';
import { isProvinceName } from '../provinces.js';
import { isPlaceName } from '../gazetteer.js';
import { isCommonWord, splitsAt } from './common-word.js';
import { cutsAt, startCut } from './start-cut.js';
import { withRequestBreaks } from './start-breaks.js';
import { withoutEmoji } from '../../text/emoji.js';
import { withoutClosingStop } from '../discourse.js';
import { LIST_WORDS, NAME, NOT_A_NAME, PLACE, holdsFunctionWords, isBareName, isProductName, productOf, splitTold } from './product-name.js';

/**
 * Whether a message asks to start a nomination, however it is worded: each clause is read as a
 * sequence of the word classes in start-words.ts, in any order, with at most one run of other
 * characters — the product's name — where a name can stand ("我想申报南丰蜜桔", "把英德红茶报进
 * 名录", "砀山酥梨的名录申报书我来填"). A request has a verb and what is filled (申报书, 名录 …), or
 * a nominating verb alone ("我要申报"). A question ("名录申报截止是哪天", "申报书要盖章吗"), or a
 * clause with words outside the classes ("名录申报的事我知道了"), asks for nothing.
 */

export interface StartRequest {
  fresh: boolean;
  /** The product the request names, if it names one. */
  name?: string;
  /** What follows the request in the same message ("…，我们报的是库尔勒香梨，新疆的…"), to be read as answers. */
  rest?: string;
  /** Who writes, said before the request ("我是巴州市场监管局的阿依古丽，电话…"): read for the contact only. */
  intro?: string;
  /** Read by the scored reading alone (wish-score.ts): no reason to leave a form open for a new one. */
  weak?: boolean;
}

/**
 * `act`: a verb outside the word lists ("录", "整理"), read only where a request wants a verb.
 * `kind`: an everyday noun saying what sort of product it is, before 的 and what is filled ("报一个大米的地标"): no name.
 */
type Token = { cls: StartWordClass | 'name' | 'act' | 'kind'; text: string };

/** Longer than this, a message is an answer or a report — unless it opens with the request. */
const MAX_MESSAGE = 40;
const MAX_CLAUSE = 30;
/** A verb the lists do not know: one or two characters, e.g. 录, 整理, 汇总. */
export const ACT = /^\p{Script=Han}{1,2}$/u;
/** What an unknown verb never holds: a wish, a greeting or a programme word read another way. */
export const NOT_A_VERB = /[我你您们这那的一个份下吧啊呀哈请帮给把将进入到上新看查问读阅发传转寄收拿送退删撤改审核批盖签交印载已了没不吗呢么啥谁是为事该还]|^完$|申报|名录|地标|产品|项目/u;
/** The papers themselves (申报书, 申报材料, 申报表), not what they are about (产品, 地标): "水产品" is no "水 the 产品". */
const FORM_PAPERS = /申报/u;
/** …where it stands as the one asking: after 我们, or opening the clause before a wish. */
const OWNER = /(?:我们|咱们|我|俺)$/u;
const PLACE_HERE = /^(?:这边|这里|这儿)/u;
const WISH = new RegExp(`^(?:${[...START_WORDS.modal, ...START_WORDS.help].sort((a, b) => b.length - a.length).join('|')})`, 'u');
const QUESTION_WORD = /什么|怎么|怎样|哪|多少|几|为何|为什么|如何|是否|多久|多长|啥|谁|有没有|要不要|是不是/u;
const QUESTION_END = /(?:[?？]|吗|么|呢|不)$/u;
/** Verbs of inquiring: a clause holding one sets out to ask ("我先问问要求", "想了解一下"). */
const INQUIRY = /问(?!题)|咨询|了解|请教|打听/u;
/** A question asked as a verb and its negation: "符不符合", "能不能", "有没有". */
export const A_NOT_A = /(\p{Script=Han})[不没]\1/u;
/** …and a question with more after its comma ("能帮我申报一下吗，谢谢"); "我们呢，" only pauses. */
const ASKED_BEFORE_MORE = /(?:吗|么)[，,；;]$/u;
/** Words that introduce the product beside a request: "我们是盘锦河蟹", "产品叫五常大米". */
/** …and a demonstrative pointing at it: "就是那个盘锦大米". */
export const NAME_LEAD = /^(?:(?:(?:我们|咱们)(?:的|这个)?)?(?:产品|名字|名称)?(?:就?是|叫|报的是|要报的是)|(?:上次|之前|刚才|前面|昨天|前两天)(?:跟你|和你)?(?:说|提|讲|聊)过?的|(?:就是)?(?:那个|这个))/u;
const CLAUSE = /[，,。.！!？?；;、~～：:\s]+/u;
/** A demonstrative after a name points at it and is no part of it: "文昌鸡这个", "庆元香菇那个产品". */
const NAME_TAIL = /(?<=\p{Script=Han}{2})(?:这|那)(?:一)?(?:个|款|种)(?:产品|地标)?$/u;
/** 用 ending a clause after what is filled says what for: "报名录用", "申报用的". */
export const PURPOSE = new RegExp(`(?<=${[...START_WORDS.object, ...NOMINATING_VERBS].join('|')})用的?$`, 'u');
/**
 * A clause about who writes, before the request: "我是巴州市场监管局的阿依古丽", "负责地标这块",
 * "电话139…". It is kept for the answers (a contact) and does not count toward the opening.
 */
const ABOUT_SENDER = /^(?:(?:你好|您好|老师好|领导好|hi|hello)*(?:我是|我叫|我姓|本人|这里是|这边是|我这边是)|负责|分管|主管|电话|手机|座机|邮箱|联系人|联系方式|联系电话|e-?mail)|\d{7,}|@/iu;

const VOCAB: Array<{ cls: StartWordClass; text: string }> = (Object.entries(START_WORDS) as Array<[StartWordClass, string[]]>)
  .flatMap(([cls, words]) => words.map((text) => ({ cls, text: text.toLowerCase() })))
  .sort((a, b) => b.text.length - a.text.length);

/**
 * Every way to read `text` as class words, at most one name and at most one unknown verb (lazily,
 * longest words first). Words that say something other than a wish to fill the form in — reading,
 * sending, asking, done or not done (NOT_A_NAME) — are no verb either: "帮我看看申报书".
 */
function* parses(text: string, at = 0, nameUsed = false, actUsed = false): Generator<Token[]> {
  if (at === text.length) return yield [];
  for (const word of VOCAB) {
    if (!text.startsWith(word.text, at)) continue;
    for (const rest of parses(text, at + word.text.length, nameUsed, actUsed)) yield [{ cls: word.cls, text: word.text }, ...rest];
  }
  if (!nameUsed) {
    // a province or a place as the one asking is read after the longer names it may open ("我们宁夏枸杞想报…",
    // "帮郫县豆瓣报…");
    // words of the sentence ("谢谢你") ask nothing as its subject
    const owners: number[] = [];
    for (let end = at + 2; end <= Math.min(text.length, at + 12); end += 1) {
      const name = text.slice(at, end);
      if (!NAME.test(name) || NOT_A_NAME.test(name)) break;
      // "普洱这边想报个地标": a place's name with where-words, then the wish, is who asks
      const here = at === 0 && (isPlaceName(name) || PLACE.test(name)) ? PLACE_HERE.exec(text.slice(end)) : null;
      if (here && WISH.test(text.slice(end + here[0].length))) {
        for (const rest of parses(text, end + here[0].length, nameUsed, actUsed)) yield [{ cls: 'subject', text: name + here[0] }, ...rest];
      }
      if (isProductName(name) && !(text.startsWith('的', end) && isKind(name))) {
        for (const rest of parses(text, end, true, actUsed)) yield [{ cls: 'name', text: name }, ...rest];
      } else if ((OWNER.test(text.slice(0, at)) || (at === 0 && WISH.test(text.slice(end))) || forPlace(text.slice(0, at), name)) && !holdsFunctionWords(name)) {
        if (isProvinceName(name) || forPlace(text.slice(0, at), name)) owners.push(end);
        else for (const rest of parses(text, end, nameUsed, actUsed)) yield [{ cls: 'subject', text: name }, ...rest];
      }
    }
    for (const end of owners) for (const rest of parses(text, end, nameUsed, actUsed)) yield [{ cls: 'subject', text: text.slice(at, end) }, ...rest];
    for (let end = at + 2; end <= Math.min(text.length, at + 4); end += 1) {
      const kind = text.slice(at, end);
      if (text.startsWith('的', end) && isKind(kind)) for (const rest of parses(text, end, true, actUsed)) yield [{ cls: 'kind', text: kind }, ...rest];
    }
  }
  if (actUsed) return;
  for (let end = at + 1; end <= Math.min(text.length, at + 2); end += 1) {
    const act = text.slice(at, end);
    if (!ACT.test(act) || NOT_A_VERB.test(act)) continue;
    for (const rest of parses(text, end, nameUsed, true)) yield [{ cls: 'act', text: act }, ...rest];
  }
}

/** 帮, 给, 为 or 替 just before: who the nomination is for. */
const FOR_WHOM = /(?:帮|给|为|替)$/u;
/** "帮郫都区报个申报书": a place after a word of for whom is who the nomination is for. */
const forPlace = (before: string, name: string): boolean => FOR_WHOM.test(before) && (isPlaceName(name) || PLACE.test(name));

/** An everyday noun for a sort of product, or its class: "大米", "茶叶", "水果类". */
const isKind = (text: string): boolean => NAME.test(text) && isCommonWord(text.replace(/(?<=..)类$/u, ''));

/** Verbs of filling the papers in: "申报书填恩施玉露". */
const FILLING: ReadonlySet<string> = new Set(['填', '填写', '填报', '写']);

/** Verbs that alone, opening a clause before a product's name, ask to nominate it: "报沁州黄". */
const OPENING_VERBS: ReadonlySet<string> = new Set(['申报', '报', '推荐']);

const LEAD: ReadonlySet<string> = new Set(['greet', 'subject', 'time', 'modal', 'help', 'fresh', 'filler']);
const isNominating = (t: Token | undefined): boolean => t !== undefined && (t.cls === 'both' || (t.cls === 'verb' && NOMINATING_VERBS.includes(t.text)));

/** Thanks: they close a request, never open one. */
const THANKING: ReadonlySet<string> = new Set(THANKS);

/** Directions that need no place after them: "报上去". */
const INTRANSITIVE_INTO: ReadonlySet<string> = new Set(['上', '上去']);

/** What a help word may ask for, after it in its clause. */
const ASKED: ReadonlySet<string> = new Set(['verb', 'act', 'both', 'take', 'object', 'name', 'into', 'help', 'modal', 'fresh']);

/** Whether a name, a help word and each 的 stand where they can in this reading. */
function wellPlaced(tokens: Token[]): boolean {
  return tokens.every((token, i) => {
    const before = tokens.slice(0, i).filter((t) => t.cls !== 'filler');
    const after = tokens.slice(i + 1);
    const prev = before.at(-1);
    const next = after[0];
    if (token.cls === 'of') {
      // 砀山酥梨的申报书, 我们的名录申报, 今年的名录, 我们县的库尔勒香梨
      const owner = prev?.cls === 'name' || prev?.cls === 'kind' || prev?.cls === 'subject' || prev?.cls === 'object' || prev?.cls === 'time';
      return owner && (next?.cls === 'object' || next?.cls === 'both' || next?.cls === 'fresh' || (prev?.cls === 'subject' && next?.cls === 'name'));
    }
    // 麻烦, 请, 帮 ask for what follows them: "申报好麻烦啊" asks for nothing, "麻烦您" alone is politeness
    if (token.cls === 'help') return after.some((t) => ASKED.has(t.cls)) || tokens.every((t) => t.cls === 'help' || t.cls === 'filler' || t.cls === 'greet');
    // thanks close a request; before the act they thank for it ("谢谢你帮忙报五常大米")
    if (token.cls === 'filler' && THANKING.has(token.text)) return !after.some((t) => ASKED.has(t.cls));
    // 进, 入, 到 go into something ("报进名录"); "报个到" reports for duty
    if (token.cls === 'into' && !INTRANSITIVE_INTO.has(token.text)) return after.some((t) => t.cls === 'object' || t.cls === 'name');
    if (token.cls === 'now') return after.every((t) => t.cls === 'filler') && before.some((t) => t.cls === 'modal' || t.text === '开始');
    // 帮我录一下申报书, 申报材料我来整理: a verb the lists lack only where a request wants one
    // …and as a bare imperative opening its clause ("录一下申报书"), before what is filled
    if (token.cls === 'act') {
      const wished = before.some((t) => t.cls === 'help' || t.cls === 'modal');
      const filled = after.filter((t) => t.cls !== 'filler');
      const imperative = before.length === 0 && filled.length > 0 && filled.every((t) => t.cls === 'object' || t.cls === 'of') && filled.some((t) => FORM_PAPERS.test(t.text));
      return (wished || imperative) && (!next || ['filler', 'object', 'both', 'of', 'name', 'fresh', 'now'].includes(next.cls));
    }
    if (token.cls === 'kind') return next?.cls === 'of' && (after[1]?.cls === 'object' || after[1]?.cls === 'both');
    if (token.cls !== 'name') return true;
    // 我们要填烟台苹果的申报书, 帮我把普洱茶的名录申报表填一下
    const owns = next?.cls === 'of' && (after[1]?.cls === 'object' || after[1]?.cls === 'both');
    if (owns && before.some((t) => t.cls === 'help' || t.cls === 'modal') && before.every((t) => LEAD.has(t.cls) || ['take', 'verb', 'act', 'of'].includes(t.cls))) return true;
    // 我想申报南丰蜜桔 / 推荐龙井茶进名录; "报沁州黄", "你好，申报砀山酥梨": the verb opening its clause asks too
    const imperative = before.slice(0, -1).every((t) => t.cls === 'greet') && OPENING_VERBS.has(prev?.text ?? '') && !isCommonWord(token.text) && splitsAt(`${prev?.text ?? ''}${token.text}`, prev?.text.length ?? 0);
    const wished = imperative || before.slice(0, -1).some((t) => t.cls === 'modal' || t.cls === 'help' || t.cls === 'subject');
    const into = next?.cls === 'into' && after[1]?.cls === 'object';
    // …where the name begins a word: "申报书内容直接贴过来" names nothing
    const begins = cutsAt(`${prev?.text ?? ''}${token.text}`, prev?.text.length ?? 0);
    if (isNominating(prev) && begins && ((wished && after.every((t) => t.cls === 'filler' || t.cls === 'now')) || into)) return true;
    // 这次申报书只填恩施玉露: the papers named first, then what they are filled for
    const papersFirst = before.some((t) => t.cls === 'object' && FORM_PAPERS.test(t.text)) && prev?.cls === 'verb' && FILLING.has(prev.text);
    if (papersFirst && begins && before.every((t) => LEAD.has(t.cls) || t.cls === 'object' || t === prev) && after.every((t) => t.cls === 'filler')) return true;
    // 把英德红茶报进名录
    if (prev?.cls === 'take' && (next?.cls === 'verb' || next?.cls === 'both')) return true;
    // 帮我们这边阳澄湖大闸蟹报一下名录: the product between the wish and its verb; "黄岩蜜橘申报名录" with none
    const leads = before.every((t) => LEAD.has(t.cls));
    const wish = before.length === 0 || before.some((t) => t.cls === 'help' || t.cls === 'modal');
    if (leads && wish && isNominating(next) && after.some((t) => t.cls === 'object')) return true;
    // 砀山酥梨的名录申报书我来填, 我们县的库尔勒香梨想报名录
    // …and "湖南安化黑茶要上名录": a wish to go into the list
    const wants = (next?.cls === 'modal' || next?.cls === 'help') && (after.some(isNominating) || (after.some((t) => t.cls === 'into') && after.at(-1)?.cls === 'object'));
    return before.every((t) => LEAD.has(t.cls) || t.cls === 'of') && (next?.cls === 'of' || next?.cls === 'object' || wants);
  });
}

/** Readings looked at per clause before settling for one without a verb. */
const MAX_READINGS = 400;
/** The list named by any run of its own words: "地标重点联系名录", "重点联系名录" are 名录. */
const LIST_NAMED = new RegExp(`(?:地标|${LIST_WORDS.join('|')})+名录`, 'gu');

const hasVerb = (tokens: Token[]): boolean => tokens.some((t) => t.cls === 'verb' || t.cls === 'act' || t.cls === 'both');

/**
 * A reading of a clause with its names and 的 well placed: the first that holds a verb, else the
 * first at all ("帮我汇总名录申报表" is 汇总 done to the form, not a product called 汇总).
 */
function readClause(clause: string): Token[] | undefined {
  if (clause.length > MAX_CLAUSE) return undefined;
  let first: Token[] | undefined;
  let seen = 0;
  for (const tokens of parses(clause.replace(LIST_NAMED, '名录').toLowerCase())) {
    if ((seen += 1) > MAX_READINGS) break;
    if (!wellPlaced(tokens)) continue;
    if (hasVerb(tokens)) return tokens;
    first ??= tokens;
  }
  return first;
}

/** Words of being able: asked alone ("砀山酥梨能报吗"), they ask whether it may be nominated, not for the form. */
const ABILITY: ReadonlySet<string> = new Set(['能', '可以', '能否', '可否', '能不能', '可不可以']);

/** Asking whether it can be done, with no question mark: "深州蜜桃能不能报". */
const ABILITY_ASK = /能不能|可不可以|能否|可否/u;

/** Beginning: whether it may begin is a wish to begin now ("可以开始申报了吗"). */
const BEGIN: ReadonlySet<string> = new Set(SCORE_WORDS.begin);

/** A polite request worded as a question: "能帮我填一下申报书吗", "能不能帮我填一下申报书", "可以开始填了吗". */
const politeAsk = (clause: string): string | undefined => {
  const bare = clause.replace(/[?？]+$/u, '').replace(/(?:吗|么)$/u, '');
  const tokens = bare === clause && !ABILITY_ASK.test(clause) ? undefined : readClause(bare);
  const begins = tokens?.some((t) => ABILITY.has(t.text)) && tokens.some((t) => BEGIN.has(t.text));
  return tokens?.some((t) => t.cls === 'help' && !ABILITY.has(t.text)) || begins ? bare : undefined;
};

/** A request has a verb and what is filled, or a nominating verb alone ("我要申报"). */
function isRequest(read: Token[]): boolean {
  const count = (...classes: string[]) => read.filter((t) => classes.includes(t.cls)).length;
  const verbs = count('verb', 'act');
  const objects = count('object');
  const both = count('both');
  if (verbs + both >= 1 && objects + both >= 1 && verbs + objects + both >= 2) return true;
  // "想进名录", "争取进入第三批名录": a wish to go into the list asks for the form
  const into = read.findIndex((t) => t.cls === 'into');
  if (into > 0 && read.slice(0, into).some((t) => t.cls === 'modal') && read.slice(into + 1).find((t) => t.cls !== 'time' && t.cls !== 'of')?.cls === 'object' && read.every((t) => t.cls !== 'act')) return true;
  // "今年我们推都匀毛尖": 推 nominates only what it names ("帮我们推一下" promotes)
  const nominates = read.some((t) => isNominating(t) && (!NAMED_ONLY_VERBS.includes(t.text) || read.some((n) => n.cls === 'name')));
  return objects === 0 && nominates && read.every((t) => LEAD.has(t.cls) || ['name', 'take', 'into', 'now'].includes(t.cls) || isNominating(t));
}

/** Where or what first, in a question how to go on: "从哪开始填", "第一步做什么", "先填哪些". */
const WHERE_FIRST = /从哪(?:里|儿)?|哪里|哪儿|(?:是|就)?在这(?:里|儿|边)?|这(?:里|儿|边)|第一步|下一步|接下来|首先|先|然后|什么|啥|哪些|哪项|哪个/gu;
/** Where the asker is, in a question whether the form is filled here: "是在这里填吗". */
const HERE = /(?:是|就)?在这(?:里|儿|边)?/u;
/** What is filled, named in such a question: "要填哪些内容". */
const FORM_CONTENT = /内容|信息|东西|项目|表格?|地方/gu;

/** What is filled, opening such a question: "申报书怎么开始填". */
const WHAT_IS_FILLED = new RegExp(`^(?:${[...START_WORDS.object, ...START_WORDS.both].sort((a, b) => b.length - a.length).join('|')})+`, 'u');

/**
 * A question that holds nothing but how (or where first) and doing ("怎么弄？", "该如何操作呢",
 * "从哪开始填", "第一步做什么", "申报书怎么开始填"): it asks what to do next.
 */
function howToGoOn(clause: string): boolean {
  const bare = clause.replace(/[?？]+$/u, '').replace(/(?:呢|啊|呀|吗)$/u, '');
  const rest = bare.replace(/^(?:那|请问|(?:麻烦|请|想|我想)?(?:问|请教|咨询)(?:一下|下)?|[你您]看(?:下|看|一下)?)?/u, '').replace(WHAT_IS_FILLED, '').replace(/^(?:接下来|然后|下一步|首先)?(?:我们|我)?(?:该|要|应该|需要)?(?:先)?/u, '');
  const how = /^(?:怎么|怎样|如何|咋)/u.exec(rest);
  const onlyDoing = (tokens: Token[] | undefined, verbs: ReadonlySet<string>): boolean =>
    tokens !== undefined && tokens.some((t) => verbs.has(t.cls)) && tokens.every((t) => verbs.has(t.cls) || t.cls === 'filler' || t.cls === 'modal');
  if (!how) {
    // "从哪开始填": only the listed verbs, an unknown one may ask about something else ("先准备什么材料")
    const doing = rest.replace(WHERE_FIRST, '').replace(FORM_CONTENT, '');
    return doing !== rest && doing.length > 0 && onlyDoing(readClause(doing), new Set(['verb', 'both']));
  }
  const doing = rest.slice(how[0].length).replace(/一下$/u, '');
  if (ACT.test(doing) && !NOT_A_VERB.test(doing)) return true;
  return onlyDoing(readClause(doing), new Set(['verb', 'both']));
}

/** A clause about who writes: "我是巴州市场监管局的阿依古丽", "四川省知识产权服务促进中心". */
export const isAboutSender = (clause: string): boolean => ABOUT_SENDER.test(clause) || isUnitIntroduction(clause);

/** Particles that end a sentence in speech typed without stops: "…就报五常大米了吧对就是…". */
const SENTENCE_PARTICLES: ReadonlySet<string> = new Set(['吧', '嘛', '啊', '呀', '哈', '啦']);

/** A run-on message with a stop after each sentence-final particle the dictionary cuts as a word of its own, before more words. */
function withParticleStops(message: string): string {
  if (/[，,。！!？?；;\s]/u.test(message)) return message;
  const words = startCut(message);
  return words.map(({ word }, i) => (SENTENCE_PARTICLES.has(word) && i < words.length - 1 ? `${word}，` : word)).join('');
}

/** Brackets part clauses: "申报五常大米（黑龙江）". */
const BRACKETS = /[()（）【】[\]]/gu;
/** Particles that close a clause and say nothing of it: "产品是盘锦大米哈", "证明商标呀". */
const CLAUSE_END_PARTICLES = /(?<=\p{Script=Han})[哈呀啊啦哦噢哟呗噻撒咯嘞]+(?=[，,。！!？?；;、~～\s]|$)/gu;

/**
 * A message as both readings of a start see it: full-width letters folded, an emoji parting
 * clauses as a comma does ("您好🙏我要申报😊") and brackets too, no closing stop, no particle closing a
 * clause; run on, a stop after each sentence-final particle and after the greetings that open it.
 */
/** A name in quotation marks is the name: "帮章丘区报“章丘大葱”". */
const QUOTED_NAME = /[“"「『《]([^“”"「」『』《》，,。；;\s]{2,12})[”"」』》]/gu;

export function startMessage(text: string, asTyped = false): string {
  const folded = asTyped ? text : text.normalize('NFKC').replace(BRACKETS, '，');
  const plain = withoutEmoji(folded, ' ').replace(QUOTED_NAME, '$1').replace(WHOSE_COLLEAGUE, '').trim();
  const bare = withoutClosingStop(plain).replace(/[，\s]+$/u, '').replace(CLAUSE_END_PARTICLES, '');
  const greeted = withGreetingsApart(withParticleStops(bare));
  return withRequestBreaks(greeted, isAboutSender);
}

/** What parts pieces: stops and spaces (a clause of them alone is read as no piece). */
const PARTING = /^[\s，,。.！!？?；;、~～：:]*$/u;

/**
 * The pieces of a message as typed, width and brackets kept ("18个县（市、区）", "年产值（亿元）：120"):
 * the folding that lets the request be read is no change to what is read as answers. Each piece is
 * found where it stands in the folded message (each place once), and pieces parted only by stops
 * are one run, the stops as typed; a message whose folding changed its length keeps the folded pieces.
 */
export function asTyped(text: string, message: string, pieces: readonly string[]): string {
  const typed = startMessage(text, true);
  if (typed.length !== message.length) return pieces.join('');
  const spans: Array<[number, number]> = [];
  for (const piece of pieces) {
    let at = message.indexOf(piece);
    while (at >= 0 && spans.some(([from]) => from === at)) at = message.indexOf(piece, at + 1);
    if (at < 0) return pieces.join('');
    spans.push([at, at + piece.length]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const runs: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    const last = runs[runs.length - 1];
    if (last && from >= last[1] && PARTING.test(message.slice(last[1], from))) last[1] = to;
    else runs.push([from, to]);
  }
  return runs.map(([from, to]) => withStrayBracketsParting(typed.slice(from, to))).join('');
}

const OPENING: Readonly<Record<string, string>> = { '）': '（', ')': '(', '】': '【', ']': '[' };

/** A bracket whose partner is outside the run ("黑龙江），年产值…" after "申报五常大米（") parts clauses, as a comma. */
function withStrayBracketsParting(run: string): string {
  const chars = [...run];
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (Object.values(OPENING).includes(c)) open.push(i);
    else if (c in OPENING) {
      const at = open.length > 0 && chars[open[open.length - 1] as number] === OPENING[c] ? open.pop() : undefined;
      if (at === undefined) chars[i] = '，';
    }
  });
  for (const i of open) chars[i] = '，';
  return chars.join('').replace(/，(?=[，,])/gu, '');
}

/** The colleague the form is filled for says nothing of the request: "帮农业科的同事填申报书" → "帮填申报书". */
const WHOSE_COLLEAGUE = /(?<=帮|替|给|为)(?:\p{Script=Han}{1,8}?(?:科|处|局|站|所|中心|办|办公室|部门|单位)的)?(?:同事|领导|科长|处长|主任|局长)们?/gu;

/** Greetings opening a message, with a particle: "不好意思打扰了我们的产品是…" is read as "不好意思打扰了，我们的产品是…". */
const GREETING_RUN = new RegExp(`^(?:${[...START_WORDS.greet].sort((a, b) => b.length - a.length).join('|')})[呀啊哈]?(?=[\\p{Script=Han}a-z])`, 'iu');

/** The greetings that open `message` run on, each set apart as a clause of its own. */
function withGreetingsApart(message: string): string {
  let head = '';
  let rest = message;
  for (let found = GREETING_RUN.exec(rest); found; found = GREETING_RUN.exec(rest)) {
    head += `${found[0]}，`;
    rest = rest.slice(found[0].length);
  }
  return head + rest;
}

/** A two-character name right after 我们 is where the speakers are ("我们章丘想申报一下"), not a product (梁平柚, 五常大米 have their noun). */
const SPEAKERS_PLACE_MAX = 2;
const WE = new Set(['我们', '咱们', '俺们', '咱']);

/** The product a request's words name, if any. */
function nameToken(read: readonly Token[]): Token | undefined {
  const at = read.findIndex((t) => t.cls === 'name');
  const name = read[at];
  if (!name) return undefined;
  const before = read[at - 1];
  // (and one place's name alone is who asks, never the product: "帮我们相城报一个地标")
  if (isPlaceName(name.text)) return undefined;
  // ("帮横州市报茉莉花茶": an everyday product after the place it is for is that place's product, whose
  // registered name may hold the place — it is asked, not guessed)
  const forAPlace = read.slice(0, at).some((t, i) => t.cls === 'subject' && FOR_WHOM.test(read[i - 1]?.text ?? '') && (isPlaceName(t.text) || PLACE.test(t.text)));
  if (forAPlace && isCommonWord(name.text)) return undefined;
  return before?.cls === 'subject' && WE.has(before.text) && [...name.text].length <= SPEAKERS_PLACE_MAX ? undefined : name;
}

/** Reads a message as a start request (see the file comment); undefined when it is none. */
export function startRequest(text: string): StartRequest | undefined {
  const message = startMessage(text);
  if (message.length === 0) return undefined;
  const long = message.length > MAX_MESSAGE;
  // a full stop inside an e-mail address or a figure ends no clause
  const pieces = message.split(/(?<=[，,。！!？?；;、~～：:\s]|\.(?![\w]))/u).filter((p) => p.trim());
  const read: Token[] = [];
  const intro: string[] = [];
  const rest: string[] = [];
  const told: Array<{ piece: string; tokens: Token[] }> = [];
  let opening = 0;
  for (const piece of pieces) {
    const clause = piece.replace(CLAUSE, '');
    // …or the sender's unit and name: "四川省知识产权服务促进中心 杨勇，申报名录"
    const sender = isAboutSender(clause) || (intro.length > 0 && looksLikePersonName(clause));
    if (read.length === 0 && rest.length === 0 && sender && !readClause(clause)) {
      intro.push(piece);
      continue;
    }
    // a long message starts only when it opens with the request: what follows is read as answers
    if (long && (rest.length > 0 || opening > MAX_MESSAGE)) {
      rest.push(piece);
      continue;
    }
    opening += piece.length;
    if (!clause) continue;
    const tokens = readClause(clause.replace(/[?？]+$/u, '').replace(PURPOSE, ''));
    // "你好呀", "老师好啊": a greeting with its particle
    if (tokens?.some((t) => t.cls === 'greet') && tokens.every((t) => t.cls === 'greet' || t.cls === 'filler')) continue;
    // "申报产品：恩施玉露": a label naming the product, as a form has it, asks for nothing
    if (/[：:]\s*$/u.test(piece) && tokens?.some((t) => t.cls === 'object' && t.text === '产品')) return undefined;
    const asked = QUESTION_END.test(piece.trim().replace(/[。.！!~～]+$/u, '')) || ASKED_BEFORE_MORE.test(piece.trim()) || QUESTION_WORD.test(clause) || ABILITY_ASK.test(clause) || A_NOT_A.test(clause);
    // "报名录是在这里填吗": the request, then whether this is where it is done, in one clause
    const here = HERE.exec(clause);
    const ahead = asked && here && here.index > 0 ? readClause(clause.slice(0, here.index)) : undefined;
    const doing = ahead ? readClause(clause.slice(here!.index + here![0].length).replace(/[?？]+$/u, '').replace(/(?:吗|么|呢)$/u, '')) ?? [] : [];
    if (ahead && isRequest([...read, ...ahead, ...doing]) && howToGoOn(clause.slice(here!.index))) {
      read.push(...ahead);
      continue;
    }
    if (asked) {
      // "…想把莒南板栗报进名录，怎么弄？", "请问怎么开始？我要填申报书": asking how to go on beside a
      // request is part of it (alone it asks nothing of the form: the message must still request)
      if (howToGoOn(clause)) continue;
      const polite = politeAsk(clause);
      if (!polite || QUESTION_WORD.test(polite)) return undefined;
      read.push(...(readClause(polite) ?? []));
      continue;
    }
    // "…帮我开个申报，报宕昌黄芪": a request made carries its wish into the clauses after it
    const carried = tokens || !isRequest(read) ? undefined : readClause(`我要${clause}`)?.slice(2);
    // "申报砀山酥梨，地理标志产品，…": after the request, a clause of form words only is an answer (the protection type)
    const formWords = tokens?.some((t) => t.cls === 'object') && tokens.every((t) => t.cls === 'object' || t.cls === 'filler');
    const answer = isRequest(read) && formWords;
    // "韩城花椒，陕西，地理标志产品，开始填写": before the request too, once the request stands without it
    if (formWords && !answer) told.push({ piece, tokens: tokens ?? [] });
    if (tokens && !answer) read.push(...tokens);
    else if (answer) rest.push(piece);
    else if (carried?.some((t) => t.cls === 'name')) read.push(...carried);
    // "想报五常大米，先问下截止时间": a clause that sets out to ask leaves the message a question
    else if (!long && INQUIRY.test(clause)) return undefined;
    else rest.push(piece);
  }
  if (!isRequest(read)) return long ? laterRequest(text) : undefined;
  const toldTokens = new Set(told.flatMap((t) => t.tokens));
  if (told.length > 0 && isRequest(read.filter((t) => !toldTokens.has(t)))) rest.push(...told.map((t) => t.piece));
  // "想报一下名录，信阳毛尖", "随州香菇，湖北，我来填申报书": a short request beside a bare name names it
  // …and in a long one, the clause right after the request that names it ("…要报一个地标，叫盘锦大米，是辽宁省的…")
  const named = (piece: string): string => piece.replace(CLAUSE, '').replace(NAME_LEAD, '').replace(NAME_TAIL, '');
  // (a clause ending in a colon is a label, and the clauses after it its value: "扶持措施：设立专项资金，建设基地")
  const label = (piece: string): boolean => /[：:]\s*$/u.test(piece);
  const bare = (piece: string, at = 0, all: readonly string[] = []): boolean => !all.slice(0, at + 1).some(label) && !label(piece) && isBareName(named(piece));
  const first = rest[0] ?? '';
  const namedNext = NAME_LEAD.test(first.replace(CLAUSE, '')) && bare(first) ? 0 : -1;
  const loneAt = read.some((t) => t.cls === 'name') ? -1 : long ? namedNext : rest.findIndex(bare);
  const loneName = loneAt < 0 ? undefined : named(rest[loneAt] ?? '');
  const split = splitTold(productOf(nameToken(read)?.text ?? loneName) ?? '');
  const name = split.name || undefined;
  const after = `${asTyped(text, message, rest.filter((_, i) => i !== loneAt))}${split.told ? `，${split.told}` : ''}`.trim();
  const about = intro.join('').trim();
  return { fresh: read.some((t) => t.cls === 'fresh'), ...(name ? { name } : {}), ...(after ? { rest: after } : {}), ...(about ? { intro: about } : {}) };
}

/** A sentence that asks something: the message is a question, whatever else it says. */
const ASKING_SENTENCE = /(?:[?？]|吗|么|呢)[。.！!~～\s]*$/u;

/**
 * A long message whose request comes after what sets it up ("你好，我是…的陈志明，联系人就是我，
 * 手机…。省局通知让报名录，我们县准备报安溪铁观音。"): the first sentence that is a request on its
 * own starts the form; the sentences before it say who writes (read for the contact only) or are
 * read as answers, those after it too. A message holding a question asks, and starts nothing.
 */
function laterRequest(text: string): StartRequest | undefined {
  const sentences = text.split(/(?<=[。！!\n])/u).filter((s) => s.trim());
  if (sentences.length < 2) return undefined;
  for (const [at, sentence] of sentences.entries()) {
    if (at === 0) continue;
    // (the request's own sentence may ask how to go on: "想报烟台苹果进第二批名录，现在能填吗？")
    if (ASKING_SENTENCE.test(sentences[at - 1]?.trim() ?? '')) return undefined;
    const request = startRequest(sentence);
    if (!request) continue;
    if (sentences.slice(at + 1).some((s) => ASKING_SENTENCE.test(s.trim()))) return undefined;
    const before = sentences.slice(0, at);
    const intro = before.filter((s) => isAboutSender(startMessage(s).replace(CLAUSE, '')));
    const rest = [...before.filter((s) => !intro.includes(s)), request.rest ?? '', ...sentences.slice(at + 1)].join('').trim();
    const about = [...intro, request.intro ?? ''].join('').trim();
    return { ...request, ...(rest ? { rest } : {}), ...(about ? { intro: about } : {}) };
  }
  return undefined;
}
