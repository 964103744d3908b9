/** A small deterministic generator, so a failure names a message that can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One item of `list`, chosen by `next`. */
export const pick = <T,>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
