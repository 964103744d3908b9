import { holds, datedIn, readFacts, SERIAL, type Cited, type NoticeFacts, type Wording } from './particular-facts.js';
import { citedDocument, oneNotice, severalNotices, type Asking } from './particular-reply.js';
import { BASIS_ASK, COUNT, DEADLINE_ASK, DONE_ASK, DOC_NUMBER_TEXT, HELD_THING_NAMED, NOTICE_KINDS, NOTICE_MONTH, NOTICE_NOUN, NOTICE_WORDS, PARTICULAR_ASKS, RELATIVE_YEAR, TITLE_HEADS, type Particular } from './particular-words.js';
import type { SearchIndex } from './search-index.js';
import { backgroundIdf } from './background-idf.js';
import { NAMED_SET, NUMBERED_PART } from './lexicon.js';
import { batchesOf } from './shapes.js';
import { noticeYear, scopeWeights, type DocumentProfile, type QuestionScope } from './scope.js';
import { analyzeQuery, normalizeText } from './tokenize.js';
import type { Answer } from './types.js';

/**
 * Questions about a notice's own particulars — its 文号, 成文 (落款) date, 发布 date, issuer or
 * title — answered from that notice's 文件信息 chunk rather than from whichever sentence ranks
 * first. The notice is the one the scope reading singles out (doc number, year, programme),
 * narrowed by the kind of notice named (通知 / 公示 / 公告), a month and the words describing
 * it, then by 最新; a document the notices only cite (《…》(国知发运字〔2023〕13号)) is answered
 * from the citing sentence. A particular the copy does not state is declined, saying so.
 */

/** Several notices fitting equally are each answered up to this many; more, and the ranking decides. */
const MAX_NOTICES = 3;

/** A question naming its notice's parts or attachments, or asking names one by one (分别, 各自): not the notice's own title. */
const HELD_NAMES = /附件|分别|各自|各叫|(?:几|哪几|哪些)个?(?:方面|部分|标题|板块|章节|条)/;

/** The particular a question asks for, if it asks for one of a notice's own. */
export function askedParticular(normalized: string): Particular | undefined {
  const asked = (Object.keys(PARTICULAR_ASKS) as Particular[]).find((p) => PARTICULAR_ASKS[p].test(normalized));
  if ((asked === 'signed' || asked === 'published') && DEADLINE_ASK.test(normalized)) return undefined;
  if (asked === 'title' && !NOTICE_NOUN.test(normalized) && !SERIAL.test(normalized)) return undefined;
  // The name of something the notice holds ("第一条叫啥", "那48家企业里…具体叫啥名"), not of the notice.
  if (asked === 'title' && (NUMBERED_PART.test(normalized) || NAMED_SET.some((pattern) => pattern.test(normalized)))) return undefined;
  // The names of several things the notice holds ("几个附件 分别叫啥", "讲了哪几方面 几个标题列一下").
  if (asked === 'title' && HELD_NAMES.test(normalized)) return undefined;
  // The name of a thing the question describes by what the notice does with it ("…要打造的区域品牌高地叫啥").
  const held = asked === 'title' ? normalized.match(HELD_THING_NAMED) : null;
  if (held && !TITLE_HEADS.test(held[1]!)) return undefined;
  return asked;
}

/**
 * A notice found by what it says need not hold every word of the question ("验收结果那个文号": the
 * copy never says 结果): this share of the words is enough, when the question names the notice.
 */
const PARTIAL_SHARE = 2 / 3;

const everywhere = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);

/**
 * The words a question describes its notice by: what is left without the asking, the notice nouns,
 * doc numbers and years, and the words asking for what a notice relies on ("乡村振兴行动那个依据文件":
 * 依据 says which document is meant, no cited title says it).
 */
function namingWords(normalized: string): string[] {
  let rest = normalized
    .replace(everywhere(RELIED_ON), ' ')
    .replace(everywhere(NOTICE_NOUN), ' ')
    .replace(everywhere(DOC_NUMBER_TEXT), ' ')
    .replace(everywhere(NOTICE_MONTH), ' ')
    .replace(everywhere(COUNT), ' ')
    .replace(RELATIVE_YEAR, ' ')
    .replace(/(?<!\d)(?:20)?\d{2}年?/g, ' ');
  for (const pattern of Object.values(PARTICULAR_ASKS)) rest = rest.replace(everywhere(pattern), ' ');
  return analyzeQuery(rest).contentWords.filter((word) => !NOTICE_WORDS.has(word) && !/^\d+$/.test(word) && !word.startsWith('\u0001'));
}

/** General-language IDF below which a word is the asker's phrasing rather than a name (jieba's table: 结果 4.9, 定 6.4; 复核 9.9). */
const PHRASING_IDF = 7;

/**
 * The naming words that can tell notices apart: a common word no notice says ("验收结果": no copy
 * says 结果) is the asker's own description, when another word of the question is the notices'.
 */
function describingWords(words: readonly string[], notices: readonly NoticeFacts[]): string[] {
  const said = (word: string): boolean => notices.some((notice) => holds(notice.said, word));
  const kept = words.filter((word) => said(word) || backgroundIdf(word) >= PHRASING_IDF);
  return kept.some(said) ? kept : [...words];
}

/**
 * A day asked of something done ("哪天发布的", "几号定的"): it happened, so the notice the words
 * describe is the one that did it; "什么时候公布" may ask of a list not out yet, and a batch named
 * (首批名录哪天定的) is an event the notices tell of.
 */
const askedAsDone = (normalized: string, particular: Particular): boolean =>
  (particular === 'signed' || particular === 'published') && DONE_ASK.test(normalized) && batchesOf(normalized).length === 0;

/** What `particularAnswer` reads besides the question. */
export interface ParticularContext {
  index: SearchIndex;
  profiles: readonly DocumentProfile[];
  scope: QuestionScope;
  today: string;
}

/**
 * The answer to a question about a notice's own particular, or undefined when the question asks
 * for none or its words describe no indexed notice (the ranking then answers it as any question).
 */
export function particularAnswer(question: string, text: string, context: ParticularContext): Answer | undefined {
  const normalized = normalizeText(text);
  // The basis asked of a notice ("按哪个文件搞的") is the title of a document it cites.
  const particular = askedParticular(normalized) ?? (BASIS_ASK.test(normalized) ? 'title' : undefined);
  if (!particular) return undefined;
  const { profiles, today } = context;
  const asking: Asking = { question, particular, today, yearOf: (doc) => noticeYear(profiles, doc) };
  const found = identify(normalized, particular, context);
  if (!found) return undefined;
  if ('cited' in found) return citedDocument(asking, found.cited);
  return found.notices.length === 1 ? oneNotice(asking, found.notices[0]!) : severalNotices(asking, found.notices);
}

/** The notices (or the cited document) a question about a particular is about; undefined when its words describe none. */
function identify(normalized: string, particular: Particular, { index, profiles, scope }: ParticularContext): { notices: NoticeFacts[] } | { cited: Cited } | undefined {
  // "最新" picks among the notices of the kind and description asked, so it is applied last.
  const namesNotice = !!scope.serial || scope.years.length > 0 || scope.programmes.length > 0;
  const docWeights = namesNotice || !scope.newest ? scopeWeights({ ...scope, newest: false }, profiles) : undefined;
  const { notices, cited } = readFacts(index, profiles);
  const asked = namingWords(normalized);
  const words = describingWords(asked, [...notices.values()]);
  const covers = (wording: Wording): boolean => words.every((word) => holds(wording, word));
  const serial = scope.serial;
  const sameSerial = (s: { year: number; number: number } | undefined): boolean =>
    !!serial && !!s && s.number === serial.number && (!serial.year || !s.year || s.year === serial.year);
  if (serial && !profiles.some((p) => sameSerial(p.serial))) {
    const match = cited.find((c) => sameSerial(c.serial));
    return match ? { cited: match } : undefined;
  }

  const weights = [...notices.keys()].map((doc) => docWeights?.get(doc) ?? 1);
  const top = Math.max(...weights);
  const topNotices = [...notices.values()].filter((_, i) => weights[i] === top);
  // (the notice named by number, year or programme: a group's home notice is no naming)
  const basisAsked = BASIS_ASK.test(normalized);
  if ((particular === 'docNumber' || particular === 'title') && namesNotice && RELIED_ON.test(normalized)) {
    const citing = new Set(serial ? profiles.filter((p) => sameSerial(p.serial)).map((p) => p.doc) : topNotices.map((notice) => notice.doc));
    // The basis of one of several notices named alike is not told by the one whose citation has a 文号 (a notice may cite without one).
    if (basisAsked && citing.size > 1) return undefined;
    const relied = reliedOn(cited.filter((c) => citing.has(c.chunk.doc)), asked);
    if (relied !== 'several') return relied ? { cited: relied } : undefined;
  }
  // The basis asked of no notice named, or of several: no notice's own particular answers it.
  if (basisAsked) return undefined;
  const kind = NOTICE_KINDS.find((k) => k.asked.test(normalized));
  const month = normalized.match(NOTICE_MONTH);
  /** The notices of the kind (通知 / 公示 / 公告) and month named, when any is. */
  const narrowed = (list: NoticeFacts[]): NoticeFacts[] => {
    const ofKind = list.filter((notice) => !notice.kind || notice.kind === kind?.kind);
    const byKind = kind && ofKind.length > 0 ? ofKind : list;
    const dated = month ? byKind.filter((notice) => datedIn(notice, Number(month[1]), month[2] ? Number(month[2]) : undefined)) : [];
    return dated.length > 0 ? dated : byKind;
  };
  const all = [...notices.values()];
  // A kind no notice the question prefers is of ("那个公告" when only the home notice is preferred) is looked for among all.
  const ofKindAsked = (list: NoticeFacts[]): boolean => !kind || list.some((notice) => notice.kind === kind.kind);
  const candidates = narrowed(namesNotice || ofKindAsked(topNotices) ? topNotices : all);
  // A question naming the notice as such ("…的通知", "14号文") may describe it by what it says.
  const asSuch = NOTICE_NOUN.test(normalized) || !!serial;
  // A count the question gives ("54个示范区") tells apart notices its other words fit alike.
  const counts = normalized.match(everywhere(COUNT)) ?? [];
  const counted = (list: NoticeFacts[]): NoticeFacts[] => {
    const holding = list.filter((notice) => counts.every((count) => notice.said.text.includes(count)));
    return holding.length > 0 ? holding : list;
  };
  const fitting = counted(candidates.filter((notice) => covers(notice.named) || (asSuch && covers(notice.said))));
  const titleFit = (notice: NoticeFacts): number => words.filter((word) => holds(notice.named, word)).length;
  const best = Math.max(0, ...fitting.map(titleFit));
  // Named by no notice, the question may describe one by its title, or a document any notice cites
  // (the home notice's preference is no naming).
  const titled = namesNotice ? best : Math.max(best, ...all.map(titleFit));
  if (!serial && words.length > titled) {
    // The question names a document the notices only cite, better than it names any notice: a
    // document known by its title alone is named by every word of the question.
    const citing = new Set((namesNotice ? topNotices : all).map((notice) => notice.doc));
    const match = cited.find((c) => citing.has(c.chunk.doc) && (!kind || kind.title.test(c.title)) && asked.every((word) => holds(c.words, word)));
    if (match) return { cited: match };
  }
  // Described partly, when the question is about a document ("那个文件", "…的文号"), not about a matter ("第二批名单什么时候公布"):
  // among the notices it names, or among all when it names none (the home notice's preference is no naming).
  const aboutDocument = asSuch || particular === 'docNumber' || particular === 'title' || askedAsDone(normalized, particular);
  const described = (): NoticeFacts[] => (!aboutDocument ? [] : counted(closest(namesNotice ? candidates : narrowed(all), words, cited)));
  const chosen = fitting.length > 0 ? fitting.filter((notice) => titleFit(notice) === best) : described();
  const dateOf = (notice: NoticeFacts): string => profiles.find((p) => p.doc === notice.doc)?.date ?? '';
  const newest = scope.newest ? chosen.reduce<NoticeFacts | undefined>((a, b) => (dateOf(b) > (a ? dateOf(a) : '') ? b : a), undefined) : undefined;
  if (newest) return { notices: [newest] };
  return chosen.length === 0 || chosen.length > MAX_NOTICES ? undefined : { notices: chosen };
}

/**
 * A question asking for the 文号 or title of what a notice relies on ("767号文依据的管理办法是哪个文号",
 * "14号文引用的那个文件文号多少"): it asks about a document the notice cites, not the notice's own.
 */
const RELIED_ON = new RegExp(`依据|根据|按照|依照|遵照|引用|援引|上位|${BASIS_ASK.source}`);
/** A citing sentence that gives the document as the notice's basis: 根据《…》, 按照《…》要求. */
const BASIS = /(?:根据|按照|依据|依照|遵照)《/;

/**
 * The one document among those the notices cite that the question describes: the one holding most
 * of its words, else, when its words describe none, the one a notice names as its basis; none when
 * several documents fit alike (the ranking then answers from the sentences), and 'several' when
 * several notices cite it (which notice is asked about is then not told by what it relies on).
 */
function reliedOn(own: readonly Cited[], words: readonly string[]): Cited | 'several' | undefined {
  const heldBy = (c: Cited): number => words.filter((word) => holds(c.words, word)).length;
  const most = Math.max(0, ...own.map(heldBy));
  const picked = most > 0 ? own.filter((c) => heldBy(c) === most) : own.filter((c) => BASIS.test(normalizeText(c.sentence)));
  if (new Set(picked.map((c) => c.chunk.doc)).size > 1) return 'several';
  return new Set(picked.map((c) => c.number)).size === 1 ? picked[0] : undefined;
}

/**
 * The notices whose own words (not those of the documents they cite) hold the largest share of the
 * question's words, at least PARTIAL_SHARE; none when a word they lack names a document they cite
 * ("…依据的管理办法文号": the question is about that document).
 */
function closest(candidates: readonly NoticeFacts[], words: readonly string[], cited: readonly Cited[]): NoticeFacts[] {
  if (words.length === 0) return [];
  const held = (notice: NoticeFacts, word: string): boolean => holds(notice.named, word) || holds(notice.own, word);
  // each notice looks only at the documents it cites (grouped once: a corpus of many notices cites many)
  const citedBy = new Map<string, Cited[]>();
  for (const c of cited) citedBy.set(c.chunk.doc, [...(citedBy.get(c.chunk.doc) ?? []), c]);
  const fits = candidates.map((notice) => {
    const missing = words.filter((word) => !held(notice, word));
    // Another batch than the notice's ("第二批" of a notice on the first) is another list.
    if (missing.some((word) => batchesOf(word).length > 0)) return { notice, share: 0 };
    const own = citedBy.get(notice.doc) ?? [];
    const namesCited = missing.some((word) => own.some((c) => holds(c.words, word)));
    return { notice, share: namesCited ? 0 : 1 - missing.length / words.length };
  });
  const best = Math.max(...fits.map((fit) => fit.share));
  return best < PARTIAL_SHARE ? [] : fits.filter((fit) => fit.share === best).map((fit) => fit.notice);
}
