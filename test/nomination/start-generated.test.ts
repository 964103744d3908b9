import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDialog } from '../../src/store/nominations.js';
import { dialogEnv, type DialogEnv } from './dialog-fixture.js';

/**
 * First messages built from parts — a greeting (run on or set apart), a wish worded many ways, the product with its
 * province and protection type, a closing particle, thanks or an emoji, full- or half-width
 * punctuation — through the real dialog over a real SQLite file: each opens one form named after
 * its product. Questions about the deadline, chatter, thanks and a colleague's name, with the same
 * greetings and endings, and remarks about a product named (asked about, done, undecided, thanked
 * for, asked about first), open nothing and offer nothing.
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;
const HALF: Record<string, string> = { '，': ',', '！': '!', '？': '?', '：': ':', '。': '.', '～': '~' };
const halfWidth = (text: string): string => text.replace(/[，！？：。～]/gu, (c) => HALF[c] ?? c);

const GREETINGS = ['', '你好，', '您好！', '老师好～', 'hi ', '在吗？', '哈喽，', '打扰了，', '嗯，', '那个，', '老师您好😊', '您好🙏', '领导好,', '早上好！', '你好', '老师好 ', '不好意思打扰了'];
const ENDINGS = ['', '😊', '🙏', '哈', '～', '！', '。', '，谢谢', '，麻烦了🙏', ' 👍', '呀', '👍👍', '，辛苦'];
const PRODUCTS = [
  ['库尔勒香梨', '新疆'], ['五常大米', '黑龙江'], ['安溪铁观音', '福建'], ['西湖龙井', '浙江'],
  ['郫县豆瓣', '四川'], ['赣南脐橙', '江西'], ['盘锦大米', '辽宁'], ['六安瓜片', '安徽'],
] as const;
const TYPES = ['地理标志产品', '证明商标', '集体商标'];

/** A wish with no product: the form opens unnamed. */
const WISHES = [
  '我要申报', '想报一个地标', '我们准备申报名录', '帮我填一下申报书', '我想报名录', '要填申报书', '我们县想报个地标进名录',
  '开始申报吧', '我来填一下名录申报书', '这次想申报一下', '想申请进名录', '我们这边要报名录了', '麻烦帮我开一份申报书',
  '我们局想推荐一个产品进名录', '申报书怎么开始填？我要报', '能帮我们申报一下吗', '可以开始申报了吗', '今年我们想报第三批名录',
  '领导让我来填申报书', '我们单位要填名录申报书', '麻烦开一下申报表', '新建一份申报', '我要开始填写申报书了',
  '我们要申报，请教一下怎么填', '我要填申报书，问下从哪开始',
];

/** A wish naming the product (P), some with its province (V) before or after. */
const NAMED: Array<(p: string, v: string) => string> = [
  (p) => `我要申报${p}`, (p) => `想报${p}`, (p) => `我们准备推荐${p}进名录`, (p) => `${p}想报名录`, (p) => `帮我填一下${p}的申报书`,
  (p) => `申报${p}`, (p) => `这次我们县准备报${p}`, (p) => `我们想把${p}报进名录`, (p) => `我们报的是${p}`, (p) => `${p}的名录申报我来填`,
  (p, v) => `我们是${v}的，想报${p}`, (p, v) => `${v}的${p}，我要申报`, (p, v) => `${p}，${v}，我来填申报书`, (p, v) => `我们${v}想申报${p}`,
  (p) => `想给${p}报个名录`, (p) => `帮我把${p}的申报书建起来`, (p) => `第二批名录我们想报${p}`, (p) => `我们这次准备报的产品是${p}`,
  (p) => `就是那个${p}，想报名录`, (p) => `嗯嗯我们要报${p}`, (p) => `我想申报一下${p}`, (p) => `我们县的${p}要申报名录`,
  (p) => `申报产品是${p}，开始吧`, (p) => `开始填吧，产品是${p}`, (p) => `我们推荐${p}`, (p, v) => `要报${p}，${v}的`,
  (p, v) => `申报${p}（${v}）`, (p) => `我们的产品是${p}，想申报名录`, (p) => `我负责${p}的申报`, (p) => `我要申报，产品是${p}`,
  (p) => `想报${p}，麻烦问一下怎么操作`, (p) => `我要申报${p}，想咨询一下怎么填`, (p) => `我们要报${p}，有问题我再找你`,
  (p, v) => `我们县想报${p}${v}的`, (p, v) => `我要申报${v}的${p}`, (p) => `帮忙申报一下${p}`, (p) => `我想为${p}申报名录`,
];

const openings: Array<{ text: string; product?: string }> = [
  ...GREETINGS.flatMap((greeting, g) =>
    WISHES.map((wish, w) => {
      const text = `${greeting}${wish}${pick(ENDINGS, g + w)}`;
      return { text: (g + w) % 3 === 0 ? halfWidth(text) : text };
    }),
  ),
  ...GREETINGS.flatMap((greeting, g) =>
    NAMED.flatMap((named, n) =>
      PRODUCTS.filter((_, p) => (g + n + p) % 4 === 0).map(([product, province], p) => {
        const told = pick(['', `，${pick(TYPES, g + p)}`], g + n * 2 + p);
        const text = `${greeting}${named(product, province)}${told}${pick(ENDINGS, g + n + p)}`;
        return { text: (g + n + p) % 3 === 1 ? halfWidth(text) : text, product };
      }),
    ),
  ),
];

const NOT_OPENINGS = [
  // the deadline and the rules
  '申报截止是什么时候？', '名录申报几号截止', '截止日期是哪天', '申报截止是几号呀', '今年的申报什么时候截止？', '还有几天截止', '5月8日截止对吧',
  '申报截止前能改吗', '今年还能报吗', '请问申报书在哪下载', '申报要准备哪些材料？', '申报书要盖章吗', '名额有几个', '申报需要什么条件',
  '申报书交纸质版还是电子版', '申报结果什么时候公布', '哪些产品能申报', '我们县有资格报吗', '名录申报有什么好处', '报名录有什么用？',
  '申报流程是怎样的？', '申报书填错了怎么办', '去年我们报了五常大米，今年还能报吗', '五常大米进名录了吗', '库尔勒香梨好吃吗',
  // chatter and thanks
  '今天天气不错', '收到', '好的谢谢', '哈哈好的', '在开会，晚点说', '谢谢老师', '辛苦了', '感谢支持！', '谢谢啦', '感谢感谢', '好嘞',
  '收到收到', '明白了', '知道了，谢谢', '下班了', '吃饭了吗', '我先忙了', '申报好麻烦啊', '谢谢老师的解答', '下周再说吧',
  // a colleague
  '王磊', '找一下李婷', '张科长在吗', '李婷在吗？', '周敏老师好', '是王科长吗', '陈主任', '刘科长让我问一下截止时间', '王磊让我问一下截止时间',
  '我同事李婷负责申报', '刘科长说下周报', '申报的事找小李', '王磊：申报书已经发你邮箱了', '联系人是王磊', '我们局长姓王', '请转告王主任',
  // done, or not now
  '我们县想报，但是不知道符不符合条件', '想报五常大米，不知道够不够格', '我们还在准备申报材料', '我在填申报书', '我要下载申报书',
  '我们去年报过了', '申报书我已经交了', '上次报的通过了吗', '申报书填完了吗', '我们领导还在考虑要不要报', '今年不打算申报', '不报了',
];
/** The same about a product named: asked about, done, undecided, someone else's, thanked for, or asked about first. */
const ABOUT_A_PRODUCT: Array<(p: string) => string> = [
  (p) => `${p}的申报截止是哪天`, (p) => `${p}申报要什么材料`, (p) => `${p}报上去了吗`, (p) => `我们的${p}已经是地理标志产品了`, (p) => `想问下${p}能不能报`,
  (p) => `${p}能报吗`, (p) => `${p}报了没有`, (p) => `我们县的${p}去年报过`, (p) => `领导想报${p}，我先问问要求`, (p) => `想报${p}，先问下截止时间`, (p) => `想报${p}，咨询一下需要什么材料`,
  (p) => `要报${p}的话需要什么材料`, (p) => `${p}已经在名录里了`, (p) => `${p}的申报书已经交了`, (p) => `${p}报不报还没定`, (p) => `${p}我们今年不报`,
  (p) => `王磊在负责${p}的申报`, (p) => `${p}的申报书王磊在填`, (p) => `${p}多少钱`, (p) => `${p}是证明商标还是集体商标`, (p) => `谢谢你帮忙报${p}`,
];
const ENDS = ['', '', '😊', '！', '。', '🙏'];
const notOpenings = GREETINGS.flatMap((greeting, g) => [
  ...NOT_OPENINGS.filter((_, n) => (g + n) % 3 === 0).map((said, n) => `${greeting}${said}${pick(ENDS, g + n)}`),
  ...ABOUT_A_PRODUCT.filter((_, n) => (g + n) % 3 === 0).map((about, n) => `${greeting}${about(pick(PRODUCTS, g + n)[0])}${pick(ENDS, g + n + 1)}`),
]).map((text, i) => (i % 2 === 1 ? halfWidth(text) : text));

describe('first messages built from parts, through the dialog', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  let user = 0;
  async function outcome(text: string): Promise<{ forms: number; name?: unknown; offered: boolean }> {
    const id = `gen-${(user += 1)}`;
    await env.chat.as(id).says(text);
    const drafts = env.drafts(id);
    return { forms: drafts.length, name: drafts[0]?.fields.gi_name?.value, offered: getDialog(env.chat.db, 'console', id)?.pending?.kind === 'offer' };
  }

  it(`opens one form, named after the product told, on all ${openings.length} openings`, async () => {
    const wrong: string[] = [];
    for (const { text, product } of openings) {
      const got = await outcome(text);
      if (got.forms !== 1 || (product !== undefined && got.name !== product)) wrong.push(`${text} → ${got.forms} form(s) ${String(got.name)}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it(`opens and offers nothing on all ${notOpenings.length} questions, chatter, thanks and colleagues`, async () => {
    const wrong: string[] = [];
    for (const text of notOpenings) {
      const got = await outcome(text);
      if (got.forms > 0 || got.offered) wrong.push(`${text} → ${got.forms > 0 ? 'form' : 'offer'}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
