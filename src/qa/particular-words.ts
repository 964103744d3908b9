/**
 * How officers ask for a notice's own particulars (its 文号, dates, issuer, title) and how they
 * name the notice. Data only; `particulars.ts` reads it. Patterns run on normalized text
 * (`normalizeText`: half-width, simplified, lower case).
 */

/** The particulars of a notice a question can ask for, in the order they are tried. */
export type Particular = 'docNumber' | 'issuer' | 'signed' | 'published' | 'title';

/** Words asking "when". */
const WHEN = '(?:哪一?天|哪一?年|哪个月|什么时候|啥时候|何时|几号|几月几[日号]|哪年哪月|什么日子|啥日子|日期|时间|几时)';
/** Verbs of signing a notice (定的: the list it decided, 名单哪天定的). */
const SIGN = '(?:落款|成文|签发|签署|签的|签了|定的)';
/** Verbs of issuing a notice ("发" only as 发的 / 发了 / at the end: 发到, 发给 are about sending material). */
const ISSUE = '(?:发布|印发|公布|公开|挂出来?|挂网|挂到网上|出台|下发|颁布|发出|出来|出的|发的|发了|发(?=[吗呢啊呀嘛?？。!！,，]|$))';
/** A notice named as such, whose date is asked without a verb. */
const NOTICE_AS_SUCH = '(?:通知|公告|公示|文件|号文|文)';
/** Who. */
const WHO = '(?:谁|哪个?(?:单位|部门|机构|机关)|什么(?:单位|部门|机构|机关))';

/**
 * Which document something is done by ("按哪个文件搞的", "根据哪个文来的", "依据啥规定"): no particular
 * of the notice's own, but the title of the document it names as its basis (根据《…》).
 */
export const BASIS_ASK = /(?:根据|按照|依据|依照|遵照|按|照)(?:的是)?(?:哪个|哪份|哪一个|哪一份|什么|啥)(?:文件?|规定|办法|通知|政策)/;

/**
 * The asking phrases of each particular. A question asking for a deadline (最晚, 截止 …) is no
 * question about the notice's own dates, whatever its verbs: see `DEADLINE_ASK`.
 */
export const PARTICULAR_ASKS: Record<Particular, RegExp> = {
  docNumber: /文号|发文字号|发文号|字号|(?:哪|几)号文|哪个文件?(?:号|印发|发布|下发|出的|发的)|编号是/,
  issuer: new RegExp(`发文(?:单位|机关|机构)|落款单位|${WHO}(?:印发|发布|下发|签发|出|发)的?|是${WHO}的(?:文|通知|公告)`),
  signed: new RegExp(`${SIGN}(?:是|在|于)?${WHEN}|${WHEN}[^,，。]{0,4}${SIGN}|${SIGN}(?:日期|时间)`),
  // … or the notice's date asked with no verb ("那个文是哪天的", "公告几月几号的").
  published: new RegExp(`${ISSUE}(?:是|在|于)?${WHEN}|${WHEN}[^,，。]{0,4}${ISSUE}|(?:发布|印发|公布|发文)(?:日期|时间)|${NOTICE_AS_SUCH}(?:是|为)?${WHEN}的(?=[吗呢啊呀嘛?？。!！,，\s]|$)`),
  title: /叫(?:个)?(?:什么|啥)(?:名字|标题|题目|名称)?|(?:什么|啥)(?:名字|标题|题目|名称)|全称|全名|标题|题目|名称是|名字是/,
};

/**
 * The name asked of a thing the question names before 叫啥 with 的 ("1106号文要打造的区域品牌高地叫啥"):
 * the name of something the notice holds, not the notice's title, unless that thing is the
 * notice, its title, or a document it issues or cites ("14号文的标题叫啥", "印发的实施方案叫啥").
 */
export const HELD_THING_NAMED = /的(\p{Script=Han}{2,10})叫(?:个)?(?:什么|啥)/u;
/** The heads before 叫啥 that are the notice, its title, or a document (the title reading takes these). */
export const TITLE_HEADS = /通知|公告|公示|文件|号文|标题|题目|名字|名称|全称|全名|办法|方案|规定|意见|规划|文$/;

/** A day asked of something done: the asking ends in 的 / 了 ("哪天发布的", "几号签了"). */
export const DONE_ASK = /(?:哪一?天|几号|几月几[日号]|什么日子|啥日子)[^,，。?？]{0,4}[的了]/;

/** A question asking by when something must be done: about a deadline, not the notice's date. */
export const DEADLINE_ASK = /最晚|最迟|截止|截至|之前|以前|期限|发过去|发到|发给|交|报送|提交/;

/**
 * Nouns by which a question names a notice as such ("…的通知", "14号文", "那个公告"); a question
 * naming one may describe the notice by what it says (a copy without a title). Not when it asks
 * about something in the notice ("通知里…").
 */
export const NOTICE_NOUN = /(?:通知|公告|公示|文件|号文|这个文|那个文|该文|此文|这份文|这文)(?![里中内上])/;

/**
 * The kinds of notice: how a title ends, how an untitled copy's text shows it (特此公告, 通知如下),
 * and the words by which a question names each kind.
 */
export const NOTICE_KINDS: { kind: string; title: RegExp; text: RegExp; asked: RegExp }[] = [
  { kind: 'publicity', title: /公示$/, text: /予以公示|公示期/, asked: /公示/ },
  { kind: 'announcement', title: /公告(?:第?\d+号)?$/, text: /特此公告/, asked: /公告/ },
  { kind: 'notice', title: /通知$/, text: /特此通知|通知如下/, asked: /通知/ },
];

/** Words of a question that only name a notice as such (it is the notice, not what it is about). */
export const NOTICE_WORDS = new Set([
  '通知', '公告', '公示', '文件', '文', '号', '号文', '年', '月', '日', '发布', '这份', '那份', '份', '全文', '原文', '正式',
  // Which one of a series ("最新一期", "那批"): the scope reading takes these.
  '一期', '这期', '那期', '哪期', '期', '批', '一批', '那批', '这批', '次', '一次',
  // Interjections and forms of address around the asking ("哎，那个…", "老师，…").
  '哎', '唉', '诶', '欸', '嗨', '喂', '对了', '话说', '老师', '领导', '同志', '您',
]);

/** A count the question gives of what the notice is about ("54个示范区"): a detail of its text, no year. */
export const COUNT = /(?<![\d〔])\d+\s*[个件家项批名所类](?!月)/;

/** A year named against today ("去年底那个公告"): the scope reading takes it. */
export const RELATIVE_YEAR = /(?:去年|今年|前年|明年)(?:底|初|年底|年初|上半年|下半年)?|年底|年初/g;

/** A month (and day) by which a question names a notice ("22年8月那个公告", "8月30日那个"). */
export const NOTICE_MONTH = /(?<!\d)(\d{1,2})月(?:(\d{1,2})日)?/;

/** A doc number written in a question or a citing sentence (国知发运字〔2023〕13号, 936号, 第475号). */
export const DOC_NUMBER_TEXT = /[\p{Script=Han}]{0,8}[〔[(（]\d{4}[〕\])）]\s*\d{1,4}\s*号|第?\d{1,4}号(?!\d)/gu;

/** A document another notice cites: 《title》 followed by its doc number in brackets. */
export const CITED_DOCUMENT = /《([^》]{4,120})》\s*[(（]([^()（）]{0,20}?〔\d{4}〕\s*\d{1,4}\s*号)[)）]/g;

/** The issuer a cited title names before 关于 ("国家知识产权局关于印发…"). */
export const TITLE_ISSUER = /^(\p{Script=Han}{4,30}?)关于/u;
