import { describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';

/** Every combination of these parts is a request to start a nomination, however the officer words it. */
const GREETINGS = ['', '你好，', '您好，', '老师好，'];
const SUBJECTS = ['', '我', '我们', '我们县', '市里'];
const WISHES = ['', '想', '要', '准备', '打算'];
const VERBS = ['申报', '申请', '推荐', '报', '提名', '填报'];
const OBJECTS = ['名录', '一个地标', '一个地理标志进名录', '进重点联系指导名录', '一下名录', '个地标进名录'];
const TAILS = ['', '。', '，材料我直接贴过来', '，麻烦了'];

const requests = GREETINGS.flatMap((greeting, g) =>
  SUBJECTS.flatMap((subject, s) =>
    WISHES.flatMap((wish, w) =>
      VERBS.flatMap((verb, v) => OBJECTS.map((object, o) => `${greeting}${subject}${wish}${verb}${object}${TAILS[(g + s + w + v + o) % TAILS.length]}`)),
    ),
  ),
);

describe('starting a nomination, in the words officers use', () => {
  it(`reads all ${requests.length} generated requests as a start`, () => {
    const missed = requests.filter((text) => globalIntent(text)?.kind !== 'start');
    expect(missed).toEqual([]);
  });

  it.each([
    '名录申报的事我知道了',
    '我们已经申报名录了',
    '申报名录需要什么材料',
    '地标名录申报截止了吗？',
    '推荐名额是多少',
    '申请地理标志要多久？',
    '去年推荐的地标进名录了吗',
    '报名录的截止时间是哪天',
  ])('does not start on the statement or question %s', (text) => {
    expect(globalIntent(text)).toBeUndefined();
  });
});

describe('the product a start request names', () => {
  it.each(['我想申报地理标志重点联系指导名录', '想报个地标进名录', '我要推荐一个地理标志进名录', '我准备申报名录申报书'])('takes no programme word for a name: %s', (text) => {
    const intent = globalIntent(text);
    expect(intent?.kind).toBe('start');
    expect(intent && 'name' in intent ? intent.name : undefined).toBeUndefined();
  });

  it('keeps a real product name', () => {
    expect(globalIntent('我想推荐龙井茶')).toEqual({ kind: 'start', fresh: false, name: '龙井茶' });
  });
});
