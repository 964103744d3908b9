import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/qa/chunk.js';
import { headingsByDoc, quotedHeadingWeights } from '../../src/qa/quoted-heading.js';
import { shippedQa } from './helpers/shipped.js';

const chunk = (doc: string, section: string): Chunk => ({ doc, section }) as Chunk;

describe('a question quoting a part\'s heading', () => {
  const headings = headingsByDoc([chunk('a', '一、强化品牌培育'), chunk('a', '正文'), chunk('b', '二、填报方式'), chunk('b', '(一)报送'), chunk('c', '正文')]);

  it('reads each notice\'s headings without their numbering, short ones left out', () => {
    expect([...headings.get('a')!]).toEqual(['强化品牌培育']);
    expect([...headings.get('b')!]).toEqual(['填报方式']);
    expect(headings.has('c')).toBe(false);
  });

  it('weighs down the notices whose headings it does not quote', () => {
    const weights = quotedHeadingWeights('强化品牌培育这条具体咋做', headings, ['a', 'b', 'c'], undefined)!;
    expect(weights.get('a')).toBe(1);
    expect(weights.get('b')).toBeLessThan(1);
    expect(weights.get('c')).toBeLessThan(1);
    // the notice quoted fits best even when the scope had weighed it down (another programme's)
    const scoped = quotedHeadingWeights('填报方式是啥', headings, ['a', 'b', 'c'], new Map([['a', 1], ['b', 0.6], ['c', 0.6]]))!;
    expect(scoped.get('b')).toBe(1);
    expect(scoped.get('a')).toBeLessThan(scoped.get('b')!);
  });

  it('leaves the weights alone when it quotes no heading', () => {
    const scope = new Map([['a', 1], ['b', 0.6]]);
    expect(quotedHeadingWeights('品牌怎么培育', headings, ['a', 'b', 'c'], scope)).toBe(scope);
  });

  it('is answered from the notice whose part it names, not another sharing its words', async () => {
    const answer = await (await shippedQa()).ask('“发挥示范带动作用”这部分讲了啥');
    expect(answer.declined).toBe(false);
    expect(answer.citations[0]?.doc).toBe('2023-14-gi-key-contact-guidance-notice');
  });
});
