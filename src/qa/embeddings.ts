import { createHash } from 'node:crypto';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createEmbeddings, EMBEDDING_BATCH_SIZE, withTimeout } from '../llm/model.js';
import type { DenseRetriever, Passage } from './types.js';

/**
 * Optional dense retrieval: passage vectors from an OpenAI-compatible embeddings endpoint,
 * held in memory and searched by cosine similarity. Vectors are cached by a hash of the passage
 * text, so re-indexing after `ingest` embeds only new or changed chunks.
 */

/** Embeddings requests in flight at once while indexing a large corpus. */
const PARALLEL_REQUESTS = 4;

/**
 * The dense retriever, or undefined unless the LLM endpoint and `EMBEDDINGS_MODEL` are set.
 * Each embeddings call is bounded by `LLM_TIMEOUT_MS`. `index` and `search` reject on endpoint
 * failure or timeout (the caller then keeps the lexical ranking alone); a failed `index` leaves
 * the previous index in place. `search` before any `index` returns no hits.
 */
export function createDenseRetriever(config: Config, log: Logger): DenseRetriever | undefined {
  const embeddings = createEmbeddings(config);
  if (!embeddings) return undefined;
  const timeoutMs = config.LLM_TIMEOUT_MS;
  log.info({ model: config.EMBEDDINGS_MODEL }, 'dense retrieval enabled');

  let cache = new Map<string, Float32Array>();
  let entries: { id: string; vector: Float32Array }[] = [];

  return {
    async index(passages: Passage[]) {
      const hashes = passages.map((p) => textHash(p.text));
      const missing = [...new Set(hashes.filter((h) => !cache.has(h)))];
      const textOf = new Map(passages.map((p, i) => [hashes[i] as string, p.text]));
      const fresh = new Map<string, Float32Array>();
      const batches: string[][] = [];
      for (let start = 0; start < missing.length; start += EMBEDDING_BATCH_SIZE) batches.push(missing.slice(start, start + EMBEDDING_BATCH_SIZE));
      const embedBatch = async (batch: string[]): Promise<void> => {
        const vectors = await withTimeout(timeoutMs, undefined, () => embeddings.embedDocuments(batch.map((h) => textOf.get(h) as string)));
        if (vectors.length !== batch.length) throw new Error(`embeddings endpoint returned ${vectors.length} vectors for ${batch.length} texts`);
        batch.forEach((hash, i) => fresh.set(hash, unit(vectors[i] as number[])));
      };
      for (let start = 0; start < batches.length; start += PARALLEL_REQUESTS) {
        await Promise.all(batches.slice(start, start + PARALLEL_REQUESTS).map(embedBatch));
      }
      // Swap in only once every batch succeeded; keep only vectors still in use.
      const next = new Map<string, Float32Array>();
      for (const hash of hashes) next.set(hash, (cache.get(hash) ?? fresh.get(hash)) as Float32Array);
      cache = next;
      entries = passages.map((p, i) => ({ id: p.id, vector: next.get(hashes[i] as string) as Float32Array }));
      log.debug({ passages: passages.length, embedded: missing.length }, 'dense index built');
    },

    async search(question: string, k: number) {
      if (entries.length === 0 || k <= 0 || !question.trim()) return [];
      const query = unit(await withTimeout(timeoutMs, undefined, () => embeddings.embedQuery(question)));
      const dims = entries[0]?.vector.length;
      if (query.length !== dims) throw new Error(`query vector has ${query.length} dimensions, the index ${dims}`);
      return entries
        .map(({ id, vector }) => ({ id, score: dot(query, vector) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, k);
    },
  };
}

function textHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Normalizes to unit length, so cosine similarity is a dot product. */
function unit(vector: number[]): Float32Array {
  const out = Float32Array.from(vector);
  const norm = Math.sqrt(dot(out, out));
  if (norm > 0) for (let i = 0; i < out.length; i += 1) out[i] = (out[i] as number) / norm;
  return out;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
