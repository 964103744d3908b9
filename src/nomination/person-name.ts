import type { FormField } from './form.js';

/**
 * Whether a short text is shaped like a person's name ("李婷", "欧阳晓燕", "买买提·艾力"): what
 * decides between fields that one label word names, such as 名字 for the product's name and the
 * contact's. A surname first, one or two given characters, nothing that names a place, an
 * organisation or a product.
 */

/** Common single-character surnames (the most frequent few hundred cover nearly every officer). */
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'],
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '夏侯', '令狐', '宇文', '司徒', '端木'];
/** Characters a name of a place, an organisation or a product holds, and a person's name does not. */
const NOT_PERSON = /[省市县镇乡村州旗盟局厅委站场园社司部茶米酒果菜蟹鱼鸡鸭猪羊牛参枣椒橙梨桃瓜豆油醋蜜笋菇糕葱蒜姜稻薯芋瓷陶绣锦砚墨漆壶]|地区|中心|协会|产品|产业|药材|地理|标志|商标/u;

/** A copula or particle ends a sentence, never a name: "范围是" is a label with its value to come. */
const PARTICLE_END = /[是的了吗呢么嘛]$/u;

/** A 2–4 character Chinese name with a known surname, or a transcribed name with a middle dot. */
export function looksLikePersonName(text: string): boolean {
  const name = text.trim();
  if (/^\p{Script=Han}{2,6}[·•・]\p{Script=Han}{2,6}$/u.test(name)) return true;
  if (!/^\p{Script=Han}{2,4}$/u.test(name) || NOT_PERSON.test(name.slice(1)) || PARTICLE_END.test(name)) return false;
  const compound = COMPOUND_SURNAMES.some((s) => name.startsWith(s));
  return compound ? name.length >= 3 : SURNAMES.has(name[0] as string) && name.length <= 3;
}

/** A rank colleagues are called by after their surname: "叶科长", "张局". */
const RANK = '副?(?:科长|处长|局长|主任|股长|站长|所长|部长|书记|县长|市长|会长|秘书长|理事长|局|处|科|总|老师|工)';
/** A rank or role said alone, for a person: "会长让我把申报报一下". */
const RANK_ALONE = /^副?(?:科长|处长|局长|主任|股长|站长|所长|部长|书记|县长|市长|会长|秘书长|理事长|老师|领导|同事|老板)$/u;
export const isRankAlone = (text: string): boolean => RANK_ALONE.test(text.trim());
const TITLED = new RegExp(`^(\\p{Script=Han})${RANK}$`, 'u');

/**
 * "联系人写李主任吧，李桂芬", "我们叶科长，叶建明": a colleague named by rank and then by name (the same
 * surname) is that person; the name stands where the rank was, the repeat goes.
 */
const RANK_THEN_NAME = new RegExp(`(\\p{Script=Han})(${RANK})([吧啊呀哈]?)[，,、\\s]+(?:就是|叫|名字是)?\\1(\\p{Script=Han}{1,2})(?=$|[，,。；;！!\\s])`, 'gu');
export const withRankNamed = (text: string): string =>
  text.replace(RANK_THEN_NAME, (whole: string, surname: string, _rank: string, particle: string, given: string) =>
    looksLikePersonName(`${surname}${given}`) ? `${surname}${given}${particle}` : whole,
  );

/** What colleagues call each other: "小武", "老周", "阿娟". */
const NICKNAME = '(?:小|老|阿)\\p{Script=Han}';
/** "武晓东，就是小武": a name, then the nickname it is known by (which goes). */
const NAME_THEN_NICKNAME = new RegExp(`([\\p{Script=Han}·]{2,6})[，,、\\s]*(?:也|其实)?就是(?:我们|咱们)?${NICKNAME}(?=$|[，,。；;！!\\s])`, 'gu');
/** "小武，大名武晓东": a nickname, then the full name (which stands where the nickname was). */
const NICKNAME_THEN_NAME = new RegExp(`${NICKNAME}[，,、\\s]*(?:他|她)?(?:的)?(?:大名|全名|本名|真名|名字)(?:是|叫)?([\\p{Script=Han}·]{2,6})(?=$|[，,。；;！!\\s])`, 'gu');

/** "小郑，郑海波", "小艾吧，艾力江·吐尔逊": a nickname, then the full name opening with the nickname's character. */
const NICKNAME_THEN_SURNAMED = /[小老阿](\p{Script=Han})(?:吧|呢)?[，,、\s]+(?:就是|叫|名字是)?(\1(?:\p{Script=Han}{1,2}|[\p{Script=Han}]{1,5}·[\p{Script=Han}]{1,6}))(?=$|[，,。；;！!\s])/gu;

export const withNicknameNamed = (text: string): string =>
  text
    .replace(NAME_THEN_NICKNAME, (whole: string, name: string) => (looksLikePersonName(lastName(name)) ? name : whole))
    .replace(NICKNAME_THEN_NAME, (whole: string, name: string) => (looksLikePersonName(name) ? name : whole))
    .replace(NICKNAME_THEN_SURNAMED, (whole: string, _surname: string, name: string) => (looksLikePersonName(name) ? name : whole));

/** The name at the end of "汾阳市局的武晓东": the longest tail shaped as a person's name. */
const lastName = (words: string): string => [4, 3, 2].map((n) => words.slice(-n)).find(looksLikePersonName) ?? words;

/** "联系人不是我，是我们科的孙晓梅": the writer saying it is not them says who it is. */
const SELF_DENIED = /不是我(?:本人)?[，,、\s]*(?:而)?是/gu;
export const withSelfDenied = (text: string): string => text.replace(SELF_DENIED, '是');

/** A surname with a rank: "叶科长", "张局". */
export function looksLikeTitledName(text: string): boolean {
  const titled = TITLED.exec(text.trim());
  return titled !== null && SURNAMES.has(titled[1] as string);
}

/** The unit a colleague is named with, before the name: "统计站王站长", "县局李科长". */
const UNIT_BEFORE_NAME = /^\p{Script=Han}{1,8}?(?:站|局|科|处|办|中心|所|委|协会|股|室)(?=\p{Script=Han}{2,4}$)/u;

/** Who speaks in a forwarded chat: a person's name or a surname with a rank, with their unit ("县局李明") or without. */
export const looksLikeSpeaker = (typed: string): boolean => {
  // ("和田县局-王芳", "若羌县局 李明": the unit and the name may be parted)
  const text = typed.replace(/(?<=\p{Script=Han})[\s\-－—]+(?=\p{Script=Han})/gu, '');
  const named = text.replace(UNIT_BEFORE_NAME, '').replace(PLACE_BEFORE_NAME, '');
  return (
    looksLikePersonName(text) ||
    looksLikeTitledName(text) ||
    (named !== text && (looksLikeTitledName(named) || looksLikeNickname(named) || (UNIT_BEFORE_NAME.test(text) && looksLikePersonName(named)))) ||
    looksLikeNickname(text) ||
    looksLikePlacedNickname(text)
  );
};

/** The place a colleague works, before their name: "东乌旗小张", "汾阳老李". */
const PLACE_BEFORE_NAME = /^\p{Script=Han}{1,6}?(?:省|市|县|区|旗|盟|州|镇|乡)(?=\p{Script=Han}{2,4}$)/u;

/** "小张", "老李", "阿娟"-like: 小 / 老 / 阿 before a surname (not "小计", "老区"). */
export const looksLikeNickname = (text: string): boolean => /^[小老阿]\p{Script=Han}$/u.test(text.trim()) && SURNAMES.has(text.trim()[1] as string);

/** "相城小沈", "巴城老陆": a nickname after a short place name. */
const looksLikePlacedNickname = (text: string): boolean => /^\p{Script=Han}{2,4}[小老阿]\p{Script=Han}$/u.test(text.trim()) && looksLikeNickname(text.trim().slice(-2));

/** "我叫赵磊", "本人是赵磊": a person introducing themselves, in front of their name. */
export const SELF_INTRO = /^(?:我叫|我是|我姓\p{Script=Han}[，,]?叫|本人叫|本人是|本人|我的名字(?:是|叫)|我名字叫)\s*/u;

/** "我同事王钰婷", "我们科长李明", "单位的同事叫赵磊": who the person is to the writer, before the name. */
const RELATION_NOUN = '(?:同事|领导|科长|副科长|处长|副处长|主任|副主任|局长|副局长|股长|部长|负责人|对接人|经办人|老师|小伙伴)';
/** The word a unit's name ends in, as a person's unit is written beside their name. */
const UNIT_WORD = '(?:局|站|科|处|办|中心|所|委|协会|股|室|公司)';
/** "我同事", "我们科长", "科里的", "对接人是", "写我同事", "请填", "写汾阳市局的", "封丘县市场监管局", "填县里的", "转发里那个": the whole of what stands before the name. */
const RELATION = new RegExp(
  `^(?:(?:请|就|可以)?(?:写|填)(?:成|上)?)?(?:\\p{Script=Han}{0,6}?(?:那个|这个|那位|这位)|\\p{Script=Han}{1,20}?${UNIT_WORD}的?|(?:[省市县区州旗盟镇乡]里|那边|这边)的)?(?:(?:我们?(?:单位|科室?|处|局|中心|部门)?的?|单位的?|科里的?)${RELATION_NOUN}?|${RELATION_NOUN})?(?:是|叫)?$`,
  'u',
);

/** A name, then the unit the person works in after a space or comma. */
const UNIT_AFTER = new RegExp(`^(\\p{Script=Han}{2,4})[\\s，,（(]+\\p{Script=Han}{2,20}${UNIT_WORD}[)）]?$`, 'u');

/** Who is in charge said around a name: "由…", "…负责", "…来对接". */
const DUTY = /^由|(?:来|专门)?(?:负责|对接|联系|跟进|经办)(?:一下|这块|这项工作|此事|这事)?$/gu;

/** A person's name without the words introducing it, for the field holding one (only when a name is left). */
export function withoutSelfIntro(field: FormField, text: string): string {
  if (!field.personName) return text;
  // "…吉文杰吧": a closing particle is no part of a name
  const trimmed = text.trim().replace(/[。.!！，,]+$/u, '').replace(/(?<=\p{Script=Han}{2})[吧啊哈呀]$/u, '');
  // "由刘倩负责", "科里的刘倩来对接": the duty said around a name is no part of it
  const dutyless = trimmed.replace(DUTY, '');
  if (dutyless !== trimmed && dutyless) {
    const inner = withoutSelfIntro(field, dutyless);
    if (looksLikePersonName(inner)) return inner;
  }
  const intro = SELF_INTRO.exec(trimmed);
  if (intro) {
    const rest = trimmed.slice(intro[0].length);
    return rest && looksLikePersonName(rest) ? rest : text;
  }
  for (let at = 1; at <= trimmed.length - 2; at += 1) {
    const rest = trimmed.slice(at).trim();
    if (RELATION.test(trimmed.slice(0, at).trim()) && looksLikePersonName(rest)) return rest;
  }
  // "郑建华 永泰县市场监管局": the unit written after the name
  const unitAfter = UNIT_AFTER.exec(trimmed);
  if (unitAfter && looksLikePersonName(unitAfter[1] as string)) return unitAfter[1] as string;
  return text;
}

/** Words a name is never: thanks, greetings, courtesy ("谢谢啦", "辛苦了", "好的"). */
const COURTESY = /谢|辛苦|麻烦|不客气|客气|好的|收到|您好|你好|再见|拜拜|没问题|可以|行了|完了|上班|时间|随时|联系|打这个|都在/u;
/** A whole message of thanks, greeting, courtesy, apology or acknowledgement: "谢谢啦", "您好", "好的，辛苦了", "收到～", "明白了", "有错别字见谅". */
const COURTESY_ONLY =
  /^(?:(?:好的?|嗯+|哦+|噢+|ok|okay|谢谢|谢谢您|谢谢你|谢啦|多谢|感谢|辛苦(?:了|您了|你了)?|麻烦(?:了|您了|你了|您?(?:记|登记|录|填)一下)|您好|你好|大家好|各位好|收到|不客气|好嘞|好哒|好滴|明白|了解|知道|懂|清楚|晓得|行|没问题|抱歉|不好意思|[^，,。；;\s]{0,8}?(?:见谅|谅解))[啦了呀哈啊哦呢!！。.,，~～\s]*)+$/iu;
export const isCourtesy = (text: string): boolean => COURTESY_ONLY.test(text.trim());

/** "…现辖行政区域，谢谢您。": thanks or greetings closing an answer are no part of it. */
const LAST_CLAUSE = /[，,。；;！!\s]+([^，,。；;！!\s]+)[。！!~～\s]*$/u;

export function withoutCourtesyTail(text: string): string {
  let rest = text;
  for (let last = LAST_CLAUSE.exec(rest); last && isCourtesy(last[1] as string); last = LAST_CLAUSE.exec(rest)) rest = rest.slice(0, last.index);
  return rest;
}

/**
 * Whether a short piece beside a phone number or e-mail address can be the contact's name: shaped
 * like one, or two to five Han characters that are no courtesy ("其木格 139…", not "…com 谢谢啦").
 */
export function couldBePersonName(text: string): boolean {
  const name = text.trim();
  if (isCourtesy(name) || /[啦吧呢啊呀哈哦嘛了您你]$/u.test(name)) return false;
  // a surname may be a courtesy word's first character (谢晓东, 麻建华), the rest of the name may not
  if (looksLikePersonName(name)) return !COURTESY.test(name.slice(1));
  return /^\p{Script=Han}{2,5}$/u.test(name) && !COURTESY.test(name);
}

/** "我本人", "联系人就是我", "填我自己吧": the writer points at themselves for the name asked. */
const SELF_REFERENCE = /^(?:联系人|经办人|负责人|联系人姓名|姓名|名字)?(?:就|也|还)?(?:是|填|写|为|填写|写成)?(?:我本人|我自己|本人|自己|我)(?:吧|哈|啊|呀|的|就行|就可以)?$/u;

/** "写主任", "联系人就填我们科长": a clause pointing at a colleague by rank alone, their name to follow. */
const POINTS_AT_RANK = new RegExp(
  `^(?:联系人|经办人|负责人|联系人姓名|姓名|名字)?(?:就|也|还)?(?:是|填|写|为|填写|写成)?(?:我们?(?:单位|科室?|处|局|中心|部门)?的?|单位的?)?${RELATION_NOUN}(?:吧|哈|啊|呀)?$`,
  'u',
);
/** Whether `text` names a colleague by rank or relation only ("写主任", "我们科长"): no name yet. */
export const pointsAtRank = (text: string): boolean => POINTS_AT_RANK.test(text.trim().replace(/[。.!！，,]+$/u, ''));

/** What a short clause after "联系人写我" says when it gives no name: contact details to come, a wait. */
const NO_NAME_WORDS = /电话|手机|邮箱|号码|座机|微信|地址|[等先再稍]|[后下]面|其他|其它|同上/u;

/** A clause that names the writer after pointing at them: "赵磊", "我叫赵磊", "名字是赵磊". */
function namedAfter(clause: string): string | undefined {
  const bare = clause.trim().replace(/[。.!！~～]+$/u, '');
  const intro = SELF_INTRO.exec(bare) ?? /^(?:名字|姓名)(?:是|叫)?/u.exec(bare);
  const name = intro ? bare.slice(intro[0].length).trim() : bare;
  if (looksLikePersonName(name)) return name;
  // (right after the writer points at themselves, a short name of another shape is theirs: 乌云, 其其格)
  return /^\p{Script=Han}{2,3}$/u.test(name) && couldBePersonName(name) && !NOT_PERSON.test(name) && !NO_NAME_WORDS.test(name) ? name : undefined;
}

/**
 * The message with each clause that points at the writer ("联系人就是我，手机…"), or at a colleague by
 * rank before their name ("联系人写主任，沈国庆"), replaced by a name labelled for the name field, when
 * the clause is about that field (it names it, or it is the field asked): the name the next clause
 * gives ("联系人写我，赵磊"), else, for the writer, their (display) name when it is shaped like a
 * person's name.
 */
export function withWriterName(field: FormField | undefined, asked: boolean, text: string, writer: string | undefined): string {
  if (!field) return text;
  const named = (clause: string): boolean => asked || /^(?:联系人|经办人|负责人|姓名|名字)/u.test(clause);
  const own = writer && looksLikePersonName(writer) ? writer : undefined;
  // clauses at even indexes, the separators between them at odd ones
  const parts = text.split(/([，,；;。\s]+)/u);
  for (let i = 0; i < parts.length; i += 2) {
    const clause = parts[i] as string;
    const rank = POINTS_AT_RANK.test(clause);
    if ((!SELF_REFERENCE.test(clause) && !rank) || !named(clause)) continue;
    const told = i + 2 < parts.length ? namedAfter(parts[i + 2] as string) : undefined;
    if (told) parts.splice(i, 3, `${field.label}：${told}`);
    else if (rank) continue;
    else if (own) parts[i] = `${field.label}：${own}`;
  }
  return parts.join('');
}
