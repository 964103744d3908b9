import { describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { opensWithAnswers } from '../../src/nomination/dialog/answers-opening.js';
import { bareProduct } from '../../src/nomination/dialog/product-offer.js';
import { productOf } from '../../src/nomination/dialog/product-name.js';
import { form } from './dialog-fixture.js';

/**
 * What tells an opening apart from everything else an officer types, by word class and the
 * dictionary, never by the line: a product's name with its province (offered the form, as a name
 * alone is: one value is no proof of a wish), a question how to begin beside
 * the request, a bidding to fill in beside a name, the product named as what is nominated, a wish to
 * go into the list, an office as the one asking, a try, a purpose; and, built of the same parts,
 * questions about the notice, chatter, thanks, "later" and declines that never start.
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** GI names of the 2022 approval announcements (knowledge/), none of them in a blind set; 五常/安化/抚松 the dictionary tags as a time or an act. */
const NAMES = ['高邮鸭蛋', '紫阳富硒茶', '南汇水蜜桃', '苍山大蒜', '乐业猕猴桃', '忻城糯玉米', '卢氏连翘', '古丈毛尖', '融安金桔', '五常大米', '安化黑茶', '抚松人参'];
const PROVINCES = ['江苏', '陕西省', '上海', '山东', '广西壮族自治区', '广西', '河南省', '湖南', '黑龙江', '吉林省'];
const SEPARATORS = ['，', ',', ' ', '、', '  '];
const ENDS = ['', '。', '！'];

const startsWith = (text: string, name?: string): boolean => {
  const intent = globalIntent(text);
  return intent?.kind === 'start' && (name === undefined || intent.name === name);
};

describe('a product’s name with its province, and nothing else: offered the form, as a name alone is', () => {
  const told = NAMES.flatMap((name, n) =>
    PROVINCES.slice(0, 4).flatMap((province, p) => {
      const sep = pick(SEPARATORS, n + p);
      const end = pick(ENDS, n + p);
      return [[`${province}${sep}${name}${end}`, name], [`${name}${sep}${province}${end}`, name], [`${province.replace(/省|壮族自治区/u, '')}${name}`, name]] as const;
    }),
  );

  it(`offers the form for the name on all ${told.length}, in either order or run together, and opens none`, () => {
    const wrong = told.filter(([text, name]) => bareProduct(form, text) !== name || opensWithAnswers(form, text) !== undefined || startsWith(text));
    expect(wrong.map(([text]) => text)).toEqual([]);
  });

  const others = [
    ...PROVINCES.slice(0, 5).flatMap((province, p) =>
      ['天气', '成都', '开会', '明天见', '老师好', '测试一下', '深圳南山', '收到谢谢', '怎么报'].map((word, w) => `${province}${pick(SEPARATORS, p + w)}${word}`),
    ),
    ...NAMES.slice(0, 4).map((name, n) => `${pick(PROVINCES, n)}${pick(SEPARATORS, n)}${name}？`),
    ...NAMES.slice(0, 4).map((name, n) => `${pick(PROVINCES, n)}${pick(SEPARATORS, n)}${name}能报吗`),
    '四川成都', '广东深圳南山',
  ];
  it(`offers and opens nothing on ${others.length} places, chatter and questions beside a province`, () => {
    expect(others.filter((text) => bareProduct(form, text) !== undefined || opensWithAnswers(form, text) !== undefined || startsWith(text))).toEqual([]);
  });

  it('cuts a province off the name only where the rest is shaped as a product’s name', () => {
    expect(['湖南安化黑茶', '陕西富平柿饼', '河南信阳毛尖'].map(productOf)).toEqual(['安化黑茶', '富平柿饼', '信阳毛尖']);
    expect(['宁夏枸杞', '山西老陈醋', '宁夏滩羊'].map(productOf)).toEqual(['宁夏枸杞', '山西老陈醋', '宁夏滩羊']);
  });
});

describe('a name alone, as the dictionary reads it', () => {
  it('offers names whose place the dictionary tags as a time or an act', () => {
    expect(NAMES.filter((name) => bareProduct(form, name) !== name)).toEqual([]);
  });

  const others = ['老师好', '领导好', '各位好', '早上好', '好久不见', '四川成都', '报销发票', '看电影', '今天午饭', '晚上加班'];
  it(`offers nothing for ${others.length} greetings, places and chatter`, () => {
    expect(others.filter((text) => bareProduct(form, text) !== undefined)).toEqual([]);
  });
});

describe('requests in more shapes', () => {
  const HOW = ['请问怎么开始？', '怎么弄？', '请问从哪开始填？', '你看下怎么弄', '您看看怎么填'];
  const REQUESTS = ['我要填申报书', '我想录一个地标', '帮我开个申报书', '我们要申报名录'];
  const howFirst = HOW.flatMap((how, h) => REQUESTS.map((request, r) => `${how}${/[？?]$/u.test(how) ? '' : pick(SEPARATORS, h + r)}${request}`));
  it(`starts on all ${howFirst.length} that ask how to begin beside the request`, () => {
    expect(howFirst.filter((text) => !startsWith(text))).toEqual([]);
  });

  const BIDDINGS = ['录一下', '填一下', '登记一下', '录入一下'];
  const bidden = BIDDINGS.flatMap((bid, b) => NAMES.slice(0, 6).map((name, n) => [`${bid}${pick([' ', '，', ''], b + n)}${name}`, name] as const));
  it(`starts on all ${bidden.length} biddings to fill in beside a name, taking it`, () => {
    expect(bidden.filter(([text, name]) => !startsWith(text, name)).map(([text]) => text)).toEqual([]);
  });

  const LEADS = ['', '那', '这回', '我们这次', '想要', '那我们这回要', '今年我们', '嗯嗯，我们'];
  const nominated = LEADS.flatMap((lead, l) => ['报', '申报', '推荐'].map((verb, v) => {
    const name = pick(NAMES, l * 3 + v);
    return [`${lead}${verb}的${pick(['', '产品'], l + v)}是${name}${pick(ENDS, l)}`, name] as const;
  }));
  it(`starts on all ${nominated.length} naming the product as what is nominated`, () => {
    expect(nominated.filter(([text, name]) => !startsWith(text, name)).map(([text]) => text)).toEqual([]);
  });

  const INTO = ['要上名录', '想进名录', '争取进名录', '要进入名录', '想列入名录'];
  const into = INTO.flatMap((wish, w) => NAMES.slice(0, 6).map((name, n) => {
    const province = pick(['', '湖南', '江苏', ''], w + n);
    return [`${province}${name}${wish}${pick(ENDS, w + n)}`, name] as const;
  }));
  it(`starts on all ${into.length} wishes of a product to go into the list, without its province`, () => {
    expect(into.filter(([text, name]) => !startsWith(text, name)).map(([text]) => text)).toEqual([]);
  });

  const more = [
    ...['处里', '科里', '厅里', '我们处'].map((office) => `${office}让我负责名录申报`),
    ...['我想试试用你填申报书', '我试一下用你填申报书', '想试着用你填报名录'],
    ...['开个新表 报名录用', '开个新表，申报用的'],
  ];
  it(`starts on all ${more.length} with an office asking, a try or a purpose`, () => {
    expect(more.filter((text) => !startsWith(text))).toEqual([]);
  });
});

describe('lines that never start', () => {
  const name = (i: number) => pick(NAMES, i);
  const questions = [
    '申报截止是几号？', '申报书要盖章吗', '申报书模板在哪个附件', '名录的申报是按省报还是县里直接报', '有没有人知道申报书里产值填去年还是今年的',
    '怎么申报？', '请问怎么开始？', '你看下怎么弄', '从哪开始填？',
    ...[0, 1, 2, 3].flatMap((i) => [`${name(i)}能报吗`, `${name(i)}去年报了没`, `${name(i)}要是进了名录，会有什么支持吗？`, `${name(i)}的申报书交了没？`, `${name(i)}是谁报的`]),
  ];
  const chatter = ['好的收到', '你好', '在吗', '吃了吗', '哈哈哈', '测试', '嗯', '老师好！', '各位好', '好久不见哈', '你们这机器人老是回复慢', '今天下午开会别忘了', '外面下雨了'];
  const thanks = ['谢谢', '好的，辛苦了', '收到，多谢', '感谢感谢'];
  const later = ['明天再说吧', '我先去吃饭了，晚点弄', '回头再来', '领导让报，但我还得先等他定产品，回头再来', '报不报还没定，等领导开会'];
  const declines = ['不报了', '算了，我们局今年不报了', '我们不打算申报了，取消吧', '今年先不报名录', '我们县没有地标，是不是就不用报了'];
  const all = [...questions, ...chatter, ...thanks, ...later, ...declines];
  it(`starts nothing on ${all.length} questions, chatter, thanks, "later" and declines`, () => {
    expect(all.filter((text) => startsWith(text) || opensWithAnswers(form, text) !== undefined)).toEqual([]);
  });
});

describe('speech typed without stops', () => {
  const LEADS = ['诶那个', '哎', '那个', '嗯'];
  const REQUESTS = ['我们这次就报{p}了吧', '那就报{p}吧', '我们就申报{p}了啊'];
  const AFTER = ['对就是{p}你帮我建一个申报', '你帮我开个申报书', '资料回头我再发你'];
  const runOn = LEADS.flatMap((lead, l) => REQUESTS.map((request, r) => {
    const name = pick(NAMES, l * 3 + r);
    return [`${lead}${request}${pick(AFTER, l + r)}`.replaceAll('{p}', name), name] as const;
  }));
  it(`starts on all ${runOn.length} run-on requests, parted after a sentence-final particle`, () => {
    expect(runOn.filter(([text, name]) => !startsWith(text, name)).map(([text]) => text)).toEqual([]);
  });

  const others = ['好吧我知道了申报截止是哪天', '那个申报书吧我还没看完', '算了吧今年我们就不报了', '哈哈哈好吧明天再说'];
  it(`starts nothing on ${others.length} run-on questions, remarks and declines`, () => {
    expect(others.filter((text) => startsWith(text))).toEqual([]);
  });
});
