import { isPlaceName } from '../nomination/gazetteer.js';
import { PLACE_ASKED } from './lexicon.js';

/**
 * Which place something is in or held at (小站稻示范区在哪个省, 在哪个城市办的, 那个大米是哪儿的): only a
 * sentence naming a place answers it — a province, a city or county by name, or, for where something
 * is built, the kind of region (富集区域建设…中心) — never one that names the matter alone.
 */

/** A named place asked: which province, city or county, or whose place a thing is (是哪儿的). */
const NAMED_PLACE_ASKED = /哪(?:一)?个?(?:省|市|县|城市|地区)(?!级)|(?:是|在)?哪(?:儿|里)的/;

/** A place a sentence names: a province, or a place name with its kind (…省, …市, …盟). */
const PLACE_NAMED =
  /北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|\p{Script=Han}{2,6}(?:省|市|县|盟|自治州|地区)(?![级委])/u;

/** Where something is to be built (在哪建, 在哪搞) is answered by the kind of region too (富集区域建设…中心). */
const BUILT_ASKED = /在哪(?:个城市|个地方|里|儿)?(?:建|搞|设)/;
const REGION_BUILT = /(?:区域|地区|城市|县域)(?:建设|设立|建立|布局)/;

/** The addressees every notice opens with name no place a fact is about. */
const ADDRESSEES = /省、自治区、直辖市|新疆生产建设兵团/g;

/** True when the question asks a place (where something is, or is held or built). */
export const asksPlace = (question: string): boolean => PLACE_ASKED.test(question) || NAMED_PLACE_ASKED.test(question);

/**
 * A place named without its level word, as a product is named for it (大连海参, 安吉白茶): a county's
 * or a city's short name (2 to 4 characters) found in the gazetteer.
 */
function namesShortPlace(sentence: string): boolean {
  for (let start = 0; start < sentence.length - 1; start++) {
    for (let end = start + 2; end <= Math.min(sentence.length, start + 4); end++) if (isPlaceName(sentence.slice(start, end))) return true;
  }
  return false;
}

/** True when the question asks a place and the sentence names none. */
export function missesAskedPlace(question: string, sentence: string): boolean {
  if (!asksPlace(question)) return false;
  const text = sentence.replace(ADDRESSEES, ' ');
  return !PLACE_NAMED.test(text) && !namesShortPlace(text) && !(BUILT_ASKED.test(question) && REGION_BUILT.test(sentence));
}
