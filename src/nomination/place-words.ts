/**
 * The words a Chinese place name ends with, by level, shared by every reader that asks whether a
 * piece of text names a place: the province reader ("安徽宿州砀山县"), the region reader ("…县、…镇
 * 现辖行政区域") and the product-name reader at the start of a form ("旺苍县的" is who asks, not
 * what is nominated). Each takes the levels it needs.
 */
export const PLACE_UNITS = {
  province: ['省'],
  /** prefecture and county levels (市 and 区 are both) */
  city: ['市', '县', '区', '旗', '盟', '州'],
  township: ['镇', '乡'],
  village: ['村'],
  /** units named otherwise: subdistricts, Inner Mongolia's townships and villages, prefectures of old */
  other: ['街道', '苏木', '嘎查', '地区'],
  /** 新疆生产建设兵团 and its divisions and farms */
  corps: ['兵团', '第.{1,3}师', '团场', '农场', '牧场'],
} as const;

export type PlaceLevel = keyof typeof PLACE_UNITS;

/** Every level, from the province down. */
export const EVERY_LEVEL: readonly PlaceLevel[] = ['province', 'city', 'township', 'village', 'other', 'corps'];

/** The words of `levels` (and any `extra` alternatives), as one alternation for a pattern. */
export const placeWords = (levels: readonly PlaceLevel[], extra = ''): string =>
  `(?:${[...levels.flatMap((level) => PLACE_UNITS[level]), ...(extra ? [extra] : [])].join('|')})`;

/** A pattern for the words of `levels` (and any `extra` alternatives) at the end of a text. */
export const placeEnd = (levels: readonly PlaceLevel[], extra = ''): RegExp => new RegExp(`${placeWords(levels, extra)}$`, 'u');

/** Below the province, down to townships: what ends a place inside a province ("宿州砀山县", "xx苏木"). */
export const LOCAL_PLACE_END = placeEnd(['city', 'township', 'other']);
/** Units of government that name themselves with their level ("滨海新区", "房山区"), not towns (景德镇). */
export const GOVERNMENT_UNIT_END = placeEnd(['province', 'city']);

/** The customary close of a region's wording: "…现辖行政区域". */
export const REGION_CLOSE = /(?:行政区域|行政区划|区域范围)$/u;
