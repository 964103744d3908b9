import { afterEach, describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { dialogEnv, type DialogEnv } from './dialog-fixture.js';

/**
 * Openings the word-class grammar cannot place, read by the scored reading (wish-score.ts): the
 * product first and the wish after it, who asks and for whom before the verb, a place after the
 * product, a question whether it may be done here beside the request. The same parts asked as a
 * question, told as done or past, said no to, or beside another act start nothing; nor do answers
 * given inside a form.
 */

const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

const PRODUCTS = ['炎陵黄桃', '深州蜜桃', '庆元香菇', '阿克苏苹果', '宣威火腿', '东宁黑木耳', '临潼石榴', '鞍山南果梨'];
const PLACES = ['湖南株洲', '河北衡水', '浙江丽水', '新疆', '云南曲靖', '黑龙江牡丹江', '陕西西安', '辽宁'];
const WHO = ['', '我们', '市局', '县里', '我们局'];
const WISHES = ['准备填报', '想申报', '要填表，帮个忙', '开始录入', '麻烦开表', '申报书填一下', '这次报', '今年我们推荐'];
const TAILS = ['', '，那就开始吧', '，现在可以填吗？', '，有劳'];

const productFirst = PRODUCTS.flatMap((name, n) =>
  WISHES.map((wish, w) => [`${name}${pick(['，', ' ', '——'], n + w)}${pick(PLACES, n + w)}${pick(['，', ' ', '的，'], n)}${pick(WHO, w)}${wish}${pick(TAILS, n + w)}`, name] as const),
);

const FOR_WHOM = [['给深州市报', '深州蜜桃'], ['替肥城市报', '肥城桃'], ['帮琼中报个', '绿橙', '琼中绿橙'], ['代兴仁市填报', '兴仁薏仁米'], ['给灵宝市报一个：', '灵宝苹果']] as const;
const forWhom = FOR_WHOM.flatMap(([lead, name, expected], i) =>
  ['', '市局', '我们', '你好，'].map((who, w) => [`${who}${lead}${name}${pick(['', '，麻烦了', '，谢谢'], i + w)}`, expected ?? name] as const),
);

describe('openings the grammar cannot place, read by the scored reading', () => {
  it(`starts on all ${productFirst.length} with the product first, and takes it`, () => {
    const wrong = productFirst.filter(([text, name]) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || intent.name !== name;
    });
    expect(wrong.map(([text]) => text)).toEqual([]);
  });

  it(`starts on all ${forWhom.length} made for a place, and takes the product named as GI names are`, () => {
    const wrong = forWhom.filter(([text, name]) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || intent.name !== name;
    });
    expect(wrong.map(([text]) => text)).toEqual([]);
  });

  it('keeps the place and the protection type told beside the request for the form', () => {
    const intent = globalIntent('潮州单丛证明商标，广东潮州，准备填报名录申报书');
    expect(intent).toMatchObject({ kind: 'start', name: '潮州单丛' });
    expect(intent?.kind === 'start' ? intent.rest : '').toMatch(/证明商标/u);
    expect(globalIntent('滨海新区茶淀玫瑰香葡萄，填申报书')).toMatchObject({ name: '茶淀玫瑰香葡萄' });
    expect(globalIntent('甘肃定西马铃薯申报第二批名录')).toMatchObject({ name: '定西马铃薯' });
    expect(globalIntent('我们宁夏枸杞想报指导名录')).toMatchObject({ name: '宁夏枸杞' });
  });
});

describe('the product told beside the wish', () => {
  const SHAPES = [
    (p: string) => [`${p}这个地标今年要报，麻烦你带我填一遍`, p],
    (p: string) => [`从名称开始吧，名称是${p}，${pick(PLACES, p.length)}的`, p],
    (p: string) => [`想申请重点联系指导名录，从哪开始都行，产品是${p}`, p],
    (p: string) => [`领导交代的任务，${p}的名录申报书要在这填`, p],
    (p: string) => [`我来给${p}登记一下`, p],
    (p: string) => [`咱们开始吧，${p}`, p],
  ];
  const cases = PRODUCTS.flatMap((name) => SHAPES.map((shape) => shape(name)));
  it(`starts on all ${cases.length}, with the product`, () => {
    const wrong = cases.filter(([text, name]) => {
      const intent = globalIntent(text as string);
      return intent?.kind !== 'start' || intent.name !== name;
    });
    expect(wrong.map(([text]) => text)).toEqual([]);
  });

  it('asks nothing with a wh-word before 都行 alone, nor with 这个 before the papers in a question', () => {
    expect(['报什么都可以', '从哪开始报都行吗', '宣纸这个地标今年要报吗', '交代的任务完成了吗'].filter((text) => globalIntent(text)?.kind === 'start')).toEqual([]);
  });
});

describe('what the same parts say when they ask for nothing', () => {
  const SAID = [
    (p: string) => `${p}能报吗？`, (p: string) => `${p}可以申报吗`, (p: string) => `${p}报了吗`, (p: string) => `${p}已经报过了`,
    (p: string) => `${p}去年报过`, (p: string) => `${p}不报了`, (p: string) => `${p}的申报书在哪下载`, (p: string) => `${p}申报截止是哪天`,
    (p: string) => `给深州市报的${p}审核通过没`, (p: string) => `${p}怎么报`, (p: string) => `我们今年不打算报${p}`, (p: string) => `${p}的材料发我了吗`,
    (p: string) => `帮我查一下${p}报了没有`, (p: string) => `${p}报上去之后多久出结果`, (p: string) => `我们县的${p}能不能报`, (p: string) => `${p}报名录需要什么材料`,
    (p: string) => `${p}是不是已经进名录了`, (p: string) => `${p}申报书要盖章吗`, (p: string) => `为什么${p}不能报`, (p: string) => `${p}没报上`,
    (p: string) => `${p}报过一次了，还能再报吗`, (p: string) => `听说${p}要报名录`, (p: string) => `${p}的申报书我看过了`, (p: string) => `${p}，湖南，能报吗`,
  ];
  const questions = PRODUCTS.flatMap((name) => SAID.map((say) => say(name)));
  it(`starts on none of ${questions.length} questions, statuses and statements`, () => {
    expect(questions.filter((text) => globalIntent(text)?.kind === 'start')).toEqual([]);
  });

  const answers = [
    '省份写兵团', '联系人写我就行', '申请人是安溪县茶业总公司', '产品类别：水果', '保护类型填证明商标', '出口没有', '可以提交了', '好的，辛苦了',
    '收到', '明白了，谢谢', '今天先不填了', '在吗？', '申报单位：宿州市砀山县果业发展中心', '名称填错了', '申报书提交了吗', '我已经提交了申报书',
    '提交申报书需要盖章吗', '下一步填什么', '保护范围写到县就行', '填报人：王磊', '报送单位：省局', '申报材料已经寄出去了', '名录什么时候公布',
    '怎么填申报书', '申报书模板发我一份', '这个表格要打印吗', '推动草果精深加工，新增用标主体10家，申报国家地理标志产品保护示范区。',
    '明年计划新增用标企业10家，参加中国国际商标品牌节', '下一年度计划新建加工园区一个，新增授权用标企业40家。', '开始吧', '好，开始',
  ];
  it(`starts on none of ${answers.length} answers and remarks given inside a form or beside it`, () => {
    expect(answers.filter((text) => globalIntent(text)?.kind === 'start')).toEqual([]);
  });
});

describe('a field told how it will be filled', () => {
  const FIELDS = ['产值', '联系人', '省份', '出口额', '措施', '计划', '这个', '名称', '这项'];
  const SAYINGS = ['我来填', '我来写', '要填', '填一下', '我补'];
  const sayings = FIELDS.flatMap((label, f) => SAYINGS.map((saying, s) => `${label}${pick(['', '，'], f + s)}${saying}`));
  it(`reads none of ${sayings.length} as a start`, () => {
    expect(sayings.filter((text) => globalIntent(text)?.kind === 'start')).toEqual([]);
  });

  let env: DialogEnv | undefined;
  afterEach(() => {
    env?.close();
    env = undefined;
  });

  it('leaves a form open to its answers when only the scored reading reads a start', async () => {
    const chat = (env = await dialogEnv());
    await chat.chat.as('u1').says('我想申报南丰蜜桔');
    const asked = chat.current();
    await chat.chat.as('u1').says('帮忙录一下赣南脐橙');
    expect(chat.drafts()).toHaveLength(1);
    expect(chat.current()).toEqual(asked);
    await chat.chat.as('u2').says('帮忙录一下赣南脐橙');
    expect(chat.draft('u2')?.fields.gi_name?.value).toBe('赣南脐橙');
  });

  it('opens the form on the command with the product', () => {
    expect(globalIntent('/申报 琼中绿橙')).toEqual({ kind: 'start', fresh: false, name: '琼中绿橙' });
    expect(globalIntent('/申报 统计')).toEqual({ kind: 'stats' });
  });
});
