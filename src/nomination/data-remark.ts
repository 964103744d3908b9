import type { Form, FormField } from './form.js';
import { leadingName } from './labels.js';
import { ACTION } from './segment.js';
import { isAboutSending } from './lead-in.js';

/**
 * Words about the data rather than data, sent while a free-text field (measures, plans) is asked:
 * what the sender just did ("刚跟王科长通了电话"), that material came ("龙口的数来了"), a comment on another field's figure ("出口这个
 * 1350万美元我原来觉得偏高，问过了…", "第5条人均收入那个是农业农村局抽样调查的"). Free text takes
 * almost any words, so such a remark would be stored as the answer; it states no action, as
 * measures and plans do.
 */

/** "刚跟王科长通了电话", "刚刚问了协会": what the sender did just now. */
const JUST_DID = /^(?:我|我们)?(?:刚|刚才|刚刚)(?:又|也)?(?:跟|和|同|给|问|打|联系|核|查|对|确认|看)/u;

/** "出口这个…", "人均收入那个…": a field's name made the topic. */
const TOPIC_AFTER_NAME = /^(?:这个|那个|这块|那块|这一块|这项|那项|这一项|这里|那里)/u;

/** A list item's number in front: "第5条", "3.". */
const ITEM = /^(?:第?[\d一二三四五六七八九十]{1,2}(?:条|项|点|个)|[\d]{1,2}[.、．])\s*/u;

export function isDataRemark(form: Form, current: FormField, text: string): boolean {
  const said = text.trim().replace(ITEM, '');
  if (ACTION.test(said)) return false;
  if (JUST_DID.test(said) || isAboutSending(said)) return true;
  const named = leadingName(form, said);
  return named !== undefined && named.start === 0 && named.field.id !== current.id && TOPIC_AFTER_NAME.test(said.slice(named.end));
}
