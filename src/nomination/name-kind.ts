import type { FormField } from './form.js';
import { looksLikePersonName } from './person-name.js';
import { dictionaryFrequency } from './dialog/common-word.js';
import { isPlaceName } from './gazetteer.js';
import { taggedWords } from '../text/segmenter.js';

/**
 * A short name field holds one kind of name: the applicant an organisation's (`shape: unit`), the
 * contact a person's (`person_name`), the GI's name a product's (`shape: product`). A value of
 * another kind is no name at all but talk: a remark about a correction ("少了个市字"), an answer to
 * something else ("那就火腿本身"), a note about another field ("产值那几个数我问下农牧局"), a question.
 * Such a value is refused, never stored; the words people put before a name ("写…", "就系…",
 * "俺们科里的…") are taken off by their class.
 */

export type NameKind = 'unit' | 'person' | 'product';

/** The kind of name a field holds, if it is a short name field. */
export function nameKind(field: FormField): NameKind | undefined {
  if (field.type !== 'text') return undefined;
  if (field.personName) return 'person';
  return field.shape === 'unit' || field.shape === 'product' ? field.shape : undefined;
}

/** Words a body's name ends with: 局, 中心, 协会, 公会, 合作社 … ("巴州市场监管局", "县知识产权服务中心"). */
export const UNIT_END = /(?:局|厅|委|委员会|管委会|公署|行署|办|办公室|中心|协会|学会|公会|商会|联合会|促进会|研究会|站|所|科|处|股|院|公司|合作社|联合社|社|集团|政府|部|分局)$/u;

/** Word classes of talk, never of a name. */
const TALK = [
  // persons spoken to or of (我哋 and 佢 are Cantonese)
  '我|你|您|咱|俺|佢|哋|自己|本人',
  // questions
  '[?？]|吗|什么|怎么|为什么|为啥|咋|哪个|哪里|是否|要不要|能不能|还是',
  // remarks about what was written or said ("少了个市字", "写错了")
  '(?:写|填|打|说|报|弄|搞|看)错|错了|不对|有误|少了|多了|漏了|(?:多|少|漏)(?:算|统计|数)了?|(?:少|多|漏)(?:写|打|填)?(?:一|了)?个\\p{Script=Han}?字|改成|改为|改一下',
  // words that point back at the talk ("那就…本身", "这个", "…的话")
  '那就|就是说|这个|那个|那几|这几|本身|的话|反正|然后|先这样',
  // the paperwork itself ("从表格里复制的一行", "基本情况", a section's heading "社会效益方面")
  '复制|粘贴|表格|截图|附件|情况|如下|方面$',
  // a sentence's adverbs, negation and times ("格式可能有点乱", "去年报过一回没选上")
  '可能|有点|有些|也许|或许|应该|大概|没(?:有|选|报|填|通过|评上|上|写|说|给|提|列|标|算)|(?:去|今|明)年|昨天|前天|上次|上回|过一[回次]',
  // how it is sent ("一行一行发", "逐条贴过来")
  '一行一行|逐行|逐条|一条一条|一段一段|一段段|(?:发|贴|传|拷)(?:过来|上来)?$',
  // asking or waiting for someone ("我问下农牧局", "回头再说")
  '问下|问一下|问问|查下|查一下|等下|等一下|稍等|回头|再说|不知道|不清楚|不确定|没统计|待定',
  // saying what comes first ("先说名字", "说一下") or what is sent ("先介绍下", "把第一段发给你")
  '先说|先报|先填|说一下|说下|介绍|汇报|发给|发你|转给|转你|讲一下|讲下|开始|下面|接下来',
  // a request to nominate ("北京平谷这边要报平谷大桃")
  '(?:要|想|准备|打算|拟)(?:申)?报',
  // a sentence particle closing it
  '[吧吗呢啊呀哈嘛啦哦]$',
].join('|');
const TALK_WORDS = new RegExp(TALK, 'u');
/** A name is one line with no label in it: "所在省：类型：注册号" is a table's heading row. */
const NOT_ONE_NAME = /[:：\n\t]/u;
/**
 * A person's name also holds no possessive, no negation and no figure, a product's no possessive,
 * copula, 了 ("群里又发了一批数据" tells what happened) or digit, and neither the words of the list
 * or its form ("…名录申报书" is a title) nor a trademark's kind ("按证明商标填" says how the form
 * is filled). A transcribed name's syllables ("热依拉·阿不都") may be any character: the dot tells it.
 */
const OF_THE_FORM = '名录|申报|地理标志|地标|商标';
const NOT_IN_PERSON = new RegExp(`的|不|没|\\p{N}|${OF_THE_FORM}`, 'u');
const NOT_IN_TRANSCRIBED = new RegExp(`的|\\p{N}|${OF_THE_FORM}`, 'u');
const TRANSCRIBED = /^\p{Script=Han}{1,8}(?:[·•・]\p{Script=Han}{1,8})+$/u;
/** …nor opens with where it is ("在江苏苏州", "位于…"): that places the product, it does not name it; a dot parts a person's names ("阿依古丽·买买提"). */
const NOT_IN_PRODUCT = new RegExp(`的|是|了|\\p{Nd}|${OF_THE_FORM}|^(?:在|位于|地处|来自|产自|产于)|[·•・]`, 'u');
/** A note in brackets after a name: "…协会（注册人）". */
const BRACKET_NOTE = /\s*[（(][^（）()]*[)）]$/u;

/** The form's reason key when `text` is not a name of the field's kind; undefined when it may be one. */
export function nameKindProblem(field: FormField, text: string): string | undefined {
  const kind = nameKind(field);
  if (!kind) return undefined;
  const name = text.trim();
  const problem = `not_${kind}`;
  if (TALK_WORDS.test(name) || NOT_ONE_NAME.test(name)) return problem;
  if (kind === 'person') return (TRANSCRIBED.test(name) ? NOT_IN_TRANSCRIBED : NOT_IN_PERSON).test(name) ? problem : undefined;
  if (kind === 'unit') return UNIT_END.test(name.replace(BRACKET_NOTE, '')) ? undefined : problem;
  return NOT_IN_PRODUCT.test(name) || opensWithAnAct(name) ? problem : undefined;
}

/** Seen this often, a verb is an everyday act, not a place's name the dictionary tags by guess (兴化, 奉节, 互助). */
const EVERYDAY = 1000;
/** "全市…", "本县…": a determiner before a unit word points at a place, naming none (全州 is a county's name, though). */
const DETERMINED = /^(?:全|本|该|各|整个)(?:省|市|州|盟|县|区|旗|乡镇|镇|乡|村)/u;

/** A product's name opens with its place: a clause of a report opens with an act ("从事养殖", "带动农户增收") or "全市…". */
function opensWithAnAct(name: string): boolean {
  const determined = DETERMINED.exec(name);
  if (determined && !isPlaceName(determined[0])) return true;
  const [first, next] = taggedWords(name);
  return next !== undefined && first !== undefined && first.tag === 'v' && first.word.length >= 2 && dictionaryFrequency(first.word) >= EVERYDAY;
}

/** Words people put before a name, by class: adverbs, verbs of writing, copulas, whose, who the person is. */
const LEAD_CLASSES = [
  '那就|就|直接|也|还|当时|当初|原来',
  '填写|填成|写成|填上|写上|写做|写作|填|写',
  // "全称是…协会": what the name is, before it
  '(?:单位)?(?:全称|全名|简称|名称|名字)',
  // (a bare 叫 opens names: 叫花鸡)
  '就是|就系|是|系|係|叫做|叫作',
  // "俺们科里的", "我哋单位嘅", "我们这边的", "单位的"
  '(?:我哋|我|俺|咱)们?(?:这边|那边|这里|单位|科室|科里|科(?!长)|处里|处(?!长)|局里|局(?!长)|中心|部门|办公室)?(?:的|嘅)?',
  '(?:单位|科里|科室|处里|局里)(?:的|嘅)?',
  '同事|领导|科长|副科长|处长|副处长|主任|副主任|局长|副局长|股长|部长|负责人|对接人|经办人|联系人|老师|小伙伴',
  // "要报平谷大桃", "申报的是…": the verb of nominating before what is nominated
  // "这次报新会陈皮": a time word makes a bare 报 the verb
  // ("申报书按证明商标填": 申报 of the papers is no verb)
  '(?:(?:这次|这回|本次|此次|今年)?(?:要|想|准备|打算|拟)(?:申)?报(?:的是)?|(?:这次|这回|本次|此次|今年)(?:申)?报(?:的是)?|申报(?:的是)?|报的是)(?![书表])',
  '[：:\\s，,]',
];
const LEAD_WORD = new RegExp(`(?:${LEAD_CLASSES.join('|')})`, 'uy');
const LONE_PRONOUN = /^(?:我|俺|咱|我哋)$/u;
/** Nothing but such words: "我是联系人" names no one. */
const ONLY_LEAD = new RegExp(`^(?:${LEAD_CLASSES.join('|')})+$`, 'u');

/**
 * The name without the words before it (see `LEAD_CLASSES`), for a short name field: the longest
 * run of such words after which a name of the field's kind of two or more characters remains; the
 * text as typed when nothing of its kind remains.
 */
const BRACKET_REMARK = /^(.+?)\s*[（(][^（）()]{1,16}[）)]$/u;

export function withoutNameLead(field: FormField, text: string): string {
  const kind = nameKind(field);
  if (!kind) return text;
  // "阿依古丽·买买提（巴州市场监管局）": the unit in brackets after a person's name says where they work
  const remark = kind === 'person' ? BRACKET_REMARK.exec(text.trim()) : null;
  const typed = remark?.[1] && looksLikePersonName(remark[1]) ? remark[1] : text.trim();
  if (typed !== text.trim()) return typed;
  const ends: number[] = [];
  for (let at = 0; ; ) {
    LEAD_WORD.lastIndex = at;
    const word = LEAD_WORD.exec(typed);
    if (!word || word[0].length === 0) break;
    at += word[0].length;
    ends.push(at);
  }
  const fits = (rest: string): boolean => [...rest].length >= 2 && nameKindProblem(field, rest) === undefined && !ONLY_LEAD.test(rest);
  // (a person's name with a known surname first, else any two to four characters: 其其格)
  const shapes = kind === 'person' ? [looksLikePersonName, (rest: string) => /^\p{Script=Han}{2,4}$/u.test(rest)] : [() => true];
  for (const shaped of shapes) {
    // (a pronoun alone is a sentence's subject: "我叫…", not whose the name is)
    const end = [...ends].reverse().find((at) => !LONE_PRONOUN.test(typed.slice(0, at)) && fits(typed.slice(at).trim()) && shaped(typed.slice(at).trim()));
    if (end !== undefined) return typed.slice(end).trim();
  }
  return text;
}
