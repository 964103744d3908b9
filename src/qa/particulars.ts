import { holds, datedIn, readFacts, SERIAL, type Cited, type NoticeFacts, type Wording } from './particular-facts.js';
import { citedDocument, oneNotice, severalNotices, type Asking } from './particular-reply.js';
import { DEADLINE_ASK, DOC_NUMBER_TEXT, NOTICE_KINDS, NOTICE_MONTH, NOTICE_NOUN, NOTICE_WORDS, PARTICULAR_ASKS, type Particular } from './particular-words.js';
import type { SearchIndex } from './search-index.js';
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

/** The particular a question asks for, if it asks for one of a notice's own. */
export function askedParticular(normalized: string): Particular | undefined {
  const asked = (Object.keys(PARTICULAR_ASKS) as Particular[]).find((p) => PARTICULAR_ASKS[p].test(normalized));
  if ((asked === 'signed' || asked === 'published') && DEADLINE_ASK.test(normalized)) return undefined;
  if (asked === 'title' && !NOTICE_NOUN.test(normalized) && !SERIAL.test(normalized)) return undefined;
  return asked;
}

const everywhere = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);

/** The words a question describes its notice by: what is left without the asking, the notice nouns, doc numbers and years. */
function namingWords(normalized: string): string[] {
  let rest = normalized.replace(everywhere(NOTICE_NOUN), ' ').replace(everywhere(DOC_NUMBER_TEXT), ' ').replace(everywhere(NOTICE_MONTH), ' ').replace(/(?<!\d)(?:20)?\d{2}年?/g, ' ');
  for (const pattern of Object.values(PARTICULAR_ASKS)) rest = rest.replace(everywhere(pattern), ' ');
  return analyzeQuery(rest).contentWords.filter((word) => !NOTICE_WORDS.has(word) && !/^\d+$/.test(word) && !word.startsWith('\u0001'));
}

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
  const particular = askedParticular(normalized);
  if (!particular) return undefined;
  const { profiles, today } = context;
  const asking: Asking = { question, particular, today, yearOf: (doc) => noticeYear(profiles, doc) };
  const found = identify(normalized, context);
  if (!found) return undefined;
  if ('cited' in found) return citedDocument(asking, found.cited);
  return found.notices.length === 1 ? oneNotice(asking, found.notices[0]!) : severalNotices(asking, found.notices);
}

/** The notices (or the cited document) a question about a particular is about; undefined when its words describe none. */
function identify(normalized: string, { index, profiles, scope }: ParticularContext): { notices: NoticeFacts[] } | { cited: Cited } | undefined {
  // "最新" picks among the notices of the kind and description asked, so it is applied last.
  const namesNotice = !!scope.serial || scope.years.length > 0 || scope.programmes.length > 0;
  const docWeights = namesNotice || !scope.newest ? scopeWeights({ ...scope, newest: false }, profiles) : undefined;
  const { notices, cited } = readFacts(index, profiles);
  const words = namingWords(normalized);
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
  let candidates = topNotices;
  const kind = NOTICE_KINDS.find((k) => k.asked.test(normalized));
  const ofKind = candidates.filter((notice) => !notice.kind || notice.kind === kind?.kind);
  if (kind && ofKind.length > 0) candidates = ofKind;
  const month = normalized.match(NOTICE_MONTH);
  const dated = month ? candidates.filter((notice) => datedIn(notice, Number(month[1]), month[2] ? Number(month[2]) : undefined)) : [];
  if (dated.length > 0) candidates = dated;
  // A question naming the notice as such ("…的通知", "14号文") may describe it by what it says.
  const asSuch = NOTICE_NOUN.test(normalized) || !!serial;
  const fitting = candidates.filter((notice) => covers(notice.named) || (asSuch && covers(notice.said)));
  const titleFit = (notice: NoticeFacts): number => words.filter((word) => holds(notice.named, word)).length;
  const best = Math.max(0, ...fitting.map(titleFit));
  if (!serial && words.length > best) {
    // The question names a document the notices only cite, better than it names any notice.
    const citing = new Set(topNotices.map((notice) => notice.doc));
    const match = cited.find((c) => citing.has(c.chunk.doc) && (!kind || kind.title.test(c.title)) && covers(c.words));
    if (match) return { cited: match };
  }
  const chosen = fitting.filter((notice) => titleFit(notice) === best);
  const dateOf = (notice: NoticeFacts): string => profiles.find((p) => p.doc === notice.doc)?.date ?? '';
  const newest = scope.newest ? chosen.reduce<NoticeFacts | undefined>((a, b) => (dateOf(b) > (a ? dateOf(a) : '') ? b : a), undefined) : undefined;
  if (newest) return { notices: [newest] };
  return chosen.length === 0 || chosen.length > MAX_NOTICES ? undefined : { notices: chosen };
}
