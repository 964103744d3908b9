import { t } from '../texts.js';
import { hasOwnTitle, type Chunk } from './chunk.js';
import { CITED_DOCUMENT, NOTICE_KINDS, type Particular } from './particular-words.js';
import type { SearchIndex } from './search-index.js';
import { programmeLabels, type DocumentProfile } from './scope.js';
import { analyze, normalizeText } from './tokenize.js';

/**
 * What the particulars answerer knows of each indexed notice (its 文件信息, kind, the words that
 * name it and those it says) and of the documents the notices cite, read once per index.
 */

/** Words, and the text for words segmented otherwise there. */
export interface Wording {
  words: Set<string>;
  text: string;
}

/** What identifies one notice to a question, read once per index. */
export interface NoticeFacts {
  doc: string;
  /** The 文件信息 chunk, undefined when the copy states none of its particulars. */
  meta?: Chunk;
  /** Any chunk of the notice (for its source label when it has no 文件信息). */
  first: Chunk;
  /** False when no copy kept the title (the loader then titles it by its doc number). */
  titled: boolean;
  kind?: string;
  /** Its title, programmes, issuer and doc number: their words, and the text (for words segmented otherwise there). */
  named: Wording;
  /** Its whole text, likewise. */
  said: Wording;
  /** Its text without the titles of the documents it cites (《…》): what the notice itself says. */
  own: Wording;
}

/** A document a notice cites, with the sentence that cites it. */
export interface Cited {
  title: string;
  number: string;
  serial?: { year: number; number: number };
  words: Wording;
  chunk: Chunk;
  sentence: string;
}

/** Which facts chunk sentence states each particular (the title has none). */
const META_KEY: Record<Exclude<Particular, 'title'>, string> = { docNumber: 'doc_number', issuer: 'issuer', signed: 'signed', published: 'published' };
export const SERIAL = /〔(\d{4})〕\s*(\d{1,4})\s*号/;
/** A title in book marks: a document the notice names, whose words are not the notice's own. */
const BOOK_TITLE = /《[^》]*》/g;

function add(words: Wording, text: string): void {
  for (const word of analyze(text).words) words.words.add(word);
  words.text += ` ${normalizeText(text)}`;
}

/** True when a notice's words hold `word`, or its text does (a word the notice's text segments otherwise). */
export const holds = (words: Wording, word: string): boolean => words.words.has(word) || words.text.includes(word);

const facts = new WeakMap<SearchIndex, { notices: Map<string, NoticeFacts>; cited: Cited[] }>();

export function readFacts(index: SearchIndex, profiles: readonly DocumentProfile[]): { notices: Map<string, NoticeFacts>; cited: Cited[] } {
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
      const titled = hasOwnTitle(chunk);
      notice = {
        doc: chunk.doc,
        first: chunk,
        titled,
        kind: titled ? NOTICE_KINDS.find((k) => k.title.test(title))?.kind : undefined,
        named: { words: new Set([...(profile?.titleWords ?? []), ...analyze(chunk.docNumber ?? '').words]), text: `${title} ${programmeLabels(profile?.programmes ?? [])}` },
        said: { words: new Set(), text: '' },
        own: { words: new Set(), text: '' },
      };
      notices.set(chunk.doc, notice);
    }
    if (chunk.position === 0 && chunk.section === metaSection) {
      notice.meta = chunk;
      add(notice.named, chunk.text);
    }
    add(notice.said, `${chunk.title} ${chunk.text}`);
    add(notice.own, `${chunk.title} ${chunk.text.replace(BOOK_TITLE, ' ')}`);
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

/** True when the notice was signed or published in `month` (on `day`, when given). */
export const datedIn = (notice: NoticeFacts, month: number, day: number | undefined): boolean =>
  !!notice.meta && normalizeText(notice.meta.text).includes(`年${month}月${day === undefined ? '' : `${day}日`}`);

/** The particular's sentence in a notice's 文件信息, if the copy states it. */
function statedSentence(notice: NoticeFacts, particular: Exclude<Particular, 'title'>): string | undefined {
  const prefix = t(`qa.meta.${META_KEY[particular]}`, { value: '\u0000' }).split('\u0000')[0]!;
  return notice.meta?.sentences.find((sentence) => sentence.startsWith(prefix));
}

/** What one notice says of the particular: the quote, or undefined when its copy does not state it. */
export function quoteOf(notice: NoticeFacts, particular: Particular): string | undefined {
  if (particular === 'title') return notice.titled ? notice.first.title : undefined;
  // "哪天发的" of a notice whose copy gives only the date it was signed: that date, named as such.
  return statedSentence(notice, particular) ?? (particular === 'published' ? statedSentence(notice, 'signed') : undefined);
}

