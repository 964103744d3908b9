/**
 * Cantonese written the way it is spoken ("我哋想报地标", "名称就系新会陈皮", "出口唔多", "加工嗰块")
 * read as the Mandarin words the readers know. Only characters and pairs that standard written
 * Chinese does not use so are changed: a 系 stays unless a Cantonese adverb stands before it
 * (联系人, 体系 keep theirs).
 */
const WORDS: Array<[RegExp, string]> = [
  [/哋/gu, '们'],
  [/嗰/gu, '那'],
  [/冇/gu, '没有'],
  // (and chat's spelling of it: "出口 木有")
  [/木有/gu, '没有'],
  [/啲/gu, '些'],
  [/攞/gu, '拿'],
  [/係/gu, '是'],
  [/(?<=[就都即唔仲])系/gu, '是'],
  // 唔该 thanks; before a verb or an adjective 唔 negates it
  [/唔(?=[知系是多记清确好使用识])/gu, '不'],
];

export function asMandarin(text: string): string {
  return WORDS.reduce((out, [word, mandarin]) => out.replace(word, mandarin), text);
}
