import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/retrieval/corpus.js';
import { silentLogger } from '../../src/log.js';
import { chunkDocument, type Chunk } from '../../src/qa/chunk.js';
import { readEvalCases } from '../../src/qa/eval.js';
import { loadKnowledge } from '../../src/qa/ingest/load.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { paraphrases } from '../../src/qa/paraphrase.js';
import { profileOf, readScope, scopeWeights, scopeWords } from '../../src/qa/scope.js';
import { createSearchIndex, type SearchIndex, type SearchOptions } from '../../src/qa/search-index.js';
import { chunkShapes, shapesOf } from '../../src/qa/shapes.js';
import { CUE_TERMS } from '../../src/qa/lexicon.js';
import { analyzeQuery, normalizeText } from '../../src/qa/tokenize.js';
import { NOTICE_2023, NOW } from './helpers/shipped.js';

const TODAY = NOW.toISOString().slice(0, 10);

/** Tuning questions of the 2023 notice and of the corpus, with generated paraphrases of each. */
const questions = (): string[] => {
  const asked = ['qa-dev', 'qa-corpus-tuning', 'qa-question-types', 'qa-strict-cues', 'qa-tuning-v8-corpus'].flatMap((set) =>
    readEvalCases(`test/fixtures/eval/${set}.jsonl`).map((c) => c.q),
  );
  return [...new Set([...asked, ...asked.flatMap((q) => paraphrases(q).map((v) => v.q))])];
};

/** The options the answerer searches a question with: its notice weights, and the words that named the notice. */
function optionsFor(question: string, docs: readonly SourceDocument[]): SearchOptions {
  const profiles = docs.map(profileOf);
  const scope = readScope(question, TODAY);
  const docWeights = scopeWeights(scope, profiles);
  const named = !!scope.serial || scope.years.length > 0 || scope.programmes.length > 0;
  return { docWeights, muted: named ? scopeWords(docWeights, profiles, analyzeQuery(question).words) : undefined };
}

interface Corpus {
  docs: SourceDocument[];
  chunks: Chunk[];
  index: SearchIndex;
}

const corpora: Record<string, Corpus> = {};

beforeAll(async () => {
  const { documents } = await loadKnowledge('knowledge', silentLogger);
  const notice = documents.find((d) => d.doc === NOTICE_2023)!;
  // Generated notices repeat the 2023 notice's sentences with words swapped: many near ties.
  for (const [name, docs] of [
    ['shipped', documents],
    ['generated', [notice, ...generateCorpus(notice, 40)]],
  ] as const) {
    const chunks = docs.flatMap(chunkDocument);
    corpora[name] = { docs: [...docs], chunks, index: createSearchIndex(chunks) };
  }
});

describe.each(['shipped', 'generated'])('the index of the %s notices', (name) => {
  it('keeps each sentence unit the shapes and normalized text computed from its sentence', () => {
    const { chunks, index } = corpora[name]!;
    const sentences = chunks.flatMap((chunk) => chunk.sentences);
    const shapes = chunks.flatMap((chunk) => chunkShapes(chunk.sentences));
    expect(sentences.length).toBeGreaterThan(100);
    sentences.forEach((sentence, unit) => {
      expect(index.shapes(unit)).toEqual(shapes[unit]);
      // a unit's shapes are its sentence's own, and a duty only where its sentence opened with one
      expect(shapes[unit]!.filter((shape) => !shapesOf(sentence).includes(shape)).every((shape) => shape === CUE_TERMS.duty)).toBe(true);
      expect(index.text(unit)).toBe(normalizeText(sentence));
    });
    for (const q of ['申报书什么时候截止？', '联系电话是多少', '支持名录地理标志参加哪些品牌活动？']) {
      for (const hit of index.search(q).sentences) expect(index.shapes(hit.unit)).toEqual(chunkShapes(hit.chunk.sentences)[hit.sentenceIndex]);
    }
  });

  it('ranks as if it scored every candidate in full: the sentences passed over could not have been kept', () => {
    const { docs, index } = corpora[name]!;
    const asked = questions();
    expect(asked.length).toBeGreaterThan(500);
    let compared = 0;
    for (const q of asked) {
      const options = optionsFor(q, docs);
      // Kept lists long enough for every candidate: nothing is passed over.
      const everything = index.search(q, 1_000_000, options).sentences.map((hit) => [hit.unit, hit.score]);
      for (const limit of [3, 10]) {
        const ranked = index.search(q, limit, options).sentences.map((hit) => [hit.unit, hit.score]);
        expect(ranked, `${q} (${limit})`).toEqual(everything.slice(0, limit));
      }
      if (everything.length > 10) compared++;
    }
    // Most questions have more candidates than the kept ten.
    expect(compared).toBeGreaterThan(asked.length / 2);
  });
});
