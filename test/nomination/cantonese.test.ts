import { describe, expect, it } from 'vitest';
import { asMandarin } from '../../src/nomination/cantonese.js';
import { hasQuestionWord } from '../../src/nomination/dialog/intents.js';

describe('Cantonese written as spoken', () => {
  it.each([
    ['我哋想报地标入名录', '我们想报地标入名录'],
    ['名称就系新会陈皮', '名称就是新会陈皮'],
    ['批准公告係2006年第83号', '批准公告是2006年第83号'],
    ['出口唔多，八百万美元左右', '出口不多，八百万美元左右'],
    ['加工嗰块大概六十亿', '加工那块大概六十亿'],
    ['物流唔知，跳过', '物流不知，跳过'],
    ['旅游冇统计', '旅游没有统计'],
  ])('%s reads as %s', (text, mandarin) => {
    expect(asMandarin(text)).toBe(mandarin);
  });

  it.each(['联系人王芳', '产业体系建设', '唔该晒', '中文系毕业'])('%s keeps its words', (text) => {
    expect(asMandarin(text)).toBe(text);
  });
});

describe('几 after a numeral approximates a figure', () => {
  it.each(['七万几人', '一百二十几家', '三十几个亿', '20几家'])('%s asks nothing', (text) => {
    expect(hasQuestionWord(text)).toBe(false);
  });
  it.each(['几家企业用标', '从业人员有几个', '要填几项'])('%s asks', (text) => {
    expect(hasQuestionWord(text)).toBe(true);
  });
});
