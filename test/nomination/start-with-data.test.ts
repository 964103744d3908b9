import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDialog } from './dialog-eval.js';

/**
 * Two ways officers start without waiting for the first question: a request followed by the
 * form's data that opens with the product's name ("帮忙填一下申报书：安化黑茶，湖南省，…"), and
 * the product's name under one of its labels with no draft open ("地理标志名称是霍山石斛").
 */

const work = mkdtempSync(join(tmpdir(), 'gi-bot-start-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a request followed by data that opens with the name', () => {
  const REQUESTS = ['帮忙填一下申报书：', '我要申报，', '麻烦帮我录一下地标申报书：', '申报名录 '];
  const DATA = '安化黑茶，湖南省，地理标志产品，公告号2010年第19号，保护范围湖南省益阳市安化县现辖行政区域，申请人安化县茶业协会，品类茶叶';
  it.each(REQUESTS)('%s…', { timeout: 60_000 }, async (request) => {
    const id = `req${REQUESTS.indexOf(request)}`;
    const score = await runDialog(
      {
        id,
        user: id,
        name: '测试',
        parts: [[`${request}${DATA}`]],
        expect: { gi_name: '安化黑茶', province: '湖南省', protection_type: '地理标志产品', registration_no: '2010年第19号', applicant: '安化县茶业协会', product_category: '茶叶' },
      },
      work,
    );
    expect(score.wrong).toEqual([]);
  });
});

describe('the product named under its label with no draft open', () => {
  const LABELLED = ['地理标志名称是霍山石斛', '产品名称：霍山石斛', '地标名称：霍山石斛。', '名称是霍山石斛'];
  it.each(LABELLED)('%s opens the form with the name', { timeout: 60_000 }, async (text) => {
    const id = `lab${LABELLED.indexOf(text)}`;
    const score = await runDialog({ id, user: id, name: '测试', parts: [[text, '省份：安徽省']], expect: { gi_name: '霍山石斛', province: '安徽省' } }, work);
    expect(score.wrong).toEqual([]);
  });

  it.each(['地理标志名称怎么填？', '产品名称是什么意思', '地理标志名称是不是要和公告一致'])('a question about the label (%s) opens nothing', { timeout: 60_000 }, async (text) => {
    const id = `q${text.length}`;
    const score = await runDialog({ id, user: id, name: '测试', parts: [[text]], expect: { gi_name: '霍山石斛' } }, work);
    expect(score.transcript.join('\n')).not.toContain('开始填写');
  });
});
