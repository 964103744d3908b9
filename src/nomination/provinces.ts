import { taggedWords } from '../text/segmenter.js';
import { LOCAL_PLACE_END } from './place-words.js';

/**
 * The 31 provinces, autonomous regions and municipalities of the mainland plus 新疆生产建设兵团,
 * each with the names and abbreviations people write for it.
 */

/** Canonical name → aliases (short names, one-character abbreviations, pinyin). */
export const PROVINCES: Readonly<Record<string, readonly string[]>> = {
  北京市: ['北京', '京', 'beijing'],
  天津市: ['天津', '津', 'tianjin'],
  河北省: ['河北', '冀', 'hebei'],
  山西省: ['山西', '晋', 'shanxi'],
  内蒙古自治区: ['内蒙古', '内蒙', '蒙', 'neimenggu', 'inner mongolia'],
  辽宁省: ['辽宁', '辽', 'liaoning'],
  吉林省: ['吉林', '吉', 'jilin'],
  黑龙江省: ['黑龙江', '黑', 'heilongjiang'],
  上海市: ['上海', '沪', '申', 'shanghai'],
  江苏省: ['江苏', '苏', 'jiangsu'],
  浙江省: ['浙江', '浙', 'zhejiang'],
  安徽省: ['安徽', '皖', 'anhui'],
  福建省: ['福建', '闽', 'fujian'],
  江西省: ['江西', '赣', 'jiangxi'],
  山东省: ['山东', '鲁', 'shandong'],
  河南省: ['河南', '豫', 'henan'],
  湖北省: ['湖北', '鄂', 'hubei'],
  湖南省: ['湖南', '湘', 'hunan'],
  广东省: ['广东', '粤', 'guangdong'],
  广西壮族自治区: ['广西', '广西自治区', '桂', 'guangxi'],
  海南省: ['海南', '琼', 'hainan'],
  重庆市: ['重庆', '渝', 'chongqing'],
  四川省: ['四川', '川', '蜀', 'sichuan'],
  贵州省: ['贵州', '黔', '贵', 'guizhou'],
  云南省: ['云南', '滇', '云', 'yunnan'],
  西藏自治区: ['西藏', '藏', 'xizang', 'tibet'],
  陕西省: ['陕西', '陕', '秦', 'shaanxi'],
  甘肃省: ['甘肃', '甘', '陇', 'gansu'],
  青海省: ['青海', '青', 'qinghai'],
  宁夏回族自治区: ['宁夏', '宁夏自治区', '宁', 'ningxia'],
  新疆维吾尔自治区: ['新疆', '新疆自治区', '新', 'xinjiang'],
  新疆生产建设兵团: ['兵团', '新疆兵团', '建设兵团', '生产建设兵团', 'xpcc'],
};

/** Canonical names in the conventional order. */
export const PROVINCE_NAMES: readonly string[] = Object.keys(PROVINCES);

const lookup = new Map<string, string>();
for (const [name, aliases] of Object.entries(PROVINCES)) {
  lookup.set(name, name);
  for (const alias of aliases) lookup.set(alias, name);
}

/** Names of two or more characters, longest first, for finding a province inside a phrase. */
const searchable = [...lookup.keys()].filter((k) => k.length >= 2 && /\p{Script=Han}/u.test(k)).sort((a, b) => b.length - a.length);

const clean = (input: string): string =>
  input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(/[。.!！,，;；]+$/u, '');

/** The canonical name for a whole answer such as "浙江", "内蒙", "兵团", "京", "广西壮族自治区". */
export function canonicalProvince(input: string): string | undefined {
  const text = clean(input);
  if (!text || text.length > 40) return undefined;
  const direct = lookup.get(text) ?? lookup.get(text.replace(/(省|市|自治区)$/u, ''));
  if (direct) return direct;
  return undefined;
}

/** True when `text` is exactly a province's name, short or full ("河南", "河南省"), not a longer phrase that starts with one. */
export const isProvinceName = (text: string): boolean => canonicalProvince(text)?.startsWith(text) ?? false;


/**
 * The province of a phrase that names it with places inside it ("江苏苏州的", "安徽宿州砀山县"), read
 * by the dictionary's place tags; "宁夏枸杞的" names a product, not a place, and reads none.
 */
export function provinceOfPlaces(text: string): string | undefined {
  const owning = /的$/u.test(clean(text));
  const bare = clean(text).replace(/的$/u, '');
  const key = searchable.find((k) => bare.startsWith(k));
  const rest = key ? bare.slice(key.length) : '';
  // (the tags alone are not enough: 葡萄干 is tagged a place; a place owns what follows, or ends as one)
  if (!key || rest.length === 0 || rest.length > 12 || !(owning || LOCAL_PLACE_END.test(rest))) return undefined;
  return taggedWords(rest).every(({ word, tag }) => tag === 'ns' || LOCAL_PLACE_END.test(word)) ? lookup.get(key) : undefined;
}

/** The province name (two or more characters) that `text` ends with: "奇台面粉新疆" → "新疆". */
export const provinceNameEnding = (text: string): string | undefined => searchable.find((k) => text.endsWith(k));

/** The province name (two or more characters) that `text` begins with: "黑龙江省五常市" → "黑龙江". */
export const provinceNameOpening = (text: string): string | undefined => searchable.find((k) => text.startsWith(k));

/** Every distinct province named (by a name of two or more characters) inside a phrase, read left to right. */
export function findProvinces(text: string): string[] {
  const haystack = clean(text);
  const found: string[] = [];
  for (let i = 0; i < haystack.length; ) {
    const key = searchable.find((k) => haystack.startsWith(k, i));
    if (!key) {
      i += 1;
      continue;
    }
    const name = lookup.get(key) as string;
    if (!found.includes(name)) found.push(name);
    i += key.length;
  }
  return found;
}
