/** The runs of two adjacent characters (code points) of `text`: the unit of character-overlap measures. */
export function charPairs(text: string): Set<string> {
  const chars = [...text];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) pairs.add(`${chars[i]}${chars[i + 1]}`);
  return pairs;
}
