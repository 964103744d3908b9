import { describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/qa/coverage.js';
import { missesAskedPlace } from '../../src/qa/asked-place.js';
import { CUE_SHAPES } from '../../src/qa/lexicon.js';
import { cutAtNamedWords } from '../../src/qa/named-cut.js';
import type { SearchResult, SentenceHit } from '../../src/qa/search-index.js';
import { namingSibling } from '../../src/qa/sibling-sentence.js';
import { askedParticular } from '../../src/qa/particulars.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { serialUnits } from '../../src/qa/serial-units.js';
import { answersWith } from './helpers/shipped.js';

/**
 * The v24 round: the unit that makes a notice's number a reference to it ("14号文") is no key word
 * a clause must hold, and a name asked of a thing the notice holds ("…要打造的区域品牌高地叫啥") is
 * no question about the notice's title.
 */

describe('the units of a notice number named in a question', () => {
  it('are the 号文, 号 and 文 right after the number', () => {
    expect(serialUnits(['14', '号文', '名录', '田'], '14')).toEqual([false, true, false, false]);
    expect(serialUnits(['1106', '号', '文', '打造'], '1106')).toEqual([false, true, true, false]);
  });

  it('are none away from the number, or without one named', () => {
    expect(serialUnits(['名录', '号文', '14'], '14')).toEqual([false, false, false]);
    expect(serialUnits(['14', '号文'], undefined)).toEqual([false, false]);
  });

  it('let a clause lacking 号文 answer what the named notice says', () => answersWith('14号文把名录地标比作啥田来着', '试验田'));
});

describe('a name asked of what the question names before 叫啥', () => {
  it('is no title of the notice when the thing is something the notice holds', () => {
    expect(askedParticular('1106号文要打造的区域品牌高地叫啥')).toBeUndefined();
  });

  it('is the title when the thing is the notice, its title or a document it issues', () => {
    expect(askedParticular('1072号文件的标题叫啥')).toBe('title');
    expect(askedParticular('593号改革试点通知的完整标题叫什么')).toBe('title');
    expect(askedParticular('2024年1号文 印发的实施方案叫啥')).toBe('title');
  });

  it('is answered from the clause that names it', () => answersWith('1106号文要打造的区域品牌高地叫啥', '百城百品'));
});

describe('a cut across a word the notices\' vocabulary names', () => {
  const named = (word: string): boolean => ['真名', '实名'].includes(word);

  it('moves to keep the named word whole', () => {
    expect(cutAtNamedWords(['要不要', '写真', '名'], named)).toEqual(['要不要', '写', '真名']);
  });

  it('leaves a cut alone when no named word lies across it', () => {
    expect(cutAtNamedWords(['写真', '照片'], named)).toEqual(['写真', '照片']);
    expect(cutAtNamedWords(['实名', '制'], named)).toEqual(['实名', '制']);
  });

  it('reads 写真名 as writing one\'s real name (实名)', () => {
    expect(analyzeQuery('个人反映情况要不要写真名').contentWords).toContain('实名');
  });

  it('lets the clause asking for a real name answer', () => answersWith('个人反映情况要不要写真名', '署实名'));
});

describe('the sentence of a chunk that names the asker\'s matter itself', () => {
  const covering = (sentenceKeys: string[], missedCues: Coverage['missedCues'] = []): Coverage => ({
    share: 1, anyWord: true, keyShare: 1, missesStrictCue: missedCues.length > 0, salutation: false, unknownShare: 0, missingKeys: [], heldKeys: ['广东'],
    sentenceKeys, missedCues, numbersOnly: false, sentenceShare: 0.7, missedFocus: [], missedCueShare: 0, namedSetMiss: false, itemCountMiss: false,
  });
  const hit = (unit: number, chunkIndex: number): SentenceHit => ({ unit, chunkIndex, sentenceIndex: unit, score: 1 - unit / 10, chunk: {} as SentenceHit['chunk'] });
  const [first, second, elsewhere] = [hit(0, 3), hit(1, 3), hit(2, 4)];
  const result = { sentences: [first, elsewhere, second] } as unknown as SearchResult;
  const always = (): boolean => true;

  it('answers for its chunk when the first-ranked one holds only the topic words', () => {
    const coverages = new Map([[first, covering([])], [second, covering(['广东'])], [elsewhere, covering(['广东'])]]);
    expect(namingSibling(first, coverages.get(first)!, result, (h) => coverages.get(h)!, always)?.hit).toBe(second);
  });

  it('is not looked for when the chosen sentence names the matter itself', () => {
    const coverages = new Map([[first, covering(['广东'])], [second, covering(['广东'])]]);
    expect(namingSibling(first, coverages.get(first)!, result, (h) => coverages.get(h)!, always)).toBeUndefined();
  });

  it('must be of the asked shapes and miss no more strict cues', () => {
    const coverages = new Map([[first, covering([])], [second, covering(['广东'], ['date'])]]);
    expect(namingSibling(first, coverages.get(first)!, result, (h) => coverages.get(h)!, always)).toBeUndefined();
    coverages.set(second, covering(['广东']));
    expect(namingSibling(first, coverages.get(first)!, result, (h) => coverages.get(h)!, () => false)).toBeUndefined();
  });

  it('answers which kind of pilot a province is', () => answersWith('广东在核准改革试点里算哪一类', '延续开展第二批改革试点'));
});

describe('a body named by its part in the matter', () => {
  it('is a who, as an office is', () => {
    expect(CUE_SHAPES.who.test('要确保申报单位切实负起项目组织实施主体责任')).toBe(true);
    expect(CUE_SHAPES.who.test('各示范区筹建承担单位应于每年12月31日前总结')).toBe(true);
    expect(CUE_SHAPES.who.test('以单位名义反映情况的材料请加盖公章')).toBe(false);
  });

  it('answers who bears a duty', () => answersWith('运用促进工程项目谁负组织实施主体责任', '申报单位切实负起项目组织实施主体责任'));
});

describe('the document a notice relies on, described by its matter', () => {
  it('is the cited one whose title holds the matter, not the notice citing it', () => answersWith('乡村振兴行动那个依据文件的文号是多少', '国知发运字〔2021〕20号'));
});

describe('a place named as a product is named for it', () => {
  it('answers whose place a thing is', () => {
    expect(missesAskedPlace('海参是哪里的', '生产贺兰山东麓葡萄酒、平遥牛肉、大连海参的企业')).toBe(false);
    expect(missesAskedPlace('海参是哪里的', '分别向产品所在地知识产权管理部门提出申请')).toBe(true);
  });

  it('lets the sentence of the chunk naming it answer, though another is of the office-addressed shape', () =>
    answersWith('498号那批里面海参是哪里的', '大连海参'));

  it('still needs the sibling to miss fewer strict cues when not of the asked shapes', () => {
    const covering = (sentenceKeys: string[], missedCues: Coverage['missedCues']): Coverage => ({
      share: 1, anyWord: true, keyShare: 1, missesStrictCue: missedCues.length > 0, salutation: false, unknownShare: 0, missingKeys: [], heldKeys: ['海参'],
      sentenceKeys, missedCues, numbersOnly: false, sentenceShare: 0.5, missedFocus: [], missedCueShare: 0, namedSetMiss: false, itemCountMiss: false,
    });
    const hit = (unit: number): SentenceHit => ({ unit, chunkIndex: 1, sentenceIndex: unit, score: 1, chunk: {} as SentenceHit['chunk'] });
    const [first, second] = [hit(0), hit(1)];
    const result = { sentences: [first, second] } as unknown as SearchResult;
    const coverages = new Map([[first, covering([], ['where'])], [second, covering(['海参'], ['where'])]]);
    expect(namingSibling(first, coverages.get(first)!, result, (h) => coverages.get(h)!, () => false)).toBeUndefined();
    coverages.set(second, covering(['海参'], []));
    expect(namingSibling(first, coverages.get(first)!, result, (h) => coverages.get(h)!, () => false)?.hit).toBe(second);
  });
});
