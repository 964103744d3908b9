/**
 * jieba's general-language dictionary may cut across a word the notices' vocabulary names
 * ("写真名" → 写真 / 名, where the asker wrote 写 / 真名): when the last character of a word not
 * so named, joined to the next word, makes a named word, the cut is moved to keep the named word
 * whole. Named words are the lexicon's, the expansion table's and the domain's.
 */
export function cutAtNamedWords(words: readonly string[], named: (word: string) => boolean): string[] {
  const out = [...words];
  for (let i = 0; i + 1 < out.length; i++) {
    const [before, after] = [out[i]!, out[i + 1]!];
    if (before.length < 2 || !HAN_ONLY.test(before) || !HAN_ONLY.test(after) || named(before) || named(after)) continue;
    const joined = before.slice(-1) + after;
    if (!named(joined)) continue;
    out.splice(i, 2, before.slice(0, -1), joined);
  }
  return out;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
