import { createRequire } from 'node:module';

/**
 * The country's provinces, prefectures and counties (china-area-data, GB/T 2260), each by its full
 * name and by the short name officers say without its level ("石柱" for 石柱土家族自治县, "眉山" for
 * 眉山市), so a run of place names written without level words ("重庆石柱", "四川眉山") is read as
 * a place: who writes, not what is nominated.
 */

type AreaTree = Record<string, Record<string, string>>;

const LEVEL = /(?:自治区|自治州|自治县|自治旗|特别行政区|地区|林区|省|市|县|区|旗|盟|州)$/u;
/** The peoples an autonomous area is named for, stripped with the level: 大通回族土族自治县 → 大通. */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const PEOPLE_END = new RegExp(`(?:${PEOPLES})族?$`, 'u');
/** Administrative placeholders of the data, not places anyone names: 市辖区, 省直辖县级行政区划. */
const PLACEHOLDER = /辖/u;
/** Codes of Taiwan, Hong Kong and Macao, which nominate nothing to this list. */
const OUTSIDE = /^(?:71|81|82)/u;

function shortName(full: string): string {
  let short = full.replace(LEVEL, '');
  if (/自治/u.test(full)) while (PEOPLE_END.test(short) && short.replace(PEOPLE_END, '').length >= 2) short = short.replace(PEOPLE_END, '');
  return short;
}

interface PlaceNames {
  /** provinces and prefectures, by full and short name: where a run of place names begins */
  upper: Set<string>;
  /** every level */
  all: Set<string>;
  /** each name's provinces (full names): one for most, several for a name two places share (朝阳) */
  provinces: Map<string, Set<string>>;
}

function placeNames(): PlaceNames {
  const tree = createRequire(import.meta.url)('china-area-data/data.json') as AreaTree;
  const provinces = new Set(Object.keys(tree['86'] ?? {}));
  const names: PlaceNames = { upper: new Set(), all: new Set(), provinces: new Map() };
  const top = tree['86'] ?? {};
  for (const [parent, level] of Object.entries(tree)) {
    const upper = parent === '86' || provinces.has(parent);
    for (const [code, full] of Object.entries(level)) {
      if (PLACEHOLDER.test(full) || !LEVEL.test(full) || !/^\p{Script=Han}+$/u.test(full)) continue;
      // a one-character short name (和县 → 和) is a common word, never said alone for the place
      const short = shortName(full);
      // (the programme is the mainland's: 台北市文山区 makes no name of Yunnan's 文山 ambiguous)
      const province = OUTSIDE.test(code) ? undefined : top[`${code.slice(0, 2)}0000`];
      // "文山州", "恩施州": an autonomous prefecture is said by its short name and 州
      const spoken = /自治州$/u.test(full) && short.length >= 2 ? [`${short}州`] : [];
      for (const name of [...(short.length >= 2 ? [full, short] : [full]), ...spoken]) {
        names.all.add(name);
        if (upper) names.upper.add(name);
        if (province) names.provinces.set(name, (names.provinces.get(name) ?? new Set()).add(province));
      }
    }
  }
  return names;
}

let known: PlaceNames | undefined;
/** The names, read from the data on first use (not at start-up). */
const names = (): PlaceNames => (known ??= placeNames());
const LONGEST = 20;

/**
 * Whether `text` is wholly place names in a row, from a province or prefecture down: "重庆石柱",
 * "四川眉山东坡区", "曲靖". A run opening below the prefecture is left to the product readers, for
 * products are named so ("西湖龙井": a district and a city elsewhere).
 */
export function isPlaceRun(text: string): boolean {
  const { upper, all } = names();
  if (!text || text.length > 30) return false;
  const ends = new Set<number>();
  for (let end = 2; end <= Math.min(text.length, LONGEST); end++) if (upper.has(text.slice(0, end))) ends.add(end);
  for (let start = 2; start < text.length; start++) {
    if (!ends.has(start)) continue;
    for (let end = start + 2; end <= Math.min(text.length, start + LONGEST); end++) {
      if (all.has(text.slice(start, end))) ends.add(end);
    }
  }
  return ends.has(text.length);
}

/** Whether `text` is one place's name, at any level, in full or short: "相城", "五常市", "曲靖". */
export function isPlaceName(text: string): boolean {
  return names().all.has(text);
}

/**
 * The one province a run of place names lies in, at any level: "哈尔滨五常市", "赣州", "三明市沙县区",
 * "库尔勒市". A name two provinces share ("朝阳") settles nothing alone; the run's other names may.
 */
export function provinceOfPlaceRun(text: string): string | undefined {
  const { all, provinces } = names();
  if (!text || text.length > 30) return undefined;
  // for each end reached by whole names, the provinces every name so far lies in
  const reached = new Map<number, Set<string>>([[0, new Set(['*'])]]);
  for (let start = 0; start < text.length; start++) {
    const before = reached.get(start);
    if (!before) continue;
    for (let end = start + 2; end <= Math.min(text.length, start + LONGEST); end++) {
      const name = text.slice(start, end);
      if (!all.has(name)) continue;
      const of = provinces.get(name) ?? new Set<string>();
      const both = before.has('*') ? new Set(of) : new Set([...before].filter((p) => of.has(p)));
      if (both.size === 0) continue;
      reached.set(end, new Set([...(reached.get(end) ?? []), ...both]));
    }
  }
  const at = reached.get(text.length);
  return at?.size === 1 ? [...at][0] : undefined;
}

/** The province of the longest run of place names opening `text`: "昆山市阳澄湖周边" → 江苏省. */
export function provinceOfLeadingPlaces(text: string): string | undefined {
  for (let end = Math.min(text.length, 30); end >= 2; end--) {
    const province = provinceOfPlaceRun(text.slice(0, end));
    if (province) return province;
  }
  return undefined;
}
