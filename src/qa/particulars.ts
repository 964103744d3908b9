import { t } from '../texts.js';
import type { Chunk } from './chunk.js';
import { deadlineNote } from './dates.js';
import { citationOf, fitted, SEVERAL_TITLE, sourceLabel } from './extractive.js';
import {
  CITED_DOCUMENT,
  DEADLINE_ASK,
  DOC_NUMBER_TEXT,
  NOTICE_KINDS,
  NOTICE_MONTH,
  NOTICE_NOUN,
  NOTICE_WORDS,
  PARTICULAR_ASKS,
  TITLE_ISSUER,
  type Particular,
} from './particular-words.js';
import type { SearchIndex } from './search-index.js';
import { programmeLabels, scopeWeights, type DocumentProfile, type QuestionScope } from './scope.js';
import { analyze, analyzeQuery, normalizeText } from './tokenize.js';
import type { Answer } from './types.js';

/**
 * Questions about a notice's own particulars — its 文号, 成文 (落款) date, 发布 date, issuer or
 * title — answered from that notice's 文件信息 chunk rather than from whichever sentence ranks
 * first. The notice is the one the scope reading singles out (doc number, year, programme,
 * 最新), narrowed by the kind of notice named (通知 / 公示 / 公告) and by the words describing
 * it; a document the notices only cite (《…》(国知发运字〔2023〕13号)) is answered from the
 * citing sentence. A particular the copy does not state is declined, saying so.
 */

/** What identifies one notice to a question, read once per index. */
interface NoticeFacts {
  doc: string;
  /** The 文件信息 chunk, undefined when the copy states none of its particulars. */
  meta?: Chunk;
  /** Any chunk of the notice (for its source label when it has no 文件信息). */
  first: Chunk;
  /** False when no copy kept the title (the loader then titles it by its doc number). */
  titled: boolean;
  kind?: string;
  /** Its title, programmes, issuer and doc number: their words, and the text (for words segmented otherwise there). */
  named: { words: Set<string>; text: string };
  /** Its whole text, likewise. */
  said: { words: Set<string>; text: string };
}

/** A document a notice cites, with the sentence that cites it. */
interface Cited {
  title: string;
  number: string;
  serial?: { year: number; number: number };
  words: { words: Set<string>; text: string };
  chunk: Chunk;
  sentence: string;
}

/** Which facts chunk sentence states each particular (the title has none). */
const META_KEY: Record<Exclude<Particular, 'title'>, string> = { docNumber: 'doc_number', issuer: 'issuer', signed: 'signed', published: 'published' };
/** Several notices fitting equally are each answered up to this many; more, and the ranking decides. */
const MAX_NOTICES = 3;
/** A decline quotes this much of the facts chunk at most. */
const MAX_QUOTE = 120;

const SERIAL = /〔(\d{4})〕\s*(\d{1,4})\s*号/;
function add(words: { words: Set<string>; text: string }, text: string): void {
  for (const word of analyze(text).words) words.words.add(word);
  words.text += ` ${normalizeText(text)}`;
}

/** True when a notice's words hold `word`, or its text does (a word the notice's text segments otherwise). */
const holds = (words: { words: Set<string>; text: string }, word: string): boolean => words.words.has(word) || words.text.includes(word);

const facts = new WeakMap<SearchIndex, { notices: Map<string, NoticeFacts>; cited: Cited[] }>();

function readFacts(index: SearchIndex, profiles: readonly DocumentProfile[]): { notices: Map<string, NoticeFacts>; cited: Cited[] } {
  const known = facts.get(index);
  if (known) return known;
  const notices = new Map<string, NoticeFacts>();
  const cited: Cited[] = [];
  const metaSection = t('qa.meta_section');
  for (const chunk of index.chunks) {
    let notice = notices.get(chunk.doc);
    if (!notice) {
      const profile = profiles.find((p) => p.doc === chunk.doc);
      const title = normalizeText(chunk.title);
      const titled = chunk.title !== chunk.docNumber && chunk.title !== chunk.doc.split('/').pop();
      notice = {
        doc: chunk.doc,
        first: chunk,
        titled,
        kind: titled ? NOTICE_KINDS.find((k) => k.title.test(title))?.kind : undefined,
        named: { words: new Set([...(profile?.titleWords ?? []), ...analyze(chunk.docNumber ?? '').words]), text: `${title} ${programmeLabels(profile?.programmes ?? [])}` },
        said: { words: new Set(), text: '' },
      };
      notices.set(chunk.doc, notice);
    }
    if (chunk.position === 0 && chunk.section === metaSection) {
      notice.meta = chunk;
      add(notice.named, chunk.text);
    }
    add(notice.said, `${chunk.title} ${chunk.text}`);
    notice.kind ??= NOTICE_KINDS.find((k) => k.text.test(chunk.text))?.kind;
    for (const sentence of chunk.sentences) {
      for (const match of normalizeText(sentence).matchAll(CITED_DOCUMENT)) {
        const serial = match[2]!.match(SERIAL);
        cited.push({
          title: match[1]!,
          number: match[2]!,
          serial: serial ? { year: Number(serial[1]), number: Number(serial[2]) } : undefined,
          words: { words: new Set(analyze(match[1]!).words), text: match[1]! },
          chunk,
          sentence,
        });
      }
    }
  }
  const read = { notices, cited };
  facts.set(index, read);
  return read;
}

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

/** True when an ISO date is in `month` (on `day`, when given). */
function datedIn(date: string | undefined, month: number, day: number | undefined): boolean {
  const [, m, d] = (date ?? '').split('-').map(Number);
  return m === month && (day === undefined || d === day);
}

/** The particular's sentence in a notice's 文件信息, if the copy states it. */
function statedSentence(notice: NoticeFacts, particular: Exclude<Particular, 'title'>): string | undefined {
  const prefix = t(`qa.meta.${META_KEY[particular]}`, { value: '\u0000' }).split('\u0000')[0]!;
  return notice.meta?.sentences.find((sentence) => sentence.startsWith(prefix));
}

/** What one notice says of the particular: the quote, or undefined when its copy does not state it. */
function quoteOf(notice: NoticeFacts, particular: Particular): string | undefined {
  if (particular === 'title') return notice.titled ? notice.first.title : undefined;
  // "哪天发的" of a notice whose copy gives only the date it was signed: that date, named as such.
  return statedSentence(notice, particular) ?? (particular === 'published' ? statedSentence(notice, 'signed') : undefined);
}

interface Asking {
  question: string;
  particular: Particular;
  yearOf: (doc: string) => number | undefined;
  today: string;
}

const noted = (asking: Asking, doc: string, quote: string): string => deadlineNote(quote, asking.yearOf(doc), asking.today, false);
const what = (particular: Particular): string => t(`qa.particular.what.${particular}`);
const answered = (question: string, answer: string, citations: Answer['citations'], declined = false): Answer => ({ question, answer, declined, citations, via: 'extractive' });

function oneNotice(asking: Asking, notice: NoticeFacts): Answer {
  const { question, particular } = asking;
  const chunk = notice.meta ?? notice.first;
  const quote = quoteOf(notice, particular);
  if (quote !== undefined) {
    const key = particular === 'title' ? 'qa.particular.title' : 'qa.answer';
    const answer = fitted(chunk, (source) => `${t(key, { source, quote }).trimEnd()}${noted(asking, notice.doc, quote)}`);
    return answered(question, answer, [citationOf(chunk, quote)]);
  }
  if (!notice.meta) return answered(question, fitted(chunk, (source) => t('qa.particular.unstated_bare', { source, what: what(particular) })), [], true);
  const facts = notice.meta.text.length > MAX_QUOTE ? `${notice.meta.text.slice(0, MAX_QUOTE - 1)}…` : notice.meta.text;
  const answer = fitted(notice.meta, (source) => t('qa.particular.unstated', { source, what: what(particular), quote: facts }));
  return answered(question, answer, [citationOf(notice.meta, facts)], true);
}

function severalNotices(asking: Asking, notices: NoticeFacts[]): Answer {
  const { question, particular } = asking;
  const citations: Answer['citations'] = [];
  const lines = notices.map((notice, i) => {
    const chunk = notice.meta ?? notice.first;
    const source = sourceLabel(chunk, SEVERAL_TITLE);
    const quote = quoteOf(notice, particular);
    if (quote === undefined) return t('qa.particular.several_unstated', { n: i + 1, source, what: what(particular) });
    citations.push(citationOf(chunk, quote));
    return t('qa.several_item', { n: i + 1, source, quote, note: noted(asking, notice.doc, quote) });
  });
  const answer = [t('qa.several', { count: notices.length }), ...lines].join('\n').slice(0, 300);
  return answered(question, answer, citations, citations.length === 0);
}

function citedDocument(asking: Asking, cited: Cited): Answer {
  const { question, particular } = asking;
  const sentence = cited.sentence.trim();
  const quote = sentence.length > MAX_QUOTE ? `${sentence.slice(0, MAX_QUOTE - 1)}…` : sentence;
  const stated = particular === 'docNumber' || particular === 'title' || (particular === 'issuer' && TITLE_ISSUER.test(cited.title));
  const answer = stated
    ? fitted(cited.chunk, (source) => `${t('qa.answer', { source, quote }).trimEnd()}${noted(asking, cited.chunk.doc, quote)}`)
    : fitted(cited.chunk, (source) => t('qa.particular.cited_unstated', { source, what: what(particular), quote }));
  return answered(question, answer, [citationOf(cited.chunk, quote)], !stated);
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
  const { index, profiles, scope, today } = context;
  // "最新" picks among the notices of the kind and description asked, so it is applied last.
  const namesNotice = !!scope.serial || scope.years.length > 0 || scope.programmes.length > 0;
  const docWeights = namesNotice || !scope.newest ? scopeWeights({ ...scope, newest: false }, profiles) : undefined;
  const { notices, cited } = readFacts(index, profiles);
  const asking: Asking = {
    question,
    particular,
    today,
    yearOf: (doc) => {
      const profile = profiles.find((p) => p.doc === doc);
      return profile?.serial?.year || (profile?.date ? Number(profile.date.slice(0, 4)) : undefined);
    },
  };
  const words = namingWords(normalized);
  const covers = (set: { words: Set<string>; text: string }): boolean => words.every((word) => holds(set, word));
  const serial = scope.serial;
  const sameSerial = (s: { year: number; number: number } | undefined): boolean =>
    !!serial && !!s && s.number === serial.number && (!serial.year || !s.year || s.year === serial.year);
  if (serial && !profiles.some((p) => sameSerial(p.serial))) {
    const match = cited.find((c) => sameSerial(c.serial));
    return match ? citedDocument(asking, match) : undefined;
  }

  const weights = [...notices.keys()].map((doc) => docWeights?.get(doc) ?? 1);
  const top = Math.max(...weights);
  const topNotices = [...notices.values()].filter((_, i) => weights[i] === top);
  let candidates = topNotices;
  const kind = NOTICE_KINDS.find((k) => k.asked.test(normalized))?.kind;
  const ofKind = candidates.filter((notice) => !notice.kind || notice.kind === kind);
  if (kind && ofKind.length > 0) candidates = ofKind;
  const month = normalized.match(NOTICE_MONTH);
  const dated = month ? candidates.filter((notice) => datedIn(profiles.find((p) => p.doc === notice.doc)?.date, Number(month[1]), month[2] ? Number(month[2]) : undefined)) : [];
  if (dated.length > 0) candidates = dated;
  // A question naming the notice as such ("…的通知", "14号文") may describe it by what it says.
  const asSuch = NOTICE_NOUN.test(normalized) || !!serial;
  const fitting = candidates.filter((notice) => covers(notice.named) || (asSuch && covers(notice.said)));
  const titleFit = (notice: NoticeFacts): number => words.filter((word) => holds(notice.named, word)).length;
  const best = Math.max(0, ...fitting.map(titleFit));
  if (!serial && words.length > best) {
    // The question names a document the notices only cite, better than it names any notice.
    const citing = new Set(topNotices.map((notice) => notice.doc));
    const ofAskedKind = (c: Cited): boolean => !kind || NOTICE_KINDS.find((k) => k.kind === kind)!.title.test(c.title);
    const citedFit = cited.filter((c) => citing.has(c.chunk.doc) && ofAskedKind(c) && covers(c.words));
    if (citedFit.length > 0) {
      const byWeight = citedFit.sort((a, b) => (docWeights?.get(b.chunk.doc) ?? 1) - (docWeights?.get(a.chunk.doc) ?? 1));
      return citedDocument(asking, byWeight[0]!);
    }
  }
  const chosen = fitting.filter((notice) => titleFit(notice) === best);
  const dateOf = (notice: NoticeFacts): string => profiles.find((p) => p.doc === notice.doc)?.date ?? '';
  const newest = scope.newest ? chosen.reduce<NoticeFacts | undefined>((a, b) => (dateOf(b) > (a ? dateOf(a) : '') ? b : a), undefined) : undefined;
  if (newest) return oneNotice(asking, newest);
  if (chosen.length === 0 || chosen.length > MAX_NOTICES) return undefined;
  return chosen.length === 1 ? oneNotice(asking, chosen[0]!) : severalNotices(asking, chosen);
}
