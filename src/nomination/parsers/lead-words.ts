import type { FormField } from '../form.js';
import { escapeRegExp } from '../../text/regexp.js';

/**
 * The words people put in front of a figure, and whether a lead-in is made only of them. A
 * lead-in is read when every part of it is one of: the field's own names (its label and
 * keywords), words that say nothing about which figure it is (去年, 总共, 全县, 这块, 有, 是 …),
 * words of approximation (大概, 约, 将近, 不到 …), a year ("2023年"), or the nouns of the value's
 * kind (企业, 合作社 for firms; 从业人员, 农户 for people; 产值, 收入 for money). Anything else —
 * another field's name (出口, 加工, 人均), a plan (明年, 新增), an ordinal (第三批), another figure —
 * makes the lead-in unread, and the figure behind it is not taken as this field's value.
 */

/** What a word of a lead-in tells about the figure after it. */
export type LeadTag = 'approximate' | 'compared' | 'premium' | 'percentWord' | 'doubling' | 'ratio' | 'negative' | 'foreign' | 'cny' | 'own' | 'generic';

/** One kind of word: a pattern (matched at a position) and what it tells. */
export interface LeadWord {
  pattern: string;
  tag?: LeadTag;
}

export const words = (list: string, tag?: LeadTag): LeadWord => ({ pattern: `(?:${list})`, ...(tag ? { tag } : {}) });

/** Who reported a figure: "晋安区小郑", "县局", "统计站王站长", "林科". */
const REPORTER =
  '(?:\\p{Script=Han}{0,6}?(?:省|市|县|区|旗|盟|州|镇|乡|局|站|科|处|办|中心|所|委|协会|里|那边|同事|领导))?(?:[小老阿]\\p{Script=Han}|\\p{Script=Han}?(?:科长|局长|主任|站长|处长|会长|秘书长|科|局|工|总))?';

/** Words that say nothing about which figure follows. */
const NEUTRAL: LeadWord[] = [
  // when and where: the last year, the whole county; never a future year (明年) or a plan
  words('去年|今年|上年度?|上一年度?|全年|一年|每年|年均|年度|当年|目前|现在|现有|截至目前|截止目前|如今|当前'),
  words('全县|全市|全省|全区|全州|全盟|全旗|全镇|全乡|全国|本县|本市|本地|当地|我县|我市|我区|我们|咱们|这边|那边|这里|那里|整个|整体|总体|全部'),
  // totals and links
  words('总共|一共|共计|合计|总计|累计|共|加起来|算下来|算起来|统计下来|总的来说|总的|总数|总量|大体|基本上|基本'),
  words('有个|有|是|为|达到|达|在|算|能有|能达到|带动|涉及|实现|完成|创造|取得|这块|那块|这一块|那一块|一块|这部分|这一部分|方面|部分|的话|这项|这一项|这个|的|嘛|呢|呀|啊|哦|嗯|呃|那就|就|那|也|都|还|吧|了'),
  // "小张报的3.2万人", "县局给的数": who reported the figure
  words(`${REPORTER}?(?:他们|他|她)?(?:(?:报|给|提供|统计|说|发|填)(?:上来|过来)?的(?:数|数字|数据)?|(?<=\\p{Script=Han})(?:说|讲)(?:是)?)`),
  // "那就填150万美元": what to write
  words('就填|就写|填写|写成|填成|填|写'),
  // "就按120%算", "以16.8亿为准": the figure settled on
  words('那就按照?|就按照?|还是按照?|按照|按|以'),
  words('(?:19|20)\\d{2}年度?'),
  words('[,:;、=\\s]'),
  words('大约|大概|约合|约为|约|将近|接近|近|不到|不足|超过|超|逾|差不多|左右|上下|估计|估摸|大致|预计|应该|至少|少说', 'approximate'),
];

/** Joins nouns in one lead-in: "企业和合作社". */
export const CONNECTOR = words('和|及|与|以及|跟|加上|加');

/** The field's own names (its label and keywords), longest first. */
export const ownNames = (field: FormField): LeadWord =>
  words([field.label, ...field.keywords].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'own');

/**
 * Whether `lead` is made only of the field's names, the neutral words and `kind` (the words of
 * the value's kind); returns the tags of the words read, or undefined when some part is unread.
 * A noun that several fields share (tagged `generic`: 产值 names 年产值 and every 相关产业产值)
 * is read only beside one of the field's own names: "加工这块产值两亿" for 加工, never "产值两亿".
 */
export function readLead(field: FormField, lead: string, kind: readonly LeadWord[]): Set<LeadTag> | undefined {
  if (lead === '') return new Set();
  if (lead.length > MAX_LEAD) return undefined;
  const all = compiled(field, kind);
  // every position the lead-in can be read up to, with the tags on the way there
  const reached: Array<Set<LeadTag> | undefined> = [new Set()];
  for (let at = 0; at < lead.length; at += 1) {
    const tags = reached[at];
    if (!tags) continue;
    for (const { re, tag } of all) {
      re.lastIndex = at;
      const match = re.exec(lead);
      if (!match || match[0] === '') continue;
      const end = at + match[0].length;
      reached[end] = new Set([...(reached[end] ?? []), ...tags, ...(tag ? [tag] : [])]);
    }
  }
  const tags = reached[lead.length];
  return tags && !(tags.has('generic') && !tags.has('own')) ? tags : undefined;
}

type Compiled = Array<{ re: RegExp; tag: LeadTag | undefined }>;
const cache = new WeakMap<FormField, WeakMap<readonly LeadWord[], Compiled>>();

/** The words a lead-in of `field` may hold, compiled once per field and kind. */
function compiled(field: FormField, kind: readonly LeadWord[]): Compiled {
  const byKind = cache.get(field) ?? new WeakMap<readonly LeadWord[], Compiled>();
  cache.set(field, byKind);
  const found = byKind.get(kind);
  if (found) return found;
  const all = [ownNames(field), ...NEUTRAL, ...kind].map((w) => ({ re: new RegExp(w.pattern, 'iuy'), tag: w.tag }));
  byKind.set(kind, all);
  return all;
}

/** Lead-ins longer than this are a sentence, not a lead-in. */
const MAX_LEAD = 40;
