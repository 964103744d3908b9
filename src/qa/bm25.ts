/**
 * A compact BM25 inverted index over pre-tokenized units. Postings are typed arrays and scores
 * accumulate into one reused buffer, so a query costs only the postings of its terms.
 */

interface Postings {
  ids: Int32Array;
  /** Per posting, the BM25 term-frequency factor tf·(k1+1) / (tf + k1·(1−b+b·len/avg)), precomputed. */
  impacts: Float32Array;
  idf: number;
}

export interface Bm25Options {
  k1?: number;
  b?: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(units: readonly (readonly string[])[], options: Bm25Options = {}) {
    const k1 = options.k1 ?? 1.2;
    const b = options.b ?? 0.75;
    const count = units.length;
    const building = new Map<string, { ids: number[]; tfs: number[] }>();
    let totalLength = 0;
    units.forEach((terms, id) => {
      totalLength += terms.length;
      const tf = new Map<string, number>();
      for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
      for (const [term, n] of tf) {
        let list = building.get(term);
        if (!list) building.set(term, (list = { ids: [], tfs: [] }));
        list.ids.push(id);
        list.tfs.push(n);
      }
    });
    const average = count && totalLength ? totalLength / count : 1;
    const lengthNorm = Float64Array.from(units, (terms) => k1 * (1 - b + (b * terms.length) / average));
    for (const [term, list] of building) {
      const df = list.ids.length;
      this.postings.set(term, {
        ids: Int32Array.from(list.ids),
        impacts: Float32Array.from(list.tfs, (tf, i) => (tf * (k1 + 1)) / (tf + lengthNorm[list.ids[i]!]!)),
        idf: Math.log(1 + (count - df + 0.5) / (df + 0.5)),
      });
    }
    this.scores = new Float64Array(count);
    this.touched = new Int32Array(count);
  }

  /** Unit ids containing a term. */
  unitsWith(term: string): Int32Array | undefined {
    return this.postings.get(term)?.ids;
  }

  /**
   * Scores every unit containing at least one query term. `ids` (a view, valid until the next
   * call) lists the touched units; `scores` holds their scores and 0 for every other unit.
   */
  search(terms: readonly (readonly [string, number])[]): { ids: Int32Array; scores: Float64Array; max: number } {
    const { scores, touched } = this;
    for (let i = 0; i < this.touchedCount; i++) scores[touched[i]!] = 0;
    let n = 0;
    // An index loop, not for…of: the iterator's check of the array's kind (an empty array is of
    // another) made the optimized code bail out on most searches.
    for (let t = 0; t < terms.length; t++) {
      const [term, weight] = terms[t]!;
      const list = this.postings.get(term);
      if (!list) continue;
      const { ids, impacts } = list;
      const w = list.idf * weight;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (scores[id] === 0) touched[n++] = id;
        scores[id] = scores[id]! + w * impacts[i]!;
      }
    }
    this.touchedCount = n;
    let max = 0;
    for (let i = 0; i < n; i++) if (scores[touched[i]!]! > max) max = scores[touched[i]!]!;
    return { ids: touched.subarray(0, n), scores, max };
  }
}

/** Counts terms into [term, weight] pairs, repeated terms weighing more but sub-linearly. */
export function queryTerms(terms: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return [...counts].map(([term, n]) => [term, 1 + Math.log(n)]);
}
