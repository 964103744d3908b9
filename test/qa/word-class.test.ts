import { describe, expect, it } from 'vitest';
import { namesSomething } from '../../src/qa/word-class.js';
import { shippedQa } from './helpers/shipped.js';

/**
 * An everyday verb, adverb or adjective the notices never use (允许, 做到, 终究) is the asker's
 * phrasing of a question in the domain's vocabulary: the passage lacking it lacks no more than any
 * word. A noun the notices never use (衣服, 手机) still names a matter they may not cover.
 */

describe('word classes', () => {
  it('tells words naming something from verbs, adverbs and adjectives', () => {
    for (const word of ['衣服', '手机', '税收', '宁夏', '年底']) expect(namesSomething(word), word).toBe(true);
    for (const word of ['允许', '做到', '终究', '体现', '最后']) expect(namesSomething(word), word).toBe(false);
  });

  it('in a domain question, costs a passage less key share for a missing everyday verb than for a rarer-or-equal missing noun', async () => {
    const qa = await shippedQa();
    const keyShare = async (word: string) => {
      const { relevance } = await qa.respond(`名录申报书${word}报送到国家局哪个司`);
      return { unit: relevance.best?.unit, share: relevance.coverage?.keyShare ?? 0, missing: relevance.coverage?.missingKeys ?? [] };
    };
    // 做到 (general IDF 6.7) is rarer than 衣服 (6.1) and 手机 (6.2): by weight alone it would cost more.
    for (const [verb, noun] of [['做到', '衣服'], ['做到', '手机'], ['允许', '衣服']] as const) {
      const [v, n] = [await keyShare(verb), await keyShare(noun)];
      expect(v.unit, verb).toBe(n.unit);
      expect(v.missing, verb).toContain(verb);
      expect(n.missing, noun).toContain(noun);
      expect(v.share, `${verb} vs ${noun}`).toBeGreaterThan(n.share);
    }
  });
});
