import { describe, expect, it } from 'vitest';
import { paraphrases } from '../../src/qa/paraphrase.js';

const of = (q: string, kind: string): string[] => paraphrases(q).filter((v) => v.kind === kind).map((v) => v.q);

describe('paraphrases', () => {
  it('swaps 地理标志 and 地标 both ways', () => {
    expect(of('地理标志名录需要提交哪些材料', 'synonym')).toEqual(['地标名录需要提交哪些材料']);
    expect(of('地标能交纸质材料吗', 'synonym')).toEqual(['地理标志能交纸质材料吗']);
  });

  it('swaps everyday words both ways, 什么时候 as one word', () => {
    expect(of('申报书什么时候截止？', 'synonym')).toEqual(['申报书啥时候截止？']);
    expect(of('需要哪些资料', 'synonym')).toEqual(['要哪些资料']);
    expect(of('纸质材料行不行', 'synonym')).toEqual(['纸质资料行不行']);
  });

  it('adds one colloquial ending or opening, moves the question word first, and flips the width', () => {
    const [ending] = of('申报书什么时候截止？', 'ending');
    expect(ending).toContain('申报书什么时候截止');
    expect(ending).not.toBe('申报书什么时候截止？');
    expect(of('申报书什么时候截止？', 'order')).toEqual(['什么时候截止，申报书？']);
    expect(of('ABC是什么', 'width')).toEqual(['ＡＢＣ是什么']);
  });

  it('gives the same variants every time, none equal to the question', () => {
    const q = '名录多久遴选一次';
    expect(paraphrases(q)).toEqual(paraphrases(q));
    expect(paraphrases(q).map((v) => v.q)).not.toContain(q);
  });
});
