import { describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';

/**
 * Start recognition stress-tested on generated openings (greetings × lead words × verbs ×
 * objects × both word orders × endings) and on what must not start: questions about the notice,
 * remarks about a nomination already made, and chatter.
 */

const GREETINGS = ['', '你好，', '您好！', '老师好，', '在吗？', 'hi，', '打扰一下，', '领导好 '];
const LEADS = ['', '我要', '我想', '我们想', '我来', '麻烦帮我', '请帮忙', '帮我', '现在', '我们县准备', '需要', '今年我们', '这次我来'];
const VERBS = ['填', '填写', '填报', '做', '弄', '提交', '写', '录入', '办', '申报', '启动', '开始', '发起', '起草'];
const OBJECTS = ['申报书', '名录申报书', '申报材料', '名录申报', '地标名录', '重点联系指导名录申报', '名录的申报书', '地理标志名录', '申报表', '今年的名录申报'];
const MEASURES = ['', '一下', '一份', '个'];
const ENDINGS = ['', '。', '吧', '！', '，谢谢', '，麻烦了'];

const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

/** Verb first ("我想填一下申报书") and object first ("申报书我来填一下"). */
const openings = GREETINGS.flatMap((greeting, g) =>
  LEADS.flatMap((lead, l) =>
    VERBS.flatMap((verb, v) =>
      OBJECTS.flatMap((object, o) => {
        const measure = pick(MEASURES, g + l + v + o);
        const ending = pick(ENDINGS, g * 3 + l + v * 2 + o);
        return [`${greeting}${lead}${verb}${measure}${object}${ending}`, `${greeting}${object}${lead || '我来'}${verb}${measure}${ending}`];
      }),
    ),
  ),
);

/** 了 after a wish is about now: "我们这边名录申报要开始填了". */
const NOW = ['我要', '我来', '准备', '我们这边要开始'].flatMap((lead) => VERBS.flatMap((verb) => OBJECTS.map((object) => `${object}${lead}${verb}了`)));
openings.push(...NOW);

/** Verbs the start word lists do not hold: a request that names the form starts whatever its verb. */
const OPEN_VERBS = ['录', '整理', '汇总', '梳理', '编', '拟', '完善', '准备', '赶', '攒'];
const WISHING = ['帮我', '麻烦帮我', '请帮忙', '我要', '我这边要', '我们想', '需要'];
const FORM_NAMES = ['申报书', '申报材料', '名录申报表', '地理标志申报书', '名录的申报材料', '地标申报材料'];
const openVerb = WISHING.flatMap((wish, w) =>
  OPEN_VERBS.flatMap((verb, v) =>
    FORM_NAMES.flatMap((object, o) => [
      `${wish}${verb}${pick(MEASURES, w + v + o)}${object}${pick(ENDINGS, w + v * 2 + o)}`,
      `${object}${pick(['我来', '我要', '帮我', '麻烦'], w + v + o)}${verb}${pick(['', '一下'], v + o)}`,
    ]),
  ),
);
openings.push(...openVerb);

/** A bare imperative opens its clause: "你好，录一下申报书". */
const imperative = OPEN_VERBS.flatMap((verb, v) =>
  FORM_NAMES.flatMap((object, o) => [`${pick(GREETINGS, v + o)}${verb}${pick(MEASURES, v * 2 + o)}${object}${pick(ENDINGS, v + o * 2)}`]),
);
openings.push(...imperative);

/** Whoever "we" are (a county, a banner, a league, the corps) and a question how to go on. */
const UNITS = ['我们县', '我们旗', '我们盟', '我们镇', '我们乡', '兵团这边', '我们协会', '我们州', '旗里', '盟里'];
const HOW = ['', '，怎么弄？', ',怎么办?', '，该怎么操作呢', '。如何填报？', '，咋弄'];
const unitRequests = UNITS.flatMap((unit, u) =>
  ['想把库尔勒香梨报进名录', '要申报一个地标', '准备填名录申报书', '想报盐池滩羊'].flatMap((want, w) => HOW.map((how, h) => `${pick(GREETINGS, u + w + h)}${unit}${want}${how}`)),
);
openings.push(...unitRequests);

const PRODUCTS = ['郫县豆瓣', '库尔勒香梨', '盐池滩羊', '都匀毛尖', '会理石榴', '五常大米', '章丘大葱'];
const NAMED: Array<(name: string) => string> = [
  (n) => `我想申报${n}`,
  (n) => `你好，想把${n}报进名录`,
  (n) => `${n}的申报书我来填一下`,
  (n) => `您好，${n}的名录申报书帮我填一下吧`,
  (n) => `我们要推荐${n}进名录`,
  (n) => `麻烦帮我把${n}报上去`,
  (n) => `我们县的${n}想报名录`,
  (n) => `我们要填${n}的申报书`,
  (n) => `帮我把${n}的名录申报表录一下`,
  (n) => `想报一下名录，${n}`,
  (n) => `${n} 名录申报 我来弄`,
  (n) => `您好！我们旗想把${n}报进名录。`,
  (n) => `兵团这边想报${n}，怎么弄？`,
  (n) => `你好，我们马关县想报${n}`,
  (n) => `在的话帮我开个申报，报${n}`,
];

/** Who asks is a place, never the product: "我们马关县想报个地标进名录", "旺苍县的". */
const PLACES = ['马关县', '旺苍县', '阿拉善盟', '乌拉特中旗', '郫都区', '文昌市', '蜀河镇'];
const placeOpenings = PLACES.flatMap((place) => [`你好，我们${place}想报个地标进名录`, `${place}想报个地标`, `帮我录一下地标申报书，${place}的`, `帮我录一下申报书，${place}`, `咱们${place}准备填名录申报书`]);
const named = PRODUCTS.flatMap((name) => NAMED.map((make) => [make(name), name] as const));

/** Who writes, before the request: the clause is kept apart for the contact, never read as the request or the product. */
const INTROS = [
  '我是县市场监管局的小王，',
  '您好，我是巴州知识产权局的热娜，',
  '我是盐池县的杨帆，电话13995312345，',
  '你好我是江苏省知识产权局地理标志处的周敏，',
  '这边是文山州市场监管局，',
  '我叫李婷，负责地标这块，',
  '本人是旺苍县知识产权中心的，邮箱wang.li@163.com，',
  '老师好，我是新疆生产建设兵团第一师市场监管局的阿依古丽·买买提，手机：18999612345，',
];
const introOpenings = INTROS.flatMap((intro, i) =>
  PRODUCTS.flatMap((name, n) => {
    const make = pick(NAMED.slice(0, 9), i + n);
    return [[`${intro}${make(name)}`, name] as const, [`${intro}${pick(openings, i * 31 + n * 7)}`, undefined] as const];
  }),
);

const ABOUT = ['名录申报', '申报书', '申报材料', '地标名录', '名录'];
const QUESTIONS: Array<(o: string) => string> = [
  (o) => `${o}截止是哪天`,
  (o) => `${o}要盖章吗`,
  (o) => `${o}需要什么材料`,
  (o) => `${o}在哪下载`,
  (o) => `${o}的模板有吗？`,
  (o) => `${o}怎么填`,
  (o) => `${o}有几个名额`,
  (o) => `${o}交给谁`,
  (o) => `${o}什么时候开始`,
  (o) => `${o}要不要领导签字`,
  (o) => `请问${o}可以延期吗`,
  (o) => `${o}是不是要纸质版`,
];
const REMARKS: Array<(o: string) => string> = [
  (o) => `我们已经提交${o}了`,
  (o) => `${o}的事我知道了`,
  (o) => `${o}填好了`,
  (o) => `${o}写完了`,
  (o) => `今年不做${o}了`,
  (o) => `暂时不填${o}`,
  (o) => `${o}模板发我一下`,
  (o) => `帮我看看${o}`,
  (o) => `${o}还没开始`,
  (o) => `上次报的${o}通过了`,
  (o) => `${o}的要求`,
  (o) => `${o}挺麻烦的`,
  (o) => `我们申报了${o}`,
  (o) => `${o}提交了`,
];
/** Other verbs on the form: reading, sending, done, asked about — none asks to fill it in. */
const OTHER_VERBS: Array<(o: string) => string> = [
  (o) => `帮我看看${o}`,
  (o) => `${o}发我一下`,
  (o) => `我们已经整理好${o}了`,
  (o) => `${o}整理完了`,
  (o) => `谁来录${o}？`,
  (o) => `${o}录好了吗`,
  (o) => `麻烦转发一下${o}`,
  (o) => `帮我查一下${o}`,
  (o) => `请审核${o}`,
  (o) => `${o}要整理成什么格式`,
];
/** Imperatives that do something else to the form, and how-questions with no request before them. */
const OTHER_IMPERATIVES = ['看', '发', '交', '改', '审', '查', '删', '转', '打印', '下载'].flatMap((verb) => ABOUT.map((o) => `${verb}${pick(['', '一下'], o.length)}${o}`));
/** Answers that open with a character an imperative could: a product class, a place. */
const ANSWERS = ['水产品', '水果', '茶叶', '畜禽产品', '农产品', '粮油产品', '地理标志产品', '中药材'];
const BARE_HOW = ['怎么弄？', '名录怎么弄', '申报书该怎么操作呢', '地标怎么报', '这个怎么填', '我们县的情况怎么弄？', '我们旗，怎么办'];
const CHATTER = ['想推荐一个产品进名录吗', '好的谢谢', '收到', '今天天气不错', '明天开会', '辛苦了', '我先去开会', '哈哈', '嗯嗯', '文件收到了', '通知看到了', '你好', '在吗？', '不好意思', '稍等'];
const introNegatives = INTROS.flatMap((intro, i) => [intro.replace(/，$/u, ''), ...ABOUT.map((o, a) => `${intro}${pick(QUESTIONS, i + a)(o)}`), `${intro}${pick(REMARKS, i)(pick(ABOUT, i))}`]);
const negatives = [...ABOUT.flatMap((o) => [...QUESTIONS, ...REMARKS, ...OTHER_VERBS].map((make) => make(o))), ...OTHER_IMPERATIVES, ...ANSWERS, ...BARE_HOW, ...CHATTER, ...introNegatives];

describe('start recognition under stress', () => {
  it(`starts on all ${openings.length} generated openings`, () => {
    expect(openings.filter((text) => globalIntent(text)?.kind !== 'start')).toEqual([]);
  });

  it(`takes the product from all ${named.length} openings that name one`, () => {
    const wrong = named.filter(([text, name]) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || intent.name !== name;
    });
    expect(wrong.map(([text]) => text)).toEqual([]);
  });

  it(`starts on all ${placeOpenings.length} openings by a place, never taking the place for the product`, () => {
    const wrong = placeOpenings.filter((text) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || intent.name !== undefined;
    });
    expect(wrong).toEqual([]);
  });

  it(`starts on all ${introOpenings.length} requests after a self-introduction, keeping the introduction for the contact`, () => {
    const bare = (text: string): string => text.normalize('NFKC').replace(/[，,：:\s]/gu, '').replace(/^(?:您好|你好|老师好)/u, '');
    const wrong = introOpenings.filter(([text, name]) => {
      const intent = globalIntent(text);
      const intro = INTROS.find((i) => text.startsWith(i)) ?? '';
      return intent?.kind !== 'start' || intent.name !== name || !bare(intent.intro ?? '').includes(bare(intro));
    });
    expect(wrong.map(([text]) => text)).toEqual([]);
  });

  it(`does not start on ${negatives.length} questions, remarks and chatter`, () => {
    expect(negatives.filter((text) => globalIntent(text) !== undefined)).toEqual([]);
  });
});
