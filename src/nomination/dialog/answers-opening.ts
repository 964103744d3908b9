import type { Form } from '../form.js';
import { readMessage } from '../reading.js';
import { findProvinces } from '../provinces.js';
import { dropOpeningLeadIn } from '../lead-in.js';
import { GREETING, isQuestionLike } from './intents.js';
import { isProvinceName } from '../provinces.js';
import { nameShaped } from './product-name.js';

/** Fields no chatter or question holds by chance: a line giving a product with two of them is the form's data. */
const TELLING = ['province', 'protection_type', 'registration_no'];
/** Longer than this, a message is a report to be asked about, not an opening. */
const MAX_OPENING = 80;

const choiceWordsByForm = new WeakMap<Form, readonly string[]>();
function tellingChoiceWords(form: Form): readonly string[] {
  let words = choiceWordsByForm.get(form);
  if (!words) {
    const fields = form.fields.filter((f) => TELLING.includes(f.id) && f.type === 'choice');
    words = fields.flatMap((f) => [...(f.choices ?? []), ...Object.values(f.choiceAliases).flat()]);
    choiceWordsByForm.set(form, words);
  }
  return words;
}

/** Two telling values need one of a province, a choice word or a number: most chat lines have none and skip the full reading. */
const mayTell = (form: Form, line: string): boolean =>
  /[0-9０-９]/u.test(line) || findProvinces(line).length > 0 || tellingChoiceWords(form).some((word) => line.includes(word));

/** Longest province name opening a run ("黑龙江省", "内蒙古自治区"). */
const PROVINCE_MAX = 7;

/**
 * A product's name and its province, nothing else: "黑龙江，响水大米", "金华火腿 浙江省", and a
 * province opening the name ("云南文山三七"); "宁夏枸杞" stays whole (枸杞 alone is an everyday word).
 */
function nameAndProvince(line: string): { name: string; rest: string } | undefined {
  const parts = line.split(/[，,、；;\s]+/u).filter(Boolean);
  if (parts.length === 2) {
    const at = parts.findIndex(isProvinceName);
    const name = parts[1 - at];
    return at >= 0 && name && nameShaped(name) ? { name, rest: parts[at] as string } : undefined;
  }
  if (parts.length !== 1) return undefined;
  for (let end = Math.min(PROVINCE_MAX, line.length - 2); end >= 2; end -= 1) {
    const name = line.slice(end);
    if (isProvinceName(line.slice(0, end)) && nameShaped(name)) return { name, rest: line.slice(0, end) };
  }
  return undefined;
}

/**
 * A first message that gives the form's data without asking to start ("信阳毛尖 河南 证明商标",
 * "南丰蜜桔，江西的，地理标志产品"): a product's name and at least two values no other text
 * holds by chance (a province, a protection type, an announcement number), or one of them beside a
 * name the dictionary reads as a product's and nothing else ("黑龙江，响水大米", "金华火腿 地理标志产品").
 * Questions never are.
 */
export function opensWithAnswers(form: Form, text: string): { name: string; rest: string } | undefined {
  const line = dropOpeningLeadIn(form, text.trim().replace(GREETING, '')).replace(/[。.!！~～]+$/u, '');
  if (line.length === 0 || line.length > MAX_OPENING || isQuestionLike(line) || !mayTell(form, line)) return undefined;
  const withProvince = nameAndProvince(line);
  if (withProvince) return withProvince;
  const field = form.fields[0];
  if (!field) return undefined;
  const read = readMessage(form, {}, field, line);
  const telling = Object.keys(read.values).filter((id) => TELLING.includes(id) && form.field(id));
  const name = read.values[field.id]?.value;
  if (typeof name !== 'string' || read.unread.length > 0 || !line.includes(name)) return undefined;
  const alone = telling.length === 1 && Object.keys(read.values).length === 2 && nameShaped(name);
  if (telling.length < 2 && !alone) return undefined;
  // the name opens the form as a request's product does; the rest is read as answers
  return { name, rest: line.replace(name, '').replace(/^[\s，,、；;]+/u, '') };
}
