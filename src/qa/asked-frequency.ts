/**
 * How often something happens (多久搞一次, 几年评一回 — read as 定期 by the lexicon, or 定期吗 typed):
 * only a sentence stating a frequency answers (定期, 每年, 每3年, 年度, 随时) — never one that names
 * the matter alone (加强…成效复核 says it is done, not how often).
 */

/** How often asked: the lexicon reads 多久…一次 as 定期; 频次, 频率 and 每隔 ask it too. */
const FREQUENCY_ASKED = /定期|频次|频率|每隔多/;

/** A frequency a sentence states. */
const FREQUENCY_STATED = /定期|每(?:年|季度?|月|半年|周)|每[\d一二两三四五六七八九十]+个?(?:年|月)|一年一|年度|常态化|随时/;

/** True when the question asks how often. */
export const asksFrequency = (question: string): boolean => FREQUENCY_ASKED.test(question);

/** True when the question asks how often and the sentence states no frequency. */
export const missesAskedFrequency = (question: string, sentence: string): boolean => asksFrequency(question) && !FREQUENCY_STATED.test(sentence);
