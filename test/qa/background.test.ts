import { describe, expect, it } from 'vitest';
import { askingClauses } from '../../src/qa/asides.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { shippedQa } from './helpers/shipped.js';

describe('the background an asker tells beside the ask', () => {
  it('is the sentences that ask nothing and the clauses speaking of the asker', () => {
    // a sentence of circumstances before the ask, and a thanks after it
    expect(askingClauses('我们单位去年换了分管同志，档案也不全。示范区总结报告每年几号前交？谢谢')?.trim()).toBe('示范区总结报告每年几号前交？');
    // a clause of the asker's own in the sentence that asks
    expect(askingClauses('我们市刚接这项工作，申报书要寄纸质的吗')?.trim()).toBe('申报书要寄纸质的吗');
    // "想问下" opens the ask; the clause it opens still tells the asker's own circumstances
    expect(askingClauses('想问下我们县是第一次报，材料交给谁')?.trim()).toBe('材料交给谁');
  });

  it('leaves a message whose clauses all ask, or none, whole', () => {
    expect(askingClauses('申报截止到哪天，逾期还能补交吗')).toBeUndefined();
    expect(askingClauses('名录申报材料报送国家局运用促进司')).toBeUndefined();
    // a question mark closes an asking sentence whatever its words ("材料多会儿截至？")
    expect(askingClauses('材料哪天截止？我们还没写完')?.trim()).toBe('材料哪天截止？');
  });

  it('asks no cue of its own', () => {
    // "之前" of the background asks no date
    expect(analyzeQuery('我们市之前是筹建单位。示范区公布以后国家局怎么管').cues).not.toContain('date');
    expect(analyzeQuery('示范区之前要交什么材料').cues).toContain('date');
  });

  it('when an ask names nothing, leaves the matter to the clauses around it', () => {
    expect(analyzeQuery('谁记得？示范区筹建那个通知的文号').background).toBeUndefined();
  });

  it('is no key word a passage must hold when the passage lacks it', async () => {
    const qa = await shippedQa();
    const { relevance } = await qa.respond('我们这里原来的同志调岗了，我刚接手。名录申报书要盖谁的章？');
    const { result } = await qa.respond('我们这里原来的同志调岗了，我刚接手。名录申报书要盖谁的章？');
    expect(result.query.background).toContain('调岗');
    expect(relevance.coverage?.missingKeys).not.toContain('调岗');
    // the same word in the ask is a key word
    const asked = await qa.respond('名录申报的同志调岗了要报备吗');
    expect(asked.result.query.background).toBeUndefined();
  });
});

describe('an ordinal asked with 多少', () => {
  it('asks as 第几 does', () => {
    const plain = analyzeQuery('这次征集的是第几批');
    const colloquial = analyzeQuery('这次征集的是第多少批');
    expect(colloquial.cues).toEqual(plain.cues);
    expect(colloquial.contentWords).toEqual(plain.contentWords);
  });
});
