/** Where a word stands in a text: from its first character up to (not including) the one after it. */
export type Span = [number, number];

/** Where each of `words` stands in `text`, every occurrence (overlapping ones too). */
export function spansOf(words: readonly string[], text: string): Span[] {
  const spans: Span[] = [];
  for (const word of words) for (let at = word ? text.indexOf(word) : -1; at >= 0; at = text.indexOf(word, at + 1)) spans.push([at, at + word.length]);
  return spans;
}
