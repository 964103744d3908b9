import { describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';

/**
 * Start requests that name the round of the list (第三批, 2025年度), say for whom (给/为/替 a
 * product), open with a greeting and its particle (你好呀), or end by asking where to begin
 * (从哪开始填, 第一步做什么); and the questions beside a request that still ask something else.
 */

const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

const ROUNDS = ['第三批', '第2批', '首批', '新一批', '2025年度', '下一批', '这一批', '2026年'];
const LISTS = ['重点联系指导名录', '名录', '地标名录', '指导名录', '运用促进名录'];
const WISHES = ['我们想申报', '我要报', '准备申报', '我们县打算报', '想推荐一个产品进', '帮我填一下'];
const rounds = ROUNDS.flatMap((round, r) => LISTS.flatMap((list, l) => {
  const wish = pick(WISHES, r + l);
  const object = wish.endsWith('进') ? `${round}${list}` : `${round}${list}${wish.startsWith('帮') ? '的申报书' : ''}`;
  return [`${wish}${object}`, `${pick(['你好，', '', '老师好，'], r + l)}${wish}${object}${pick(['', '。', '吧'], r * 2 + l)}`];
}));

const PRODUCTS = ['梁平柚', '赣南茶油', '汉中仙毫', '宁夏枸杞', '庐山云雾茶', '黄岩蜜橘', '恩施玉露'];
const FOR_WHOM = ['给', '为', '替'];
/** "想给梁平柚报名录", "我们打算为汉中仙毫申报第三批名录". */
const forWhom = PRODUCTS.flatMap((name, n) =>
  FOR_WHOM.map((word, w) => [`${pick(['想', '我们打算', '准备', '我要'], n + w)}${word}${name}${pick(['报', '申报', '报一下'], n + w)}${pick(LISTS, n + w)}`, name] as const),
);

const GREETINGS = ['你好呀', '您好啊', '老师好呀', '哈喽呀', '你好哈'];
const HOW = ['从哪开始填？', '从哪里开始？', '第一步做什么', '先填什么呢', '要填哪些内容？', '怎么开始', '接下来怎么弄'];
/** "你好呀，我们汉中仙毫想报名录，从哪开始填？": a greeting, a request naming the product, where to begin. */
const asking = PRODUCTS.flatMap((name, n) =>
  HOW.map((how, h) => [`${pick(GREETINGS, n + h)}，${pick(['我们', '咱们', ''], n + h)}${name}想${pick(['报', '申报', '报一下'], n * 2 + h)}${pick(LISTS, n + h)}，${how}`, name] as const),
);

/** Beside a request, a question about something else is a question: the Q&A answers it. */
const QUESTIONS = ['需要准备什么材料？', '截止是哪天？', '要盖章吗', '今年有几个名额？', '找谁审核？', '纸质版寄到哪里？'];
const questions = PRODUCTS.flatMap((name, n) => QUESTIONS.map((q, i) => `${pick(GREETINGS, n + i)}，我们${name}想${pick(['报', '申报'], n + i)}${pick(LISTS, n + i)}，${q}`));
/** Rounds and products asked about, with no request: "第三批名录什么时候公布？". */
const roundQuestions = ROUNDS.flatMap((round) => [`${round}名录什么时候公布？`, `${round}名录有哪些产品`, `${round}的名录申报截止是哪天`]);

/** A wish to go into the list ("争取进第三批名录"), a product before its verb ("黄岩蜜橘申报名录"). */
const INTO = ['想进', '争取进', '希望能进入', '准备进', '打算纳入'];
const SUBJECTS = ['我们', '我们这有个地标', '咱们县', '领导让我们', ''];
const intoList = INTO.flatMap((into, i) => SUBJECTS.map((who, w) => `${who}${into}${pick(ROUNDS, i + w)}${pick(LISTS, i * 2 + w)}`));
const productFirst = PRODUCTS.map((name, n) => [`${name}${pick(['申报', '报', '推荐'], n)}${pick(LISTS, n)}`, name] as const);
/** Words around a request that are no product: a verb, "有个". */
const NOT_PRODUCTS = ['我们县想参加名录申报', '有个地标要报，麻烦指导下', '我们想参与名录申报', '领导安排我报一下名录', '我们单位想参评名录'];
/** Going into the list asked about, or said of something done. */
const INTO_QUESTIONS = ['想进名录吗', '地标进名录有什么好处', '进第三批名录要什么条件', '我们已经进名录了', '去年就纳入名录了'];
/** Labelled answers whose label holds a request's words: "申报单位：…", "申报产品：…". */
const LABELLED = PRODUCTS.flatMap((name, n) => [`申报产品：${name}`, `推荐产品：${name}`, `申报单位：${pick(['宁德市茶业协会', '县农业农村局'], n)}；品类：茶叶`, `申报主体是${pick(['县果业协会', '市茶叶合作社'], n)}`]);

describe('start requests that name a round, a product for whom, or ask where to begin', () => {
  it(`starts on all ${rounds.length} requests naming a round of the list`, () => {
    expect(rounds.filter((text) => globalIntent(text)?.kind !== 'start')).toEqual([]);
  });

  it(`starts on all ${forWhom.length} requests for a product, taking its name without 给/为/替`, () => {
    const wrong = forWhom.filter(([text, name]) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || intent.name !== name;
    });
    expect(wrong.map(([text]) => text)).toEqual([]);
  });

  it(`starts on all ${asking.length} greetings with a request and a question where to begin, taking the product`, () => {
    const wrong = asking.filter(([text, name]) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || intent.name !== name;
    });
    expect(wrong.map(([text]) => text)).toEqual([]);
  });

  it(`starts on all ${intoList.length} wishes to go into the list`, () => {
    expect(intoList.filter((text) => globalIntent(text)?.kind !== 'start')).toEqual([]);
  });

  it(`starts on all ${productFirst.length} requests with the product before the verb, taking it`, () => {
    const wrong = productFirst.filter(([text, name]) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || intent.name !== name;
    });
    expect(wrong.map(([text]) => text)).toEqual([]);
  });

  it('starts on requests around other verbs without taking a verb for the product', () => {
    const wrong = NOT_PRODUCTS.filter((text) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || intent.name !== undefined;
    });
    expect(wrong).toEqual([]);
  });

  it('does not start on questions or remarks about going into the list, or labelled answers', () => {
    expect([...INTO_QUESTIONS, ...LABELLED].filter((text) => globalIntent(text) !== undefined)).toEqual([]);
  });

  it(`leaves ${questions.length + roundQuestions.length} questions beside or about a request to the Q&A`, () => {
    expect([...questions, ...roundQuestions].filter((text) => globalIntent(text) !== undefined)).toEqual([]);
  });
});
