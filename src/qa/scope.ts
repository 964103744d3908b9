import { serialUnits } from './serial-units.js';
import type { SourceDocument } from './ingest/types.js';
import { CUES, NEWEST, PROGRAMMES } from './lexicon.js';
import { NOTICE_KINDS } from './particular-words.js';
import { analyze, dateTerms, normalizeText } from './tokenize.js';

/**
 * Which notice a question is about: its doc number, a year, a programme's name (名录, 保护工程 …)
 * or "最新". The answer is a weight per document that multiplies its sentences' scores, so a
 * question naming the 专用标志 annual report is answered from that notice even when another
 * notice has a sentence of the same shape.
 */

/** What the scope reader knows of one notice. */
export interface DocumentProfile {
  doc: string;
  /** Normalized doc number, e.g. "国知办发运字〔2023〕14号". */
  docNumber?: string;
  /** The words of its doc number ("国知", "发运", "字", "2023", "14", "号"): a question citing it names the notice by them. */
  docNumberWords?: ReadonlySet<string>;
  /** The number of the doc number ("14") and its year. */
  serial?: { year: number; number: number };
  /** Years the notice is of: its doc number's, its dates', and any in its title. */
  years: number[];
  programmes: string[];
  /** ISO date (published, else signed) for "最新"; undefined when the notice gives none. */
  date?: string;
  /** The words of its title and programme names (canonical forms). */
  titleWords: ReadonlySet<string>;
  /** True when the copy kept the notice's own title (an untitled one stands under its doc number). */
  titled?: boolean;
  /** The months it was signed and published in ("2022-08"), by which a question may name it ("22年8月那个公告"). */
  months: string[];
  /** The days it was signed and published on, as date terms ("2022-03-01" → the term of 3月1日). */
  days?: string[];
  /** Its kind (publicity, announcement, notice) by its title's ending, else by its text (予以公示, 特此公告). */
  kind?: string;
}

/** The weight of a document that fits none of what the question names about its notice. */
const MISMATCH = 0.35;
/**
 * … when the question names its notice by doc number or programme (名录, 年报): another notice's
 * sentence of the asked shape (an e-mail address for 名录的联系邮箱) must not outrank the named
 * notice's own, which may say the detail is not given.
 */
const NAMED_MISMATCH = 0.15;
/** … when only a year tells them apart (a year may be the matter's, not the notice's). */
const YEAR_ONLY_MISMATCH = 0.7;
/**
 * The weight of notices of other programmes than the one the bot serves (重点联系指导名录) when
 * a question names no notice: "这个通知的文号" in its groups is about that programme's notice.
 */
const AWAY_FROM_HOME = 0.6;
const HOME_PROGRAMME = 'key-contact';
/**
 * … and when it speaks of "the notice" (这个通知, 通知里说): in a group of the programme the bot
 * serves, the notice meant is that programme's.
 */
const AWAY_FROM_THE_NOTICE = MISMATCH;
/** "The notice" spoken of without naming which (这个通知, 这次通知, 本文件, 通知里说). */
const THE_NOTICE = /(?:这个|这份|这次|这回|本次?|该|此)(?:通知|文件)/;
/** The weight of a notice that is not the newest, when the question asks for the newest. */
const OLDER = 0.6;
/** How much each kind of evidence counts towards a document fitting the question. */
const EVIDENCE = { serial: 3, programme: 2, year: 1, month: 3, kind: 1 };
/**
 * Among the notices that fit a question describing a notice equally, the weight of those whose
 * own title has fewer of its words than another's (the 公示 of a list, when the 通知 that 确定 it
 * is described).
 */
const FEWER_TITLE_WORDS = 0.7;
/**
 * A question that describes a notice ("确定筹建名单那个通知", "…的公示", "那份文件"): its words then
 * describe the notice, and those of one notice's title tell it apart.
 */
const DESCRIBES_NOTICE = /(?:那个|这个|那份|这份|那次|这次|的)(?:通知|公示|公告|文件|文)|那份|号文/;
/** A question calling the notice it describes a 通知 ("筹建名单那个通知", "…的通知"), not something in it (通知里). */
const CALLS_IT_NOTICE = /(?:那个|这个|那份|这份|的)通知(?![里中内上])/;
/**
 * Among the notices that fit best, a 公示 or 公告 weighs this share when the question calls the
 * notice a 通知 and another of them is one: the 通知 that 确定 a list is meant, not its 公示.
 */
const OTHER_KIND = 0.7;
/** Words every notice's title may have, or that ask for a particular (印发 → 发布): they describe none. */
const UNTELLING_TITLE_WORDS = new Set(['发布', '通知', '公示', '公告', '文件']);
/** A title word tells notices apart when fewer than this share of the notices' titles have it. */
const TELLING_TITLE_SHARE = 0.5;
/** The kinds a question's words tell notices apart by: a 公示 or a 公告 (every notice is called a 通知). */
const TELLING_KINDS = NOTICE_KINDS.filter((k) => k.kind !== 'notice');

const SERIAL = /[〔[(（](\d{4})[〕\])）]\s*(\d{1,4})\s*号/;
/** A number-only doc number (公告第475号, 第四九八号) or a short reference (14号文, 475号公告). */
const NUMBER_ONLY = /(?<![\d年月])第?(\d{1,4})号(?!\d)/;
const DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** "四九八号" → "498号" (digit-by-digit numerals, as in 公告第四九八号). */
const spelledDigits = (text: string): string => text.replace(/[〇零一二三四五六七八九]{2,4}(?=号)/g, (run) => [...run].map((c) => DIGITS[c]).join(''));
const YEAR = /(?<!\d)(20\d{2})(?!\d)/g;
/** A year and month, unless a day follows that a deadline or a period is counted from (5月8日前, 7月15日至). */
const YEAR_MONTH = /(?<!\d)((?:20)?\d{2})年(\d{1,2})月(?!\d{1,2}[日号]?(?:前|之前|以前|截止|至|到|起))/g;

/** The programmes a text names. */
export function programmesOf(text: string): string[] {
  const normalized = normalizeText(text);
  return PROGRAMMES.filter((p) => p.pattern.test(normalized)).map((p) => p.key);
}

/** A programme's name pointed at as the notice itself: "这个名录通知", "那份千企百城的文件". */
const pointedAtNotice = (pattern: RegExp): RegExp => new RegExp(`(?:这个|那个|这份|那份|这次|本|该|此)(?:${pattern.source})的?(?:通知|文件|公告|公示|号文)`);
/** A programme's name compared with the notice pointed at ("千企百城跟这个…有关系吗"): it is the matter asked about. */
const comparedWithNotice = (pattern: RegExp): RegExp => new RegExp(`(?:${pattern.source})(?:跟|和|与|同)(?:这个|那个|这份|那份|这次|本|该|此)`);

/**
 * A year word before the verb 报 ("去年报过的", "每年报一次"): its 年 and the 报 are two words, not
 * 年报 (the annual report), as the segmentation reads them. Not 之前, 说明 nor 问下 (想问下年报…): 年报 there.
 */
const YEAR_THEN_REPORT = /(?:去|今|(?<![之以提目])前|(?<![说证表声查])明|每)年(?=报)/g;

/**
 * The programmes a question names its notice by: the one pointed at as the notice (这个名录通知),
 * else those named but the one compared with the notice (not "示范区筹建名录的通知": 名录 there is
 * the list the notice is about).
 */
function noticeProgrammes(question: string): string[] {
  const normalized = question.replace(YEAR_THEN_REPORT, ' ');
  const named = PROGRAMMES.filter((p) => p.pattern.test(normalized));
  const pointed = named.filter((p) => pointedAtNotice(p.pattern).test(normalized));
  return (pointed.length > 0 ? pointed : named.filter((p) => !comparedWithNotice(p.pattern).test(normalized))).map((p) => p.key);
}

/**
 * The programmes a notice is about: those its title names, else (an announcement titled only
 * by its number, a notice whose title no copy kept) those its opening paragraph names.
 */
export function documentProgrammes(document: Pick<SourceDocument, 'title' | 'blocks'>): string[] {
  const fromTitle = programmesOf(document.title);
  if (fromTitle.length > 0) return fromTitle;
  const opening = document.blocks.find((b) => b.kind === 'paragraph' && b.text.length > 30 && !/[:：]$/.test(b.text));
  return opening ? programmesOf(opening.text) : [];
}

/** The programme labels joined into a chunk's searchable context. */
export function programmeLabels(keys: readonly string[]): string {
  return PROGRAMMES.filter((p) => keys.includes(p.key))
    .map((p) => p.label)
    .join(' ');
}

const yearOf = (date: string | undefined): number | undefined => {
  const match = date?.match(/^(\d{4})-/);
  return match ? Number(match[1]) : undefined;
};

export function profileOf(document: SourceDocument): DocumentProfile {
  const docNumber = document.docNumber ? normalizeText(document.docNumber) : undefined;
  const serialMatch = docNumber?.match(SERIAL);
  const numberOnly = docNumber && !serialMatch ? spelledDigits(docNumber).match(NUMBER_ONLY) : undefined;
  const serial = serialMatch
    ? { year: Number(serialMatch[1]), number: Number(serialMatch[2]) }
    : numberOnly
      ? { year: 0, number: Number(numberOnly[1]) }
      : undefined;
  const date = document.meta.published ?? document.meta.signed;
  const years = new Set<number>();
  for (const match of normalizeText(document.title).matchAll(YEAR)) years.add(Number(match[1]));
  for (const year of [serial?.year, yearOf(document.meta.signed), yearOf(document.meta.published)]) if (year) years.add(year);
  const programmes = documentProgrammes(document);
  const titleWords = new Set(analyze(`${document.title} ${programmeLabels(programmes)}`).words);
  const title = normalizeText(document.title);
  const text = document.blocks.map((block) => block.text).join('\n');
  const kind = (NOTICE_KINDS.find((k) => k.title.test(title)) ?? NOTICE_KINDS.find((k) => k.text.test(text)))?.kind;
  const months = [document.meta.signed, document.meta.published].flatMap((d) => (d && /^\d{4}-\d{2}/.test(d) ? [d.slice(0, 7)] : []));
  const days = [document.meta.signed, document.meta.published].flatMap((d) => (d && /^\d{4}-\d{2}-\d{2}/.test(d) ? dateTerms(`${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`) : []));
  const titled = document.title !== '' && document.title !== document.docNumber && document.title !== document.doc.split('/').pop();
  const docNumberWords = docNumber ? new Set(analyze(docNumber).words) : undefined;
  return { doc: document.doc, docNumber, docNumberWords, serial, years: [...years], programmes, titleWords, titled, kind, months, days, date: /^\d{4}-\d{2}-\d{2}/.test(date ?? '') ? date : undefined };
}

/** The year a notice is of (its doc number's, else its date's), for dates its sentences give without one. */
export function noticeYear(profiles: readonly DocumentProfile[], doc: string): number | undefined {
  const profile = profiles.find((p) => p.doc === doc);
  // A number-only doc number (公告第475号) has year 0: the date tells the year.
  return profile?.serial?.year || (profile?.date ? Number(profile.date.slice(0, 4)) : undefined);
}

/** What a question names about the notice it asks about. */
export interface QuestionScope {
  serial?: { year?: number; number: number };
  /** Other serials named beside it ("475跟498，哪个…"): each notice named weighs alike. */
  alsoSerials: number[];
  years: number[];
  programmes: string[];
  newest: boolean;
  /** The months it names with their year ("22年8月那个公告" → "2022-08"), not a deadline's ("2024年1月15日前"). */
  months: string[];
  /** The kinds of notice it names, of those that tell notices apart (公示, 公告: "通知" is any notice's name). */
  kinds: string[];
  /** True when the question speaks of "the notice" (这个通知, 通知里, 本文件) without naming which. */
  theNotice: boolean;
  /** When the question describes a notice (…那个通知, 那份公示): its words, to be found in a title. */
  describing: string[];
  /** True when it calls the notice it describes a 通知. */
  callsItNotice: boolean;
}

/** Reads a question's scope; `today` (YYYY-MM-DD) gives 今年 and 去年 their years. */
/** The time of asking (现在, 目前) in a question of whether a deadline is still open ("现在报还来得及吗"): now, not the newest notice. */
const NOW_ONLY = /现在|目前|当前/;
const asksNewest = (text: string): boolean =>
  NEWEST.test(text) && !(CUES.deadline.test(text) && !NEWEST.test(text.replace(new RegExp(NOW_ONLY.source, 'g'), ' ')));

/**
 * The time of asking told beside the question ("今天都2026年12月了", "现在都快2027年了"): its year
 * and month are now, not a notice's.
 */
const PRESENT_TIME = /(?:今天|今儿|现在|目前|如今|眼下|今年)(?:都|已经|已|快|就|才|也|是)*(?:20)?\d{2}年(?:\d{1,2}月)?(?:\d{1,2}[日号])?/g;
/**
 * Years offered as a choice ("2021还是2022", "21年还是23年那个"): the asker does not know which,
 * so neither names the notice (nor is a year the answer must be of).
 */
const YEAR_CHOICE = /(?<!\d)(?:20)?\d{2}年?度?(?:还是|或者|或是|或|抑或)(?:20)?\d{2}(?:年度?)?(?!\d)/g;
/**
 * A past year told of the asker's own act done before ("去年报过的", "前年申报过"): when the asker
 * did it, not which notice the question is about.
 */
const ASKERS_PAST_ACT = /(?:去年|前年)(?=(?:已经|已|都|也|就)?(?:申报|报送|提交|申请|参加|报|交|评)过)/g;
/**
 * A doc number's year and number ("2021年20号", "23年14号文"), or the number alone (not a day:
 * "5月8号", "今天6号了", "15号前要交").
 */
const NAMED_SERIAL = /(?:(?<!\d)((?:20)?\d{2})年|(?<![\d年月]|(?:今天|明天|后天|昨天|今日|当天|本月|[这上下每]个?月|月[底初])(?:是|就是)?))第?(\d{1,4})(?:号(?!\d|前|之前|以前|截止|当天)|(?=公告))/;
/**
 * A bare number of three or four digits that counts nothing ("475那次", "498那个公告里", "475 几个产品"):
 * a serial though 号 is left out, when it is no year and no unit or measure word follows. Only a
 * serial some notice has weighs (a facet no notice fits tells nothing apart).
 */
const BARE_SERIAL = /(?<![\d年月.:：\-/])()(?!(?:19|20)\d{2}(?!\d))(\d{3,4})(?!\d|[.．,，]\d|\s*(?:[个家件元块万亿千百人年月日号项批条份名位张篇类期届天周次位户亩吨斤公克米%％\-~～至到]|多|余|来|左右|以上|以下))/;

export function readScope(question: string, today: string): QuestionScope {
  const text = normalizeText(question);
  const thisYear = Number(today.slice(0, 4));
  const serialMatch = text.match(SERIAL) ?? spelledDigits(text).match(NAMED_SERIAL) ?? text.match(BARE_SERIAL);
  const serialYear = serialMatch?.[1] ? Number(serialMatch[1].length === 2 ? `20${serialMatch[1]}` : serialMatch[1]) : undefined;
  const serial = serialMatch ? { ...(serialYear ? { year: serialYear } : {}), number: Number(serialMatch[2]) } : undefined;
  const named = [...spelledDigits(text).matchAll(new RegExp(NAMED_SERIAL, 'g')), ...text.matchAll(new RegExp(BARE_SERIAL, 'g'))].map((m) => Number(m[2]));
  const alsoSerials = serial ? [...new Set(named)].filter((n) => n !== serial.number) : [];
  const years = new Set<number>();
  const dated = text.replace(PRESENT_TIME, ' ').replace(YEAR_CHOICE, ' ');
  // "到2023年" is a target year of the matter, not the notice's year.
  for (const match of dated.matchAll(YEAR)) if (!/(?:到|至|截至|截止)$/.test(dated.slice(0, match.index))) years.add(Number(match[1]));
  for (const match of dated.matchAll(/(?<!\d)([12]\d)年/g)) years.add(2000 + Number(match[1]));
  const noticeTimed = text.replace(ASKERS_PAST_ACT, ' ');
  if (/去年/.test(noticeTimed)) years.add(thisYear - 1);
  if (/前年/.test(noticeTimed)) years.add(thisYear - 2);
  const months = [...dated.matchAll(YEAR_MONTH)].map((m) => `${m[1]!.length === 2 ? `20${m[1]}` : m[1]}-${m[2]!.padStart(2, '0')}`);
  const describing = DESCRIBES_NOTICE.test(text) ? [...new Set(analyze(text).words)].filter((w) => !UNTELLING_TITLE_WORDS.has(w)).sort() : [];
  return { serial, alsoSerials, years: [...years], months, programmes: noticeProgrammes(text), newest: asksNewest(text), kinds: TELLING_KINDS.filter((k) => k.asked.test(text)).map((k) => k.kind), theNotice: THE_NOTICE.test(text), describing, callsItNotice: CALLS_IT_NOTICE.test(text) };
}

/**
 * A weight per document (1 for the documents that fit the question best, less for the rest),
 * or undefined when the question names nothing that tells the notices apart. A facet no notice
 * fits (a year none is of) is ignored: the words still count in the ranking.
 */
export function scopeWeights(scope: QuestionScope, profiles: readonly DocumentProfile[]): ReadonlyMap<string, number> | undefined {
  if (profiles.length < 2) return undefined;
  // Most questions name the same few scopes (none, one programme): each is weighed once per corpus.
  let memo = weightsSeen.get(profiles);
  if (!memo) weightsSeen.set(profiles, (memo = new Map()));
  const key = JSON.stringify(scope);
  if (!memo.has(key)) {
    if (memo.size >= WEIGHTS_MEMO) memo.clear();
    memo.set(key, weigh(scope, profiles));
  }
  return memo.get(key);
}

const WEIGHTS_MEMO = 1000;
const weightsSeen = new WeakMap<readonly DocumentProfile[], Map<string, ReadonlyMap<string, number> | undefined>>();

function weigh(scope: QuestionScope, profiles: readonly DocumentProfile[]): Map<string, number> | undefined {
  const fit = new Map<string, number>();
  const facets: ((p: DocumentProfile) => number)[] = [];
  const naming: ((p: DocumentProfile) => number)[] = [];
  if (scope.serial) {
    const { year, number } = scope.serial;
    naming.push((p) => (p.serial && p.serial.number === number && (!year || !p.serial.year || p.serial.year === year) ? EVIDENCE.serial : 0));
  }
  for (const number of scope.alsoSerials) naming.push((p) => (p.serial?.number === number ? EVIDENCE.serial : 0));
  for (const programme of scope.programmes) naming.push((p) => (p.programmes.includes(programme) ? EVIDENCE.programme : 0));
  facets.push(...naming);
  // (a notice dated in another month of the year asked with its month is no notice of that year: "22年8月那份" is not March's)
  const otherMonth = (p: DocumentProfile, year: number): boolean => {
    const asked = scope.months.filter((m) => m.startsWith(`${year}-`));
    const own = p.months.filter((m) => m.startsWith(`${year}-`));
    return asked.length > 0 && own.length > 0 && !own.some((m) => asked.includes(m));
  };
  for (const year of scope.years) facets.push((p) => (p.years.includes(year) && !otherMonth(p, year) ? EVIDENCE.year : 0));
  for (const month of scope.months) facets.push((p) => (p.months.includes(month) ? EVIDENCE.month : 0));
  for (const kind of scope.kinds) facets.push((p) => (p.kind === kind ? EVIDENCE.kind : 0));
  // A facet that no notice fits tells nothing apart.
  const telling = facets.filter((facet) => profiles.some((p) => facet(p) > 0));
  let best = 0;
  for (const profile of profiles) {
    let score = 0;
    for (const facet of telling) score += facet(profile);
    fit.set(profile.doc, score);
    best = Math.max(best, score);
  }
  if (best === 0 && !scope.newest) {
    if (!profiles.some((p) => p.programmes.includes(HOME_PROGRAMME))) return undefined;
    const away = scope.theNotice ? AWAY_FROM_THE_NOTICE : AWAY_FROM_HOME;
    return new Map(profiles.map((p) => [p.doc, p.programmes.includes(HOME_PROGRAMME) ? 1 : away]));
  }
  const named = naming.some((facet) => profiles.some((p) => facet(p) > 0));
  const weights = new Map<string, number>();
  for (const profile of profiles) {
    const score = fit.get(profile.doc)!;
    const floor = named ? NAMED_MISMATCH : best > EVIDENCE.year ? MISMATCH : YEAR_ONLY_MISMATCH;
    weights.set(profile.doc, best === 0 ? 1 : floor + ((1 - floor) * score) / best);
  }
  if (!scope.newest) breakTiesByTitle(scope, profiles, fit, best, weights);
  if (!scope.newest) breakTiesByKind(scope, profiles, fit, best, weights);
  if (scope.newest) {
    // Among the notices that fit best, the newest; undated notices count as old.
    const candidates = profiles.filter((p) => fit.get(p.doc) === best && p.date);
    const newest = candidates.reduce<DocumentProfile | undefined>((a, b) => (!a || b.date! > a.date! ? b : a), undefined);
    if (newest) for (const profile of profiles) if (profile.doc !== newest.doc) weights.set(profile.doc, weights.get(profile.doc)! * OLDER);
  }
  return weights;
}

/**
 * Among the titled notices that fit best, those whose titles hold fewer of the words describing
 * the notice than another's weigh less. Untitled copies are not judged by a title they lack.
 */
function breakTiesByTitle(scope: QuestionScope, profiles: readonly DocumentProfile[], fit: ReadonlyMap<string, number>, best: number, weights: Map<string, number>): void {
  const telling = scope.describing.filter((word) => {
    const titled = profiles.filter((p) => p.titleWords.has(word)).length;
    return titled > 0 && titled < profiles.length * TELLING_TITLE_SHARE;
  });
  if (telling.length === 0) return;
  const tied = profiles.filter((p) => p.titled && fit.get(p.doc) === best);
  const counts = new Map(tied.map((p) => [p.doc, telling.filter((word) => p.titleWords.has(word)).length]));
  const most = Math.max(0, ...counts.values());
  for (const [doc, count] of counts) if (count < most) weights.set(doc, weights.get(doc)! * FEWER_TITLE_WORDS);
}

/** Among the notices that fit best, a 公示 or 公告 weighs less when the question calls its notice a 通知 and another of them is one. */
function breakTiesByKind(scope: QuestionScope, profiles: readonly DocumentProfile[], fit: ReadonlyMap<string, number>, best: number, weights: Map<string, number>): void {
  if (!scope.callsItNotice || scope.kinds.length > 0) return;
  const tied = profiles.filter((p) => fit.get(p.doc) === best);
  if (!tied.some((p) => p.kind === 'notice')) return;
  for (const p of tied) if (p.kind && p.kind !== 'notice') weights.set(p.doc, weights.get(p.doc)! * OTHER_KIND);
}

/** The units of a date a question names a notice by ("22年3月那批" → 2022, 年, 3, 月). */
export const DATE_UNITS: ReadonlySet<string> = new Set(['年', '月', '月份', '月底', '月初', '日', '号']);

/**
 * The words of a question that told which notice it is about: when the weights single out one
 * notice, the question's words that are in its title (see `SearchOptions.muted`).
 */
export function scopeWords(weights: ReadonlyMap<string, number> | undefined, profiles: readonly DocumentProfile[], words: readonly string[]): Set<string> | undefined {
  if (!weights) return undefined;
  // the one notice that fits fully, if only one does (a walk that stops at the second: a corpus may hold many)
  let only: string | undefined;
  for (const [doc, weight] of weights) {
    if (weight !== 1) continue;
    if (only !== undefined) return undefined;
    only = doc;
  }
  const profile = only === undefined ? undefined : profiles.find((p) => p.doc === only);
  if (!profile) return undefined;
  // Its year and month ("22年3月那个公告" → 2022, 3) and its number ("767号文") named it too: the signature line's date and the doc number line do not answer.
  const serial = profile.serial ? [String(profile.serial.number)] : [];
  const dateWords = new Set([...profile.years.map(String), ...profile.months.map((month) => String(Number(month.slice(5, 7)))), ...(profile.days ?? []), ...serial]);
  const namedByDate = words.some((word) => dateWords.has(word));
  // … and so did their units (年, 月): the sentences dated like it ("筹建期为3年(2021年9月…)") do not answer for that.
  // … and the number's unit ("173号文": 号 only made the number a reference to the notice)
  const units = serialUnits(words, serial[0]);
  // … and so did its doc number cited whole ("国知办发运字〔2023〕14号开头说…"): the doc number line does not answer for that.
  const cited = profile.docNumberWords;
  const citedWhole = cited !== undefined && [...cited].every((word) => words.includes(word));
  const muted = new Set(words.filter((word, i) => profile.titleWords.has(word) || dateWords.has(word) || units[i] || (namedByDate && DATE_UNITS.has(word)) || (citedWhole && cited.has(word))));
  return muted.size > 0 ? muted : undefined;
}
