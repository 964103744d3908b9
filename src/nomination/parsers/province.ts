import type { FormField } from '../form.js';
import { canonicalProvince, findProvinces } from '../provinces.js';
import { provinceOfPlaceRun } from '../gazetteer.js';
import { fail, ok, type ParseResult } from './result.js';

/** A province answer: an exact name or alias, or a short phrase naming exactly one province. */

const MAX_PHRASE = 30;

export function parseProvince(field: FormField, input: string, raw: string): ParseResult {
  const exact = canonicalProvince(input);
  if (exact) return ok({ raw, value: exact, display: exact });
  if (input.length > MAX_PHRASE) return fail(field, 'not_province');
  const found = findProvinces(input);
  if (found.length > 1) return fail(field, 'province_many', { names: found.join('、') });
  const name = found[0] ?? provinceOfPlaces(input);
  return name ? ok({ raw, value: name, display: name }) : fail(field, 'not_province');
}

/** Who is where, around the places: "我们是三明市沙县区的", "赣州那边". */
const AROUND_PLACES = /^(?:我们|咱们|我|这边)?(?:是|在)?|(?:的|那边|这边|那里|这里|这块)$/gu;
/** A level word the gazetteer's older names lack: 沙县 became 沙县区. */
const LEVEL_LEFT = /[市县区州旗盟]$/u;

/**
 * The province places named without it lie in: "哈尔滨五常市的", "赣州", "文山州", "三明市沙县区" (by the
 * gazetteer; none when the places lie in several provinces, "朝阳").
 */
function provinceOfPlaces(input: string): string | undefined {
  const core = input.trim().replace(/[。.!！]+$/u, '').replace(AROUND_PLACES, '');
  if (core.length < 2 || !/^\p{Script=Han}+$/u.test(core)) return undefined;
  return provinceOfPlaceRun(core) ?? (LEVEL_LEFT.test(core) ? provinceOfPlaceRun(core.slice(0, -1)) : undefined);
}
