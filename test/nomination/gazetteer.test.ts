import { describe, expect, it } from 'vitest';
import { isPlaceRun } from '../../src/nomination/gazetteer.js';
import { isUnitIntroduction } from '../../src/nomination/introduction.js';

describe('place names without their level words', () => {
  it('reads a run from a province or prefecture down, by full or short names', () => {
    expect(['重庆石柱', '四川眉山', '眉山东坡区', '贵州遵义湄潭', '曲靖', '广西壮族自治区百色市', '新疆伊犁'].filter((t) => !isPlaceRun(t))).toEqual([]);
  });

  it('never reads a product, a county alone or a word as a place run', () => {
    expect(['石柱黄连', '西湖龙井', '金华火腿', '汉中仙毫', '石柱', '合作社', '和平', '农业', '', '重庆石柱黄连'].filter(isPlaceRun)).toEqual([]);
  });

  it('takes a place with 的 as who writes, a province alone as an answer', () => {
    expect(isUnitIntroduction('重庆石柱的')).toBe(true);
    expect(isUnitIntroduction('云南曲靖的')).toBe(true);
    expect(isUnitIntroduction('陕西的')).toBe(false);
    expect(isUnitIntroduction('石柱黄连的')).toBe(false);
  });
});
