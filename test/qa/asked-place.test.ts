import { describe, expect, it } from 'vitest';
import { asksPlace, missesAskedPlace } from '../../src/qa/asked-place.js';
import { shippedQa } from './helpers/shipped.js';

describe('a place asked', () => {
  it('is read from 哪个省 / 哪个城市 / 在哪办 / 是哪儿的, not from a provincial level or a destination', () => {
    for (const q of ['六堡茶的核准企业在哪个省', '今年的商标品牌节在哪个城市开', '这个香菇是哪儿的', '年会在哪办']) expect(asksPlace(q), q).toBe(true);
    for (const q of ['哪个省级部门负责', '申报书报到哪个司', '附件在哪下载']) expect(asksPlace(q), q).toBe(false);
  });

  it('is answered by a sentence naming a place, not by the addressees or the matter alone', () => {
    expect(missesAskedPlace('兴安盟大米是哪里的', '现确定兴安盟知识产权局等单位申报的14个项目')).toBe(false);
    expect(missesAskedPlace('哪个省新开展了试点', '北京市、河北省等地开展试点')).toBe(false);
    expect(missesAskedPlace('示范区在哪个省', '各省、自治区、直辖市知识产权局:')).toBe(true);
    expect(missesAskedPlace('示范区在哪个省', '确定了54个示范区')).toBe(true);
  });

  it('to build something in is answered by the kind of region, and only then', () => {
    expect(missesAskedPlace('展示推广中心在哪建', '重点支持富集区域建设展示推广中心')).toBe(false);
    expect(missesAskedPlace('品牌日在哪个城市办', '重点支持富集区域建设展示推广中心')).toBe(true);
  });

  it('is declined by the shipped notices when the clause names the matter but no place', async () => {
    const answer = await (await shippedQa()).ask('验收通过的小站稻示范区属于哪个省');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain('具体地点');
  });
});
