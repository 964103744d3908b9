import { startCut } from './start-cut.js';
import { isAboutSending, isRelayedSubmission } from '../lead-in.js';
import { looksLikePersonName, looksLikeTitledName } from '../person-name.js';
import { isCommonWord } from './common-word.js';
import { isProvinceName } from '../provinces.js';
import { isPlaceName, isPlaceRun } from '../gazetteer.js';
import { NAMED_ONLY_VERBS, NOMINATING_VERBS, SCORE_WORDS, START_WORDS, THANKS, type ScoreWordClass, type StartWordClass } from './start-words.js';
import { isProductName, LIST_WORDS, NAME, NOT_NOMINAL, PLACE, productOf, splitTold } from './product-name.js';
import { ACT, NAME_LEAD, NOT_A_VERB, PURPOSE, asTyped, startMessage, type StartRequest } from './start-request.js';

/**
 * The second reading of a wish to start, for what the word-class grammar of start-request.ts
 * cannot place ("肥城市局替报肥城桃", "临潼石榴要填表，帮个忙", "庆元香菇这次报，浙江丽水的，麻烦开表"):
 * each clause is cut by the dictionary (jieba, with the start words added), each word takes the role
 * of its class, and the words no class holds form runs that must each be a place (who asks, for
 * whom) or the product, at most one. A clause asks for the form when it nominates, or fills in or
 * begins what is filled, and nothing in it asks a question, says no, tells of something done or
 * past, or does another act. The message starts when a clause asks and every other clause is a
 * greeting, the sender, the form's data, a wish ("那就开始吧") or whether it may be done here
 * ("现在可以填吗？"); one clause of anything else and it is no request.
 */

type Role = 'nominate' | 'fill' | 'hand' | 'begin' | 'paper' | 'wish' | 'neutral' | 'told' | 'block' | 'now';

const ROLE_OF_START: Record<StartWordClass, Role> = {
  greet: 'neutral', subject: 'neutral', time: 'neutral', modal: 'wish', help: 'wish', verb: 'fill', both: 'nominate',
  object: 'paper', filler: 'neutral', into: 'neutral', take: 'neutral', of: 'neutral', fresh: 'wish', now: 'now',
};
const ROLE_OF_SCORE: Record<ScoreWordClass, Role> = {
  ask: 'block', not: 'block', done: 'block', other: 'block', past: 'block', here: 'neutral', unit: 'neutral',
  told: 'told', fill: 'fill', hand: 'hand', begin: 'begin', paper: 'paper', lead: 'neutral', nominate: 'nominate',
};

/** Each word's role; the reading's own words win over the grammar's where both list one ("开" begins). */
const ROLES = new Map<string, Role>();
for (const [cls, words] of Object.entries(START_WORDS) as Array<[StartWordClass, string[]]>) for (const w of words) ROLES.set(w.toLowerCase(), ROLE_OF_START[cls]);
for (const [cls, words] of Object.entries(SCORE_WORDS) as Array<[ScoreWordClass, string[]]>) for (const w of words) ROLES.set(w, ROLE_OF_SCORE[cls]);
// (推 alone is filling in or promoting: the grammar reads it as nominating only beside a product)
for (const w of NOMINATING_VERBS) if (!NAMED_ONLY_VERBS.includes(w)) ROLES.set(w, 'nominate');
// the words of the list's name (重点联系名录, 运用促进) are what is filled in
for (const w of LIST_WORDS) if (!ROLES.has(w)) ROLES.set(w, 'paper');
const VOCAB = [...ROLES.keys()].sort((a, b) => b.length - a.length);

interface Word {
  text: string;
  role?: Role;
  tag: string;
}

/** A dictionary word the lists do not hold whole, read as list words where they cover it ("填表" → 填 表). */
function coverWith(text: string): Word[] | undefined {
  if (text === '') return [];
  for (const word of VOCAB) {
    if (!text.startsWith(word)) continue;
    const rest = coverWith(text.slice(word.length));
    if (rest) return [{ text: word, role: ROLES.get(word), tag: 'x' }, ...rest];
  }
  return undefined;
}

export function wordsOf(clause: string): Word[] {
  return startCut(clause).flatMap(({ word, tag }) => {
      const role = ROLES.get(word.toLowerCase());
      if (role) return [{ text: word, role, tag }];
      return coverWith(word.toLowerCase()) ?? [{ text: word, tag }];
    });
}


interface ClauseReading {
  kind: 'request' | 'wish' | 'asking' | 'data' | 'neutral' | 'blocked';
  name?: string;
  /** A wish to fill in, without the papers: a request when the message names a product. */
  fills?: boolean;
}

const APPOSITION: ReadonlySet<string> = new Set(['这个', '这一个', '这款', '这项']);

/** Words before whom a request is made: "帮琼中报个绿橙", "给深州市报深州蜜桃", "替…报". */
const FOR_WHOM: ReadonlySet<string> = new Set(['帮', '给', '为', '替', '代', '代替']);

/** People named by a pronoun ("我帮他们录一下"): never the product. */
const PRONOUNS: ReadonlySet<string> = new Set(['他们', '她们', '他', '她', '人家']);

/** Words after a place that say the speakers are there: "平谷这边", "我们县里这块". */
const HERE_AFTER: ReadonlySet<string> = new Set(['这边', '这里', '这儿', '那边', '这块']);

/** A place is who asks or for whom, said before the verb: after it ("申报…保护示范区") it is what is applied for. */
const isVerb = (word: Word | undefined): boolean => word?.role === 'nominate' || word?.role === 'fill';

/**
 * The runs of words no class holds: each a place, or the product (one at most); anything else
 * blocks. A run between a for-whom word and the verb is who the form is for: a place.
 */
function runsOf(words: Word[]): { forWhom: string[]; names: string[]; from: boolean; stray: boolean } {
  const runs: Array<{ words: Word[]; before?: Word; after?: Word; next?: Word; pastVerb: boolean }> = [];
  let current: Word[] = [];
  let verbSeen = false;
  words.forEach((word, i) => {
    if (!word.role) current.push(word);
    if (word.role || i === words.length - 1) {
      const before = words[i - current.length - (word.role ? 1 : 0)];
      if (current.length > 0) runs.push({ words: current, before, after: word.role ? word : undefined, next: word.role ? words[i + 1] : undefined, pastVerb: verbSeen });
      current = [];
    }
    verbSeen ||= isVerb(word);
  });
  const forWhom: string[] = [];
  const names: string[] = [];
  let stray = false;
  let from = false;
  // "给深州市报深州蜜桃" is for a place; "我来给赣南脐橙登记一下", with no other product, for the product
  const forProduct: string[] = [];
  for (const run of runs) {
    const text = run.words.map((w) => w.text).join('');
    const origin = run.after?.text === '的' && run.words.length > 1 ? (run.words.at(-1)?.text ?? '') : '';
    const isFor = FOR_WHOM.has(run.before?.text ?? '') && isVerb(run.after);
    // "宣纸这个地标": a run set beside the papers by 这个 is the product, whatever else the dictionary reads it as
    const apposed = APPOSITION.has(run.after?.text ?? '') && run.next?.role === 'paper' && NAME.test(text);
    // a place by the dictionary: one word ("鞍山"), or several owning what follows ("湖南株洲的"); "肥城桃" is a product,
    // and so is what owns the papers ("西湖龙井的申报")
    const placeWords = run.words.every((w) => w.tag === 'ns') && (run.words.length === 1 || (run.after?.text === '的' && !run.next?.role));
    // "从名称开始": where the filling in begins
    if (run.before?.text === '从' && run.after?.role === 'begin') from = true;
    // "北京平谷这边要报一个地标": a run before 这边 is where the speakers are
    else if (HERE_AFTER.has(run.after?.text ?? '') || looksLikeTitledName(text)) forWhom.push(text);
    // ("帮安吉报一下": a place the gazetteer knows by its short name is for whom too)
    else if (isFor && !PLACE.test(text) && !isProvinceName(text) && !isPlaceName(text)) forProduct.push(text);
    else if (isFor) forWhom.push(text);
    // "五常大米黑龙江的": the province it comes from, run on after the name
    else if (isProvinceName(origin) && isProductName(text.slice(0, -origin.length))) names.push(text.slice(0, -origin.length));
    // …before the verb, or owning the product after it ("申报黑龙江省五常市的五常大米")
    else if ((placeWords || PLACE.test(text) || isProvinceName(text) || isPlaceRun(text) || isPlaceName(text)) && (!run.pastVerb || run.after?.text === '的')) continue;
    else if (apposed) names.push(text);
    else if (isProductName(text) && !isCommonWord(text) && !(run.words.length === 1 && NOT_NOMINAL.test(run.words[0]?.tag ?? ''))) names.push(text);
    else stray = true;
  }
  if (names.length === 0 && forProduct.length === 1) names.push(...forProduct);
  else forWhom.push(...forProduct);
  return { forWhom, names, from, stray: stray || names.length > 1 };
}

/** A product told without the place it is for ("帮琼中报个绿橙"): named as GI names are, place first. */
function withPlace(name: string | undefined, forWhom: string[]): string | undefined {
  const whom = forWhom.length === 1 ? forWhom[0] : undefined;
  // (only a place: "帮李科长报" is for a person)
  const place = whom && !PRONOUNS.has(whom) && !looksLikeTitledName(whom) ? whom.replace(/(?:省|市|县|区|州|盟|旗)$/u, '') : undefined;
  return name && place && !name.includes(place) && isProductName(place + name) ? place + name : name;
}

/** Words that may open "…报的是X": "那我们这回要报的是", "想要申报的是", "申报产品是". */
const NOMINATED_LEAD = [...START_WORDS.greet, ...START_WORDS.subject, ...START_WORDS.time, ...START_WORDS.modal, ...START_WORDS.filler, '那', '那么', '这边', '这里']
  .sort((a, b) => b.length - a.length)
  .join('|');
const NOMINATED = new RegExp(`^(?:${NOMINATED_LEAD})*(?:${NOMINATING_VERBS.join('|')})(?:的(?:产品|地标|地理标志)?|(?:产品|地标|地理标志))(?:名称|名字)?(?:是|叫)`, 'u');
const ANY_WILL_DO = /(?:都|也)(?:行|可以|好|成)(?:的)?$/u;
const ASKING_END = /(?:吗|么|吧|呢)?[?？]+$|(?:吗|么|呢)$/u;
const QUESTION_WORDS = new Set(SCORE_WORDS.ask.filter((w) => !['吗', '呢', '么'].includes(w)));

/** What one clause is (see the file comment). */
function readClause(piece: string): ClauseReading {
  const clause = piece.replace(/[，,。！!；;、~～…\s—-]+$/u, '');
  const bare = clause.replace(/[：:]$/u, '');
  if (/\d/u.test(clause)) return { kind: 'data' };
  // "我们报的是庆元香菇", "那我们申报的产品是沙县小吃": the product named as what is nominated asks for its form
  const nominated = NOMINATED.exec(bare);
  const product = nominated ? bare.slice(nominated[0].length) : '';
  if (nominated && isProductName(product)) return { kind: 'request', name: product };
  // "名称是金乡大蒜": the product told
  const lead = NAME_LEAD.exec(bare);
  const told = lead ? bare.slice(lead[0].length) : '';
  if (lead && isProductName(told)) return { kind: 'data', name: told };
  const asking = ASKING_END.test(bare);
  // "让我负责名录申报": a verb the lists lack, right after a wish, fills in (as the grammar reads 录, 整理)
  const words = wordsOf(bare.replace(ASKING_END, '').replace(PURPOSE, '').replace(SENT_BY, '')).map((w, i, all): Word =>
    !w.role && /^vn?$/u.test(w.tag) && ACT.test(w.text) && !NOT_A_VERB.test(w.text) && all[i - 1]?.role === 'wish' ? { ...w, role: 'fill' } : w,
  );
  const has = (role: Role) => words.some((w) => w.role === role);
  // 麻烦, 请, 帮 ask for what follows them: after every act of the clause ("申报好麻烦啊") they ask for nothing
  const lastAct = words.reduce((last, w, i) => (w.role && ACTING.has(w.role) ? i : last), -1);
  const helpAfterAct = lastAct >= 0 && words.slice(lastAct + 1).some((w) => HELP.has(w.text.toLowerCase()));
  // thanks close a request; before the act they thank for it ("谢谢你帮忙报五常大米")
  const thanksFor = lastAct > 0 && words.slice(0, lastAct).some((w) => THANKING.has(w.text));
  const { forWhom, names, from, stray } = runsOf(words);
  // a question word before 都行 asks nothing: "从哪开始都行", "填什么都可以"
  const anyWill = ANY_WILL_DO.test(bare);
  const questioned = !anyWill && words.some((w) => QUESTION_WORDS.has(w.text));
  // 了 tells of something done unless the clause is about beginning now: "我来填表了", not "我们报了"
  const doneNow = has('now') && !has('begin') && !has('wish');
  const blocked = stray || helpAfterAct || thanksFor || words.some((w) => w.role === 'block' && !(anyWill && QUESTION_WORDS.has(w.text))) || doneNow;
  // filling in asks for the form with what is filled ("临潼石榴要填表") or a wish ("准备录入", "我来录东宁黑木耳"):
  // "省份写兵团" answers a question
  const fills = (has('fill') && has('paper')) || (has('hand') && has('paper'));
  const nominates = has('nominate') || fills || (has('begin') && (has('fill') || has('paper') || from));
  // a wish to fill in without the papers ("准备录入", "我来录东宁黑木耳") asks only where a product is named
  // …and so does one opening the clause, said as a bidding ("录一下 信阳毛尖")
  const fillsWished = has('fill') && (has('wish') || words[0]?.role === 'fill');
  if (asking && !questioned && !stray && !doneNow && !words.some((w) => w.role === 'block' && !QUESTION_WORDS.has(w.text))) {
    // "在吗？" greets; "现在可以填吗？" asks whether it may be done here; anything else asked is a question
    if (words.every((w) => w.role === 'neutral')) return { kind: 'neutral' };
    return nominates || fillsWished || has('begin') ? { kind: 'asking' } : { kind: 'blocked' };
  }
  // …as does a clause of beginning alone: "咱们开始吧，赣南脐橙", "下一个：" (not "新建加工园区")
  const beginsOnly = has('begin') && words.every((w) => w.role === 'begin' || w.role === 'wish' || w.role === 'neutral');
  // "申报产品：", "产品名称：": a label is data, unless it is itself a request with a wish or for whom ("给灵宝市报一个：")
  const label = /[：:]$/u.test(clause);
  if (label && !beginsOnly && !(nominates && !blocked && (has('wish') || forWhom.length > 0))) return { kind: 'data' };
  if (blocked || asking) return { kind: 'blocked' };
  if (anyWill) return { kind: 'neutral' };
  if (nominates) return { kind: 'request', name: withPlace(names[0], forWhom) };
  if (fillsWished || beginsOnly) return { kind: 'wish', fills: true, name: names[0] };
  // "随州香菇", "浙江丽水的", "证明商标": the form's data; "砀山酥梨的申报书": what the request is about
  const data = words.some((w) => !w.role || w.role === 'told');
  if (data && words.every((w) => !w.role || w.role === 'neutral' || w.role === 'told')) return { kind: 'data', name: names[0] };
  if (words.every((w) => !w.role || w.role === 'neutral' || w.role === 'paper')) return { kind: 'neutral', name: names[0] };
  return { kind: has('begin') || has('wish') || has('fill') ? 'wish' : 'neutral', name: names[0] };
}

/** Who sent in what is filled, said of it: "县里发来的(申报材料)" is the county's papers. */
const SENT_BY = /(?<=县|市|区|州|盟|旗|镇|乡|局|里|站|协会|中心|那边)(?:发来|发过来|报上来|报来|转来|传来|送来|交上来)(?=的)/u;

/** Roles that act, and the words that ask the bot to (START_WORDS.help). */
const ACTING: ReadonlySet<Role> = new Set(['nominate', 'fill', 'hand', 'begin', 'paper']);
const HELP: ReadonlySet<string> = new Set(START_WORDS.help.map((w) => w.toLowerCase()));
const THANKING: ReadonlySet<string> = new Set(THANKS);

const bareOf = (piece: string): string => piece.replace(/[，,。！!？?；;、~～：:\s—-]+/gu, '');

/** Longer than this, a message is a report, not an opening. */
const MAX_MESSAGE = 40;
/** A message that asks something anywhere starts nothing when it is long: it is a question about the request. */
const ASKS = /[?？]|(?:吗|么|呢)[。.!！\s]*(?:[，,；;]|$)/u;

/**
 * Reads `text` as a start request by the scored reading (see the file comment); `isSender` tells a
 * clause about who writes ("我是宣城市局小吴"), kept apart for the contact.
 */
export function scoredStart(text: string, isSender: (clause: string) => boolean): StartRequest | undefined {
  const message = startMessage(text);
  if (message.length === 0) return undefined;
  const pieces = message.split(/(?<=[，,。！!？?；;、~～：:\s]|—+|-{2,})/u).filter((p) => p.replace(/[—\-\s]+/gu, ''));
  const rest: string[] = [];
  const intro: string[] = [];
  let requested = false;
  // the product the request names, else the first a clause beside it names ("随州香菇，湖北，我来填申报书")
  let asked: string | undefined;
  let told: string | undefined;
  let wishedFill = false;
  // after a label ("计划：…"), what follows is its value: a verb there ("办好川菜美食节") wishes for nothing
  let labelled = false;
  let relayed = false;
  // a long message may open with the request that names its product: what follows is read as answers
  const long = message.length > MAX_MESSAGE;
  let requestEnd = -1;
  let readLength = 0;
  for (const piece of pieces) {
    if (requestEnd >= 0) {
      rest.push(piece);
      continue;
    }
    readLength += piece.length;
    // who writes: "我是宣城市局小吴", a unit and then a person's name ("…中心 杨勇")
    if (!requested && rest.length === 0 && (isSender(bareOf(piece)) || (intro.length > 0 && looksLikePersonName(bareOf(piece))))) {
      intro.push(piece);
      continue;
    }
    // "材料是县局小何发的": who sent the material is neither a request nor another act
    if (isAboutSending(bareOf(piece))) {
      relayed = true;
      continue;
    }
    // "下面县里报了一个地标": what a unit sent in is what a wish to fill in beside it is about
    if (isRelayedSubmission(bareOf(piece)) && readClause(piece).kind !== 'request') {
      relayed = true;
      continue;
    }
    const reading = readClause(piece);
    if (reading.kind === 'blocked') return undefined;
    if (reading.kind === 'data' && /[：:]\s*$/u.test(piece)) labelled = true;
    if (reading.kind === 'request') {
      requested = true;
      asked ??= reading.name;
      if (long && asked && !ASKS.test(message)) requestEnd = readLength;
    } else if (reading.fills && !labelled) {
      wishedFill = true;
      asked ??= reading.name;
    } else {
      if (!labelled) told ??= reading.name;
      if (reading.kind === 'data' || labelled) rest.push(piece.replace(/[—-]+$/u, '，'));
    }
  }
  const product = splitTold(productOf(asked ?? told) ?? '');
  // (a pronoun is whom the form is for, never the product: "我帮他们录一下")
  const named = product.name && PRONOUNS.has(product.name) ? { ...product, name: undefined } : product;
  if (!(requested || (wishedFill && (named.name || relayed))) || (requestEnd >= 0 ? requestEnd : message.length) - intro.join('').length > MAX_MESSAGE) return undefined;
  // the bare name beside the request is the name, not an answer too
  const answers = rest.filter((piece) => asked !== undefined || bareOf(piece) !== told);
  const after = `${asTyped(text, message, answers)}${named.told ? `，${named.told}` : ''}`.trim();
  const about = intro.join('').trim();
  return { fresh: false, weak: true, ...(named.name ? { name: named.name } : {}), ...(after ? { rest: after } : {}), ...(about ? { intro: about } : {}) };
}
