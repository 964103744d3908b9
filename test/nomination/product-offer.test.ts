import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answersOffer, bareProduct, besideName } from '../../src/nomination/dialog/product-offer.js';
import { loadForm } from '../../src/nomination/form.js';
import { openDatabase } from '../../src/store/db.js';
import { listNominations } from '../../src/store/nominations.js';
import { runDialog } from './dialog-eval.js';

/**
 * A product's name sent alone ("洛川苹果") offers the form; a yes or an answer to the next
 * question takes the offer (across a restart too), anything else drops it and is read as usual.
 */

const form = loadForm('knowledge');

describe('a product’s name alone', () => {
  it('is offered a form: GI names of many shapes', () => {
    const names = ['洛川苹果', '盐池滩羊', '阳澄湖大闸蟹', '库尔勒香梨', '信阳毛尖', '安吉白茶', '涪陵榨菜', '郫县豆瓣', '赣南脐橙'];
    expect(names.filter((name) => bareProduct(form, name) !== name)).toEqual([]);
  });

  it('is offered with the province or a place in it said beside it, 的 and all', () => {
    expect(bareProduct(form, '洛川苹果，陕西的')).toBe('洛川苹果');
    expect(besideName(form, '洛川苹果，陕西的', '洛川苹果')).toBe('陕西的');
    expect(bareProduct(form, '洛川苹果，陕西省延安市洛川县的')).toBe('洛川苹果');
  });

  it('is no chatter, question, time, act, form word or unit (协会, 公司, 合作社 …)', () => {
    const units = ['兴化县粮食协会', '五常市大米协会', '洛川县苹果产业协会', '安溪县茶业有限公司', '文山州三七合作社', '宜兴市陶瓷行业协会', '县知识产权服务中心'];
    expect(units.filter((text) => bareProduct(form, text) !== undefined)).toEqual([]);
    const answers = ['从业人员一万二千人', '产值五个亿', '用标企业三十家', '出口额两千万', '溢价三成', '人均收入四万二'];
    expect(answers.filter((text) => bareProduct(form, text) !== undefined)).toEqual([]);
    const others = ['今天开会', '收到谢谢', '明天见', '申报截止', '会议通知', '工作总结', '好的', '在吗', '截止时间', '名录', '中午吃啥', '知道了', '申报书', '年产值', '洛川苹果能报吗'];
    expect(others.filter((text) => bareProduct(form, text) !== undefined)).toEqual([]);
  });

  it('an answer to the next question takes the offer; a question or chatter does not', () => {
    expect(['陕西省', '陕西的', '是地理标志产品', '证明商标', '陕西，地理标志产品'].filter((text) => !answersOffer(form, text))).toEqual([]);
    expect(['截止时间是哪天', '今天开会', '不用了', '洛川苹果', '人均年收入3.5万元', '产值80亿', '联系人李明'].filter((text) => answersOffer(form, text))).toEqual([]);
  });
});

describe('the offer in the dialog', () => {
  const work = mkdtempSync(join(tmpdir(), 'gi-bot-product-offer-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const recordsOf = (id: string) => {
    const db = openDatabase(join(work, `${id}.sqlite`));
    try {
      return listNominations(db, { statuses: ['submitted', 'draft'] });
    } finally {
      db.close();
    }
  };

  it('opens the form when the next question is answered, after a restart', { timeout: 60_000 }, async () => {
    const score = await runDialog(
      { id: 'offer_answered', user: 'offer01', name: '测试', parts: [['洛川苹果'], ['陕西省', '是地理标志产品']], expect: { gi_name: '洛川苹果', province: '陕西省', protection_type: '地理标志产品' } },
      work,
    );
    expect(score.wrong, score.transcript.join('\n')).toEqual([]);
  });

  it('opens the form on a yes', { timeout: 60_000 }, async () => {
    const score = await runDialog({ id: 'offer_yes', user: 'offer02', name: '测试', parts: [['信阳毛尖', '是']], expect: { gi_name: '信阳毛尖' } }, work);
    expect(score.wrong, score.transcript.join('\n')).toEqual([]);
  });

  it('drops the offer on anything else, and opens no form', { timeout: 60_000 }, async () => {
    const score = await runDialog({ id: 'offer_dropped', user: 'offer03', name: '测试', parts: [['北京天气', '申报截止时间是哪天？', '陕西省']], expect: {} }, work);
    expect(recordsOf('offer_dropped'), score.transcript.join('\n')).toEqual([]);
    expect(score.transcript.join('\n')).toMatch(/要为“北京天气”填写/u);
  });
});
