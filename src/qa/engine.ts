import { attachmentTitles } from './attachments.js';
import { headingsByDoc } from './quoted-heading.js';
import type { SourceText } from '../feature.js';
import type { Logger } from '../log.js';
import { chunkDocument } from './chunk.js';
import { chunkPassage, citationSection, declinedAnswer, toPassages } from './extractive.js';
import { loadBackgroundIdf } from './background-idf.js';
import { todayIn } from './dates.js';
import { createHomophoneReader, type HomophoneReader } from './homophones.js';
import { createSearchIndex } from './search-index.js';
import { loadKnowledge } from './ingest/load.js';
import { isSurelyRelevant } from './relevance.js';
import { respond, type Knowledge, type Response } from './respond.js';
import { profileOf, readScope, scopeWeights } from './scope.js';
import type { Answer, DenseRetriever, IngestReport, LlmAnswerer, Passage, QaEngine } from './types.js';

/** Options of the Q&A engine. */
export interface QaEngineOptions {
  knowledgeDir: string;
  log: Logger;
  /** The optional LLM answerer; on throw or timeout the extractive answer is used. */
  llm?: LlmAnswerer;
  /** Optional dense retrieval, fused with the lexical ranking; on throw, lexical only. */
  dense?: DenseRetriever;
  /** Upper bound on one LLM call (default 30 s). */
  llmTimeoutMs?: number;
  /** The service clock deadlines are read against (default: the system clock). */
  now?: () => Date;
  /** The time zone of "today" (default Asia/Shanghai). */
  timeZone?: string;
}

/** Only this much of a message is searched; longer pastes are cut. */
const MAX_QUESTION = 500;
/** The LLM sees this many passages. */
const LLM_PASSAGES = 4;
/** Below this relevance even the LLM is not asked (chatter, plainly uncovered questions). */
const LLM_FLOOR = 0.35;
/** Section text for the 查看原文 button is capped to one chat message. */
const MAX_SECTION_TEXT = 1500;
/** A question read with a typo of another sound guessed is answered only this surely (the stored threshold is about 0.46). */
const MISSPELT_SURE = 0.75;
/** Dense hits fused into the lexical ranking. */
const DENSE_HITS = 5;

interface State extends Knowledge {
  report: IngestReport;
  denseReady: boolean;
  texts: SourceText[];
  /** A question's homophone typos read as the notices' words (明录 → 名录). */
  readTypos: HomophoneReader;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Dense ranks as boosts: the first hit 1, then 1/2, 1/3 … (rank-based, so any score scale works). */
function denseBoosts(hits: { id: string }[]): Map<string, number> {
  return new Map(hits.map((hit, rank) => [hit.id, 1 / (rank + 1)]));
}

/** What the eval and bench read of the engine besides its answers. */
export interface QaRetrieval {
  /** The top passages for a question (lexical, fused with dense when available). */
  passages(question: string, limit?: number): Promise<Passage[]>;
  /** The whole response to a question: the answer, the ranking and the decision's inputs (for the eval). */
  respond(question: string): Promise<Response>;
  /** The text of every document of the last ingestion. */
  sourceTexts(): SourceText[];
}

/** Builds the Q&A engine over KNOWLEDGE_DIR (reads and indexes it once now). */
export async function createQaEngine(options: QaEngineOptions): Promise<QaEngine & QaRetrieval> {
  const { knowledgeDir, log, llm, dense } = options;
  const now = options.now ?? (() => new Date());
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const today = (): string => todayIn(timeZone, now());
  const llmTimeoutMs = options.llmTimeoutMs ?? 30_000;
  let state: State;

  async function build(): Promise<State> {
    const started = performance.now();
    const loaded = await loadKnowledge(knowledgeDir, log);
    const chunksByDoc = loaded.documents.map((document) => ({ document, chunks: chunkDocument(document) }));
    const chunks = chunksByDoc.flatMap((entry) => entry.chunks);
    const index = createSearchIndex(chunks);
    loadBackgroundIdf();
    const report: IngestReport = {
      documents: chunksByDoc.map(({ document, chunks: own }) => ({ doc: document.doc, title: document.title, chunks: own.length })),
      skipped: loaded.skipped,
    };
    let denseReady = false;
    if (dense && chunks.length > 0) {
      try {
        await dense.index(chunks.map((chunk) => chunkPassage(chunk, 0)));
        denseReady = true;
      } catch (error) {
        log.warn({ err: String(error) }, 'dense retrieval unavailable; lexical ranking only');
      }
    }
    log.info(
      { documents: report.documents.length, chunks: chunks.length, skipped: report.skipped.length, ms: Math.round(performance.now() - started) },
      'knowledge indexed',
    );
    const texts = loaded.documents.map((document) => ({
      doc: document.doc,
      title: document.title,
      text: document.blocks.map((block) => block.text).join('\n'),
    }));
    return { index, profiles: loaded.documents.map(profileOf), attachments: attachmentTitles(chunks), headings: headingsByDoc(chunks), report, denseReady, texts, readTypos: createHomophoneReader(chunks) };
  }

  state = await build();

  async function denseHits(question: string): Promise<Map<string, number> | undefined> {
    if (!dense || !state.denseReady) return undefined;
    try {
      return denseBoosts(await dense.search(question, DENSE_HITS));
    } catch (error) {
      log.warn({ err: String(error) }, 'dense search failed; lexical ranking only');
      return undefined;
    }
  }

  async function retrieve(question: string): Promise<Response> {
    const text = state.readTypos(question.trim().slice(0, MAX_QUESTION));
    const typed = respond(state, question, text, today(), await denseHits(text));
    if (!typed.answer.declined || typed.particular || typed.relevance.chatter) return typed;
    // Declined as typed: a key word the notices never use may be a typo of another sound (载止 for 截止).
    const spelt = state.readTypos.misspelt(text, new Set(typed.result.query.surfaces));
    if (spelt === text) return typed;
    const read = respond(state, question, spelt, today(), await denseHits(spelt));
    return read.answer.declined || read.relevance.score < MISSPELT_SURE ? typed : read;
  }

  async function answer(question: string): Promise<Answer> {
    const text = question.trim();
    if (!text || !/[\p{L}\p{N}]/u.test(text)) return declinedAnswer(question, text ? 'qa.chatter' : 'qa.empty');
    const { answer: extractive, result, relevance, particular } = await retrieve(question);
    if (!llm || particular || relevance.chatter || relevance.topical < LLM_FLOOR) return extractive;
    try {
      const generated = await withTimeout(llm(question, toPassages(result, LLM_PASSAGES), extractive), llmTimeoutMs);
      return { ...generated, question, via: 'llm' };
    } catch (error) {
      log.warn({ err: String(error) }, 'LLM answer failed; using the extractive answer');
      return { ...extractive, via: 'llm-fallback' };
    }
  }

  return {
    async ask(question) {
      try {
        return await answer(typeof question === 'string' ? question : '');
      } catch (error) {
        log.error({ err: String(error) }, 'answering failed');
        return declinedAnswer(String(question ?? ''));
      }
    },
    isSurelyRelevant(text) {
      try {
        if (typeof text !== 'string') return false;
        const read = state.readTypos(text);
        return isSurelyRelevant(state.index, read, scopeWeights(readScope(read, today()), state.profiles));
      } catch {
        return false;
      }
    },
    async ingest() {
      state = await build();
      return state.report;
    },
    sectionText(doc, section) {
      const chunks = state.index.chunks.filter(
        (chunk) => chunk.doc === doc && (chunk.section === section || citationSection(chunk) === section),
      );
      if (chunks.length === 0) return undefined;
      const text = chunks.map((chunk) => chunk.text).join('\n');
      return text.length > MAX_SECTION_TEXT ? `${text.slice(0, MAX_SECTION_TEXT - 1)}…` : text;
    },
    documents() {
      return state.report.documents;
    },
    sourceTexts() {
      return state.texts;
    },
    respond: retrieve,
    async passages(question, limit = 3) {
      return toPassages((await retrieve(question)).result, limit);
    },
  };
}
