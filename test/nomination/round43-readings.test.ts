import { describe, expect, it } from 'vitest';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';
import { withoutBoundsNarrowed } from '../../src/nomination/narrowed-bound.js';
import { withoutSlipOwned } from '../../src/nomination/self-repair.js';
import { withoutPartsOfSum } from '../../src/nomination/total-of-parts.js';
import { form } from './dialog-fixture.js';
import { read, stored } from './reading-helpers.js';

/** The v43 round: a bound before the figure itself, parts before their sum, 一年 after a figure, a pause named after a field. */

describe('a bound said first and the figure itself after it', () => {
  it('gives the figure, not the bound', () => {
    expect(read('related_output_tourism', '旅游不到一千万，大概八百万')).toEqual({ related_output_tourism: 8000000 });
    expect(read('related_output_processing', '加工不到一个亿，9000万')).toEqual({ related_output_processing: 90000000 });
    expect(read('employees', '超过两万人，两万三左右')).toEqual({ employees: 23000 });
  });
  it('keeps the estimate words and leaves a bound alone that no figure follows', () => {
    expect(withoutBoundsNarrowed('不到一千万，大概八百万')).toBe('大概八百万');
    expect(withoutBoundsNarrowed('不到一千万')).toBe('不到一千万');
    expect(withoutBoundsNarrowed('不到一千万，出口200万美元')).toBe('不到一千万，出口200万美元');
  });
  it('does not take a phone number or a figure of another sort for the figure', () => {
    expect(withoutBoundsNarrowed('超过两万人，13800138000')).toBe('超过两万人，13800138000');
    expect(withoutBoundsNarrowed('不到一千万元，约2000人')).toBe('不到一千万元，约2000人');
  });
});

describe('parts counted out and then their sum', () => {
  it('gives the sum for the field asked', () => {
    expect(read('authorized_users', '企业31家，合作社17家，一共48家')).toEqual({ authorized_users: 48 });
    expect(read('authorized_users', '用标主体：企业31家，合作社17家，一共48家')).toEqual({ authorized_users: 48 });
    expect(read('authorized_users', '龙头企业12家、合作社20家、家庭农场8家，加起来40家。')).toEqual({ authorized_users: 40 });
  });
  it('keeps parts that are answers of the form\'s own fields', () => {
    expect(read('related_output_processing', '加工3亿，物流2亿，一共5亿')).toEqual({ related_output_processing: 300000000, related_output_logistics: 200000000 });
  });
  it('leaves a message saying more than the parts and the sum as typed (free text counts things out too)', () => {
    const prose = '培育龙头企业5家、合作社12家，合计17家，开展品牌宣传活动';
    expect(withoutPartsOfSum(form, prose)).toBe(prose);
    expect(withoutPartsOfSum(form, '企业31家，合作社17家')).toBe('企业31家，合作社17家');
  });
});

describe('一 after a figure\'s scale, counting the year or the person it is per', () => {
  it('is no digit of the figure', () => {
    expect(stored('income_per_employee', '大概2.8万一年').income_per_employee?.value).toBe(28000);
    expect(stored('income_per_employee', '两万八一年').income_per_employee?.value).toBe(28000);
  });
  it('is a digit where nothing per follows, or after 零', () => {
    expect(stored('income_per_employee', '三万一').income_per_employee?.value).toBe(31000);
    expect(stored('employees', '一千零一人').employees?.value).toBe(1001);
  });
});

describe('leaving the form for now, said about the field asked', () => {
  it('is a pause, stored nowhere', () => {
    expect(dialogIntent('扶持措施这块我得去办公室拿材料，先暂停一下，晚点回来接着填')).toEqual({ kind: 'pause' });
    expect(dialogIntent('我去拿一下材料，回头再填')).toEqual({ kind: 'pause' });
  });
  it('is no pause when the clause about the field says something of it', () => {
    expect(dialogIntent('扶持措施这块主要是资金扶持，晚点再补充')).toBeUndefined();
  });
});

describe('a slip owned right after the figure that puts it right, with no stop', () => {
  it('is no part of the new figure', () => {
    expect(withoutSlipOwned('哎不对用标企业是六十七家刚才说反了')).toBe('哎不对用标企业是六十七家');
    expect(withoutSlipOwned('不对，出口应该是200万美元我看错了')).toBe('不对，出口应该是200万美元');
  });
  it('stays when nothing says the figure is the right one (then the figure is what was wrong)', () => {
    expect(withoutSlipOwned('产值3亿我写错了')).toBe('产值3亿我写错了');
    expect(withoutSlipOwned('不对，刚才说反了')).toBe('不对，刚才说反了');
    expect(withoutSlipOwned('前面说的从业人数其实是八千六百人，报表上两个数字看反了')).toBe('前面说的从业人数其实是八千六百人，报表上两个数字看反了');
  });
});
