/**
 * A note in brackets listing what a figure's trade covers, inside the words before the figure:
 * "带动相关加工（川菜复合调味料等）产值逾40亿元". It names examples, not a field, and parts the
 * field's name from itself; read without it ("带动相关加工产值逾40亿元"). Only notes ending in
 * 等 / 之类 or listing items of two characters or more parted by 、 ("加工（精油、玫瑰酱、玫瑰茶）产值"; "县（市、区）"
 * names places), with no digits, between two words.
 */
const EXAMPLE_NOTE = /(?<=\p{Script=Han})\s*[（(](?:如|含|包括|主要是|主要为|比如)?(?:[^（）()\d]{1,20}?(?:等等|等|之类)|[^（）()\d、]{2,10}(?:、[^（）()\d、]{2,10}){1,5})[）)]\s*(?=\p{Script=Han})/gu;

export const withoutExampleNotes = (text: string): string => text.replace(EXAMPLE_NOTE, '');
