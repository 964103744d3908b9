import { attachmentTitles } from '../../src/qa/attachments.js';
import { headingsByDoc } from '../../src/qa/quoted-heading.js';
import { cpus, loadavg } from 'node:os';
import MiniSearch from 'minisearch';
import { silentLogger } from '../../src/log.js';
import { chunkDocument, type Chunk } from '../../src/qa/chunk.js';
import { readEvalCases, type EvalCase } from '../../src/qa/eval.js';
import { extractiveAnswer } from '../../src/qa/extractive.js';
import { createSearchIndex, type SearchResult, type SentenceHit } from '../../src/qa/search-index.js';
import { loadKnowledge } from '../../src/qa/ingest/load.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { respond } from '../../src/qa/respond.js';
import { profileOf } from '../../src/qa/scope.js';
import { analyze, analyzeQuery } from '../../src/qa/tokenize.js';
import { generateCorpus } from './corpus.js';

/**
 * Retrieval benchmark: gi-bot's answerer (scope, fused BM25, decision) against MiniSearch
 * (baseline) fed the same tokenizer, on the shipped corpus of notices and on 1,000 generated
 * notice-sized documents (plus the 2023 notice). Reports index build time, query p50/p95 and
 * hit@1/hit@3 on the sample, dev, holdout and corpus tuning sets.
 *
 *   node --import tsx bench/retrieval/run.ts [--docs 1000] [--rounds 5]
 */

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DOCS = option('docs', 1000);
const ROUNDS = option('rounds', 5);

interface Engine {
  name: string;
  buildMs: number;
  /**
   * Ranked sentence hits for a question (best first), the answer quoted from the rank-1 choice
   * (for hit@1), whether the engine's gate declines (MiniSearch has none) and the top passages.
   */
  query(question: string): { hits: SentenceHit[]; answer: string; declined: boolean; passages: string[] };
}

function units(chunks: readonly Chunk[]): { chunk: Chunk; chunkIndex: number; sentenceIndex: number }[] {
  return chunks.flatMap((chunk, chunkIndex) => chunk.sentences.map((_, sentenceIndex) => ({ chunk, chunkIndex, sentenceIndex })));
}

/** The date answers are read against: fixed, so runs compare. */
const TODAY = '2026-11-30';

function ours(chunks: Chunk[], docs: SourceDocument[]): Engine {
  const started = performance.now();
  const knowledge = { index: createSearchIndex(chunks), profiles: docs.map(profileOf), attachments: attachmentTitles(chunks), headings: headingsByDoc(chunks) };
  const buildMs = performance.now() - started;
  return {
    name: 'gi-bot (scope, BM25 words + bigrams + context, cues)',
    buildMs,
    query(question) {
      const { answer, result, relevance } = respond(knowledge, question, question, TODAY);
      const best = relevance.best;
      return {
        hits: result.sentences,
        // hit@1 is about ranking: the quote from the rank-1 choice, whether or not the gate answers.
        answer: answer.declined ? (best ? extractiveAnswer(question, best, result).answer : '') : answer.answer,
        declined: answer.declined,
        passages: result.chunks.slice(0, 3).map((c) => c.chunk.text),
      };
    },
  };
}

function minisearch(chunks: Chunk[]): Engine {
  const table = units(chunks);
  const started = performance.now();
  const engine = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: (text) => {
      const analysis = analyze(text);
      return [...analysis.words, ...analysis.grams];
    },
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => {
        const analysis = analyzeQuery(text);
        return [...analysis.words, ...analysis.grams];
      },
      processTerm: (term) => term,
    },
  });
  engine.addAll(table.map((unit, id) => ({ id, text: unit.chunk.sentences[unit.sentenceIndex]! })));
  const buildMs = performance.now() - started;
  return {
    name: 'MiniSearch 7 (same tokenizer)',
    buildMs,
    query(question) {
      const hits: SentenceHit[] = engine
        .search(question)
        .slice(0, 10)
        .map((r) => ({ unit: r.id as number, ...table[r.id as number]!, score: r.score }));
      const seen = new Set<number>();
      const chunksRanked = hits.filter((h) => !seen.has(h.chunkIndex) && seen.add(h.chunkIndex));
      const result = { query: analyzeQuery(question), sentences: hits, chunks: chunksRanked.map((h) => ({ chunk: h.chunk, chunkIndex: h.chunkIndex, score: h.score })) } as SearchResult;
      const answer = hits[0] ? extractiveAnswer(question, hits[0], result).answer : '';
      return { hits, answer, declined: false, passages: chunksRanked.slice(0, 3).map((h) => h.chunk.text) };
    },
  };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function measure(engine: Engine, cases: EvalCase[]) {
  const questions = cases.map((c) => c.q);
  for (const q of questions) engine.query(q); // warm up
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      engine.query(q);
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const answerable = cases.filter((c) => c.kind === 'answer');
  let hit1 = 0;
  let hit3 = 0;
  let answered = 0;
  for (const c of answerable) {
    const { answer, declined, passages } = engine.query(c.q);
    const contains = (text: string): boolean => c.any_of.some((needle) => text.includes(needle));
    if (answer.length <= 300 && contains(answer)) {
      hit1++;
      if (!declined) answered++;
    }
    if (passages.some(contains)) hit3++;
  }
  const n = answerable.length;
  return { p50: percentile(times, 50), p95: percentile(times, 95), cpu95: percentile(cpuTimes, 95), hit1: hit1 / n, hit3: hit3 / n, gated: answered / n };
}

async function main(): Promise<void> {
  const cases = ['qa-sample', 'qa-dev', 'qa-holdout', 'qa-corpus-tuning'].flatMap((name) => readEvalCases(`test/fixtures/eval/${name}.jsonl`));
  analyze('预热分词词典'); // load jieba's dictionary before any timing
  const { documents } = await loadKnowledge('knowledge', silentLogger);
  const notice = documents.find((d) => d.doc === '2023-14-gi-key-contact-guidance-notice') ?? (documents[0] as SourceDocument);
  const corpora: [string, SourceDocument[]][] = [
    ['shipped corpus', documents],
    [`${DOCS} generated + notice`, [notice, ...generateCorpus(notice, DOCS)]],
  ];
  const rows: string[][] = [];
  const ratios: string[] = [];
  for (const [label, docs] of corpora) {
    const chunks = docs.flatMap(chunkDocument);
    const chars = chunks.reduce((sum, c) => sum + c.text.length, 0);
    const results = [ours(chunks, docs), minisearch(chunks)].map((engine) => ({ engine, ...measure(engine, cases) }));
    for (const r of results) {
      rows.push([
        label,
        r.engine.name,
        String(docs.length),
        String(chunks.length),
        `${(chars / 1000).toFixed(0)}k`,
        r.engine.buildMs.toFixed(0),
        r.p50.toFixed(3),
        r.p95.toFixed(3),
        r.cpu95.toFixed(3),
        r.hit1.toFixed(3),
        r.hit3.toFixed(3),
        r.engine.name.startsWith('gi-bot') ? r.gated.toFixed(3) : '-',
      ]);
    }
    const [a, b] = results as [(typeof results)[0], (typeof results)[0]];
    ratios.push(
      `${label}: build ${(a.engine.buildMs / b.engine.buildMs).toFixed(2)}x, p50 ${(a.p50 / b.p50).toFixed(2)}x, p95 ${(a.p95 / b.p95).toFixed(2)}x, ` +
        `p95 cpu ${(a.cpu95 / b.cpu95).toFixed(2)}x, ` +
        `hit@1 ${(a.hit1 / b.hit1).toFixed(2)}x, hit@3 ${(a.hit3 / b.hit3).toFixed(2)}x (gi-bot / MiniSearch; time: lower is better)`,
    );
  }
  const header = ['corpus', 'engine', 'docs', 'chunks', 'chars', 'build ms', 'p50 ms', 'p95 ms', 'p95 cpu ms', 'hit@1', 'hit@3', 'hit@1 gated'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(`questions: ${cases.length} (sample + dev + holdout + corpus tuning), ${ROUNDS} timed rounds each; hit@k over the answerable ones`);
  console.log('hit@1: the quote from the rank-1 choice contains the answer; gated: and gi-bot\'s relevance gate answers (what users see)\n');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
  console.log(`\nratios vs MiniSearch (baseline):\n  ${ratios.join('\n  ')}`);
  console.log(`target: query p95 < 5 ms at ${DOCS} documents`);
  const [load1] = loadavg();
  console.log(`load average ${load1!.toFixed(1)} on ${cpus().length} CPUs: wall-clock percentiles include time other processes took; p95 cpu is this process's own CPU time per query`);
}

await main();
