import { describe, expect, it } from 'vitest';
import { answersWith, shippedQa } from './helpers/shipped.js';

/** The v39–v40 rounds: paper or the system asked, a word written all the time taken for no typo, a typo parted in two. */

describe('paper or the system', () => {
  it('is asked as how a report is filed, answered by the clause naming the channel', async () => {
    await answersWith('二零二三年度报告是交纸质的还是网上填', '在线填报');
    await answersWith('年度报告要不要报纸质材料？还是网上填', '在线填报');
    await answersWith('名录申报书交纸质的还是电子版', '通过电子邮件形式报送');
  });
});

describe('a word written all the time', () => {
  it('is the asker’s own, no typo of the notices’ words, nor is a part of it', async () => {
    const answer = await (await shippedQa()).ask('2019年运用促进工程兴安盟大米项目负责人是谁');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain('具体是哪一位');
  });
});

describe('a typo jieba parts into two characters of their own', () => {
  it('is read as the notices’ word of its sound', async () => {
    await answersWith('2023年度地理标志专用标志使用监管报告的填抱时间是从哪天到哪天？', '2024年1月15日至2024年3月31日');
  });
});
