import { describe, expect, it } from 'vitest';
import { askingClauses, withoutAsides } from '../../src/qa/asides.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { answersWith } from './helpers/shipped.js';

/**
 * The v47 round (long questions telling the asker's situation first): 几 counting what the asker
 * has, not asking how many; 那么大 asking nothing; "按文件" pointing at the notice.
 */

describe('a few of the asker\'s own', () => {
  const own = ['我们市有几个地标基础还行', '我们县好几个地标都在申报', '我们打算把几个地标的合作社拢到一块'];
  const asks = ['啥样的地标才有机会被选上', '有没有依据', '能报几个？'];
  const messages = own.flatMap((told, t) => asks.map((asked, a) => `${told}${(t + a) % 2 ? '，' : ','}${asked}`));
  it(`is background in ${messages.length} generated messages`, () => {
    for (const message of messages) {
      const asking = askingClauses(message);
      expect(asking, message).toBeDefined();
      expect(asking, message).not.toContain('几个地');
    }
  });
  it('is still asked when no other clause asks', () => {
    expect(askingClauses('我们省有几个地标进了名录？')).toBeUndefined();
  });
  it('answers the question after it', async () => {
    await answersWith('我们市有几个地标基础还行，想争取下次进名录，啥样的地标才有机会被选上啊', '工作基础好');
  });
});

describe('那么, 这么 and 要么', () => {
  it('ask nothing: the clause is background', () => {
    const asking = askingClauses('我们市有1个地标在名录里，今年市里项目盘子就那么大，各科室争得厉害。按文件，项目分配时名录地标该不该优先？');
    expect(asking).toBeDefined();
    expect(asking).not.toContain('盘子');
  });
});

describe('the asker pointing at the notice', () => {
  it('is no word a passage must hold', () => {
    expect(analyzeQuery('按文件，项目分配时名录地标该不该优先').contentWords).not.toContain('按照');
    expect(analyzeQuery('根据通知，名录地标能拿到哪些支持').contentWords).not.toContain('按照');
  });
  it('keeps a question about the basis, and 依据文件 as a noun', () => {
    expect(analyzeQuery('按照哪个文件申报').contentWords).toContain('按照');
    expect(analyzeQuery('2019项目确定通知的依据文件').contentWords).toContain('按照');
  });
});

describe('an aside naming a programme', () => {
  it('is kept: 示范区, 年报 are the notices\' matter, as 名录 is', () => {
    expect(withoutAsides('我在整理示范区的材料，验收是哪天')).toContain('示范区');
    expect(withoutAsides('我在整理年报，截止是哪天')).toContain('年报');
    expect(withoutAsides('我写材料要用，名录是哪年定的')).not.toContain('写材料');
  });
});
