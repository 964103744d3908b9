/** Pictographs, flags, skin tones and their joiners: a reaction, never part of a value. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]+/gu;

/** True when `text` holds an emoji. */
export const hasEmoji = (text: string): boolean => text.search(EMOJI) >= 0;

/**
 * `text` with each emoji replaced by `by`: gone from a value ("二百四十亿👍" → "二百四十亿"), or a
 * space where it parts words as a comma does ("您好🙏我要申报😊" → "您好 我要申报").
 */
export const withoutEmoji = (text: string, by: '' | ' ' = ''): string => text.replace(EMOJI, by);
