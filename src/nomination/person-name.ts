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
const NOT_PERSON = /[省市县镇乡村州旗盟局厅委站场园社司部茶米酒果菜蟹鱼鸡鸭猪羊牛参枣椒橙梨桃瓜豆油醋蜜笋菇糕葱蒜姜稻薯芋]|地区|中心|协会|产品|产业|药材|地理|标志|商标/u;

/** A 2–4 character Chinese name with a known surname, or a transcribed name with a middle dot. */
export function looksLikePersonName(text: string): boolean {
  const name = text.trim();
  if (/^\p{Script=Han}{2,6}[·•・]\p{Script=Han}{2,6}$/u.test(name)) return true;
  if (!/^\p{Script=Han}{2,4}$/u.test(name) || NOT_PERSON.test(name.slice(1))) return false;
  const compound = COMPOUND_SURNAMES.some((s) => name.startsWith(s));
  return compound ? name.length >= 3 : SURNAMES.has(name[0] as string) && name.length <= 3;
}

/** "我叫赵磊", "本人是赵磊": a person introducing themselves, in front of their name. */
export const SELF_INTRO = /^(?:我叫|我是|我姓\p{Script=Han}[，,]?叫|本人叫|本人是|本人|我的名字(?:是|叫)|我名字叫)\s*/u;

/** A person's name without the words introducing it, for the field holding one (only when a name is left). */
export function withoutSelfIntro(field: FormField, text: string): string {
  if (!field.personName) return text;
  const intro = SELF_INTRO.exec(text.trim());
  const rest = intro ? text.trim().slice(intro[0].length).replace(/[。.!！，,]+$/u, '') : '';
  return rest && looksLikePersonName(rest) ? rest : text;
}
