import { partAnswer } from './part-answer.js';
import { partTitleAnswer } from './part-title.js';
import { attachmentListAnswer } from './attachment-list.js';
import { attachmentNote, type AttachmentTitles } from './attachments.js';
import { t } from '../texts.js';
import { backgroundIdf } from './background-idf.js';
import { deadlineNote, sameDayNote } from './dates.js';
import { citationOf, declinedAnswer, extractiveAnswer, missingAnswer, sentenceOf, severalAnswer, type AnswerPart } from './extractive.js';
import { secondDeadline } from './second-deadline.js';
import type { Coverage, SearchIndex, SearchResult, SentenceHit } from './search-index.js';
import { ASKS_PERSON, DAYS_LEFT } from './lexicon.js';
import { asksPlace } from './asked-place.js';
import { asksDownload } from './asked-download.js';
import { asksFrequency } from './asked-frequency.js';
import { askedHappening } from './asked-happened.js';
import { answerProbability, TOPIC_ONLY_KEY_SHARE } from './calibration.js';
import { answers, judgeRelevance, type Relevance } from './relevance.js';
import { contradictedYear, unheldBatch, unheldSerial } from './contradiction.js';
import { particularAnswer } from './particulars.js';
import { DATE_UNITS, noticeYear, readScope, scopeWeights, scopeWords, type DocumentProfile } from './scope.js';
import { analyzeQuery, normalizeText, type QueryAnalysis } from './tokenize.js';
import { quotedHeadingWeights } from './quoted-heading.js';
import { serialUnits } from './serial-units.js';
import type { Answer } from './types.js';
import { charPairs } from '../text/char-pairs.js';

/**
 * From a question to the extractive answer: which notice it is about, the best sentence, the
 * calibrated decision, and the reply — one notice's clause, several notices' clauses when the
 * question fits them equally, or a decline that says what the notice does not state.
 */

/** The indexed knowledge the answerer reads. */
export interface Knowledge {
  index: SearchIndex;
  profiles: readonly DocumentProfile[];
  attachments: AttachmentTitles;
  /** Each notice's part headings (numbering dropped): a question quoting one is about that notice. */
  headings: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What one question came to: the reply, and what the service and the eval look at. */
export interface Response {
  answer: Answer;
  result: SearchResult;
  relevance: Relevance;
  docWeights?: ReadonlyMap<string, number>;
  /** True when the answer states a notice's own particular from its 文件信息: exact, so the LLM is not asked. */
  particular?: boolean;
}

/** Another notice's sentence joins the answer when it ranks this close to the best one. */
const SAME_SCORE = 0.9;
/** … and covers the question about as well (this much less at most). */
const SAME_SHARE = 0.05;

/**
 * … and states the same clause: this share of the two sentences' character pairs shared (Dice). Two
 * notices of one kind repeat their clauses (请于…前报送, 根据《…》); a clause of another kind that
 * scores as well answers something else.
 */
const SAME_CLAUSE = 0.6;


/** Whether two sentences state the same clause (their character pairs mostly shared). */
export function sameClause(a: string, b: string): boolean {
  const [pa, pb] = [charPairs(a), charPairs(b)];
  const shared = [...pa].filter((pair) => pb.has(pair)).length;
  return 2 * shared >= SAME_CLAUSE * (pa.size + pb.size);
}

/** The best sentence of another notice that answers the question as well as `best`, if any. */
function equalOtherNotice(knowledge: Knowledge, result: SearchResult, relevance: Relevance, docWeights: ReadonlyMap<string, number> | undefined): SentenceHit | undefined {
  const { best, coverage, input } = relevance;
  if (!best || !coverage || !input) return undefined;
  const weightOf = (doc: string): number => docWeights?.get(doc) ?? 1;
  const top = result.sentences[0]?.score ?? best.score;
  for (const hit of result.sentences) {
    // Only a notice the question fits as well as the best one's (a scope that singles one out says which).
    if (hit.chunk.doc === best.chunk.doc || weightOf(hit.chunk.doc) < weightOf(best.chunk.doc)) continue;
    if (hit.score < top * SAME_SCORE) return undefined;
    if (!sameClause(knowledge.index.text(hit.unit), knowledge.index.text(best.unit))) continue;
    const other = knowledge.index.coverage(result.query, hit);
    if (other.share < coverage.share - SAME_SHARE) continue;
    const p = answerProbability({ ...input, coverage: other, docFit: docWeights?.get(hit.chunk.doc) ?? 1 });
    if (p >= relevance.score * SAME_SCORE) return hit;
  }
  return undefined;
}

/** General-language IDF from which a word the clause holds names a matter of the notices (jieba's table: 建设 4.4, 融资 5.8, 专家库 and 展示推广中心 unlisted: 10). */
const NAMED_MATTER_IDF = 8;

/**
 * Without the domain's vocabulary, a clause is about the question's matter when it holds a word
 * rare in general language (展示推广中心) and lacks one key word at most, with the kind of fact
 * asked: the detail itself (经费 of "展示推广中心的经费从哪来", while "公司年会的经费" lacks 公司 too).
 */
function namesItsMatter(coverage: Coverage): boolean {
  const lacksAskedKind = coverage.missedCues.length + coverage.missedFocus.length > 0;
  return coverage.heldKeys.some((word) => backgroundIdf(word) >= NAMED_MATTER_IDF) && lacksAskedKind && coverage.missingKeys.length <= 1;
}

/** The share of a question a sentence itself holds from which it is about the question's matter. */
const MATTER_SHARE = 0.6;

/** The kind of fact a missed cue stands for in this question (a place, a download, a frequency are read apart from their cue). */
function missedKind(cue: string, question: string): string {
  if (cue === 'where' && asksPlace(question)) return 'place';
  if (cue === 'lookup' && asksDownload(question)) return 'download';
  if (cue === 'duration' && asksFrequency(question)) return 'frequency';
  if (cue === 'who' && ASKS_PERSON.test(question)) return 'person';
  return cue;
}

/** What a decline says the notice does not state, or undefined when the passage is not about the question at all. */
function missingWhat(relevance: Relevance, query: QueryAnalysis): string | undefined {
  const coverage = relevance.coverage;
  // Only for questions about the notices' matters: a stray shared word is no related clause. A
  // question in its notice's own words alone ("示范区筹建名单一共多少个") has no key word to hold; a
  // sentence holding most of it, and lacking no key word, is about its matter.
  if (!coverage) return undefined;
  const ownWords = coverage.missingKeys.length === 0 && coverage.sentenceShare >= MATTER_SHARE;
  if (coverage.heldKeys.length === 0 && !ownWords) return undefined;
  if (!relevance.domain && !ownWords && !namesItsMatter(coverage)) return undefined;
  // The clause names the matter but not the kind of fact asked (the names of a set, an amount, a deadline, a count).
  if (coverage.namedSetMiss) return t('qa.missing_what.names');
  const cue = coverage.missedCues[0] ?? coverage.missedFocus[0];
  // "在哪办的" asks a place, not where to send something; "哪里下载" where to get a form, not what it is; "多久一次" how often, not how long.
  if (cue) return t(`qa.missing_what.${missedKind(cue, query.normalized)}`);
  // A passage holding little of the question's matter shares only its topic: nothing to point to.
  if (coverage.keyShare !== undefined && coverage.keyShare < TOPIC_ONLY_KEY_SHARE) return undefined;
  if (coverage.missingKeys.length > 0) return t('qa.missing_what.default', { words: coverage.missingKeys.join('、') });
  return undefined;
}

/** A day as a date term ("3月1号" → the term of 3月1日). */
const DAY_TERM = /^\u0001d\d/;

/**
 * The question without the date that named its notice: "22年3月那批公告里有没有金华火腿" asks
 * about 金华火腿 in the notice of March 2022; the clause that answers it needs no date. Nor need it
 * hold the 号文 of "14号文把名录地标比作啥": the unit only made the number name the notice (`naming`).
 */
function withoutScopeDates(query: QueryAnalysis, muted: ReadonlySet<string> | undefined, serial: string | undefined, notices: ReadonlySet<string>): QueryAnalysis {
  const namesScope = (word: string): boolean => notices.has(word) || (!!muted?.has(word) && word !== serial && (/^\d+$/.test(word) || DAY_TERM.test(word)));
  const units = serialUnits(query.contentWords, serial);
  const named = units.includes(true) ? { ...query, naming: query.contentWords.filter((_, i) => units[i]) } : query;
  if (!query.contentWords.some(namesScope)) return named;
  const keep = query.contentWords.map((word) => !namesScope(word) && !DATE_UNITS.has(word));
  return { ...named, contentWords: query.contentWords.filter((_, i) => keep[i]), surfaces: query.surfaces.filter((_, i) => keep[i]) };
}

/** Answers one question (non-empty, with letters or digits) from the knowledge, as of `today`. */
export function respond(knowledge: Knowledge, question: string, text: string, today: string, boosts?: ReadonlyMap<string, number>): Response {
  const scope = readScope(text, today);
  const docs = knowledge.profiles.map((profile) => profile.doc);
  const docWeights = quotedHeadingWeights(normalizeText(text), knowledge.headings, docs, scopeWeights(scope, knowledge.profiles));
  const named = !!scope.serial || scope.years.length > 0 || scope.programmes.length > 0;
  const muted = named ? scopeWords(docWeights, knowledge.profiles, analyzeQuery(text).words) : undefined;
  const searched = knowledge.index.search(text, 10, { boosts, docWeights, muted });
  // every coverage below (the best sentence, the related clause, another notice's) reads the same question
  // (of two notices named by number, "475和498哪个…", a sentence holds one: neither number is matter it must hold)
  const several = scope.serial && scope.alsoSerials.length > 0 ? [scope.serial.number, ...scope.alsoSerials].map(String) : [];
  const ownSerial = scope.serial && several.length === 0 ? String(scope.serial.number) : undefined;
  const result = { ...searched, query: withoutScopeDates(searched.query, muted, ownSerial, new Set(several)) };
  const relevance = judgeRelevance(knowledge.index, result, docWeights);
  const done = (answer: Answer): Response => ({ answer, result, relevance, docWeights });
  const part = partAnswer(knowledge, question, result, docWeights) ?? partTitleAnswer(knowledge, question, result, docWeights);
  if (part) return done(part);
  const attachmentList = attachmentListAnswer(knowledge.index.chunks, question, result, docWeights, muted);
  if (attachmentList) return done(attachmentList);
  // A notice's own particular asked by its number alone ("1072号文文号全称") shares no word with any sentence, yet is no chatter.
  const particular = particularAnswer(question, text, { ...knowledge, scope, today });
  if (particular) return { ...done(particular), particular: true };
  if (relevance.chatter) return done(declinedAnswer(question, 'qa.chatter'));
  const best = relevance.best;
  if (!best || !answers(relevance)) {
    // The related clause is the top-ranked sentence when it holds as much of the question's matter.
    const top = result.sentences[0];
    const topCoverage = top && top !== best ? knowledge.index.coverage(result.query, top) : undefined;
    const related = topCoverage && relevance.coverage && topCoverage.heldKeys.length >= relevance.coverage.heldKeys.length ? { ...relevance, best: top, coverage: topCoverage } : relevance;
    const what = related.best && missingWhat(related, result.query);
    return done(related.best && what ? missingAnswer(question, related.best, result, what) : declinedAnswer(question));
  }
  // "第二批名录公布了没": a clause about the matter lacking the act asked of says nothing of whether it happened.
  const happening = askedHappening(result.query.normalized, result.query.surfaces);
  if (happening && relevance.coverage?.missingKeys.includes(happening)) return done(missingAnswer(question, best, result, t('qa.missing_what.default', { words: happening })));
  // The total of a list is no answer to how many one of its items has: the notice states the whole only.
  if (relevance.coverage?.itemCountMiss) return done(missingAnswer(question, best, result, t('qa.missing_what.item_count')));
  const year = contradictedYear(text, scope, knowledge.profiles, best, knowledge.index.chunks);
  if (year !== undefined) return done(missingAnswer(question, best, result, t('qa.missing_what.year', { year })));
  const batch = unheldBatch(text, best, knowledge.index.chunks);
  if (batch !== undefined) return done(missingAnswer(question, best, result, t('qa.missing_what.default', { words: batch })));
  const serial = unheldSerial(scope, knowledge.profiles, best);
  if (serial !== undefined) return done(missingAnswer(question, best, result, t('qa.missing_what.default', { words: `第${serial}号` })));
  const asksDaysLeft = DAYS_LEFT.test(result.query.normalized);
  // the deadline read against today, and what the attachments the clause refers to are
  const noteFor = (hit: SentenceHit) => (quote: string) =>
    deadlineNote(quote, noticeYear(knowledge.profiles, hit.chunk.doc), today, asksDaysLeft) +
    sameDayNote(quote, knowledge.profiles.find((profile) => profile.doc === hit.chunk.doc)?.date) +
    attachmentNote(quote, knowledge.attachments.get(hit.chunk.doc));
  const other = equalOtherNotice(knowledge, result, relevance, docWeights);
  if (other) {
    const parts: AnswerPart[] = [best, other].map((hit) => ({ best: hit, result, note: noteFor(hit) }));
    return done(severalAnswer(question, parts));
  }
  const single = extractiveAnswer(question, best, result);
  const quoted = single.citations[0]!.quote;
  const also = secondDeadline(knowledge.index, result, best, quoted);
  const alsoQuote = also ? sentenceOf(also) : '';
  const note = noteFor(best)(quoted) + (also ? t('qa.also_deadline', { quote: alsoQuote, note: noteFor(also)(alsoQuote) }) : '');
  const answer = note ? extractiveAnswer(question, best, result, note) : single;
  return done(also ? { ...answer, citations: [...answer.citations, citationOf(also.chunk, alsoQuote)] } : answer);
}
