import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startRequest } from '../../src/nomination/dialog/start-request.js';
import { runDialog } from './dialog-eval.js';

/**
 * An opening said by voice without a stop: who speaks, the request, the product's name and the
 * form's data in one run ("喂你好我是盘锦市市场监管局的要报一个地标叫盘锦大米是辽宁省的…").
 */

const GREETINGS = ['', '喂', '喂你好', '您好', '领导好'];
const SENDERS = ['我是盘锦市市场监管局的', '我是县知识产权局的小李', '这边是市场监管局'];
const REQUESTS = ['要报一个地标', '想申报名录', '我们要报个地理标志', '需要填一个申报书'];
const NAMINGS = ['叫', '名字叫', '就是'];
const PRODUCTS = ['盘锦大米', '五常大米', '赣南脐橙'];

describe('a run-on opening without stops', () => {
  const cases = GREETINGS.flatMap((greeting, g) =>
    SENDERS.flatMap((sender, s) => REQUESTS.map((request, r) => ({ greeting, sender, request, naming: NAMINGS[(g + s + r) % NAMINGS.length], product: PRODUCTS[(g + r) % PRODUCTS.length] }))),
  );
  it.each(cases.map((c) => [`${c.greeting}${c.sender}${c.request}${c.naming}${c.product}是辽宁省的地理标志产品公告号是2008年第136号`, c] as const))('%s', (text, { sender, product }) => {
    const read = startRequest(text);
    expect(read?.name).toBe(product);
    expect(read?.intro).toContain(sender);
    expect(read?.rest).toContain('2008年第136号');
  });

  it.each(REQUESTS.flatMap((request) => PRODUCTS.map((product) => `${request}叫${product}`)))('%s names the product', (text) => {
    expect(startRequest(text)?.name).toBe(PRODUCTS.find((p) => text.endsWith(p)));
  });

  it.each(['我是盘锦市市场监管局的想问下截止时间', '喂你好我是县局的小王', '我是盘锦市的盘锦大米是辽宁省的'])('%s asks for no form', (text) => {
    expect(startRequest(text)).toBeUndefined();
  });
});

const work = mkdtempSync(join(tmpdir(), 'gi-bot-start-run-on-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the whole run-on opening is read into the form', () => {
  it('喂你好我是…的要报一个地标叫…是…的地理标志产品公告号是…保护范围就是…申请单位是…类别是…', { timeout: 60_000 }, async () => {
    const score = await runDialog(
      {
        id: 'runon',
        user: 'runon',
        name: '测试',
        parts: [['喂你好我是盘锦市市场监管局的要报一个地标叫盘锦大米是辽宁省的地理标志产品公告号是2008年第136号保护范围就是辽宁省盘锦市现辖行政区域申请单位是盘锦市大米协会类别是粮食']],
        expect: {
          gi_name: '盘锦大米',
          province: '辽宁省',
          protection_type: '地理标志产品',
          registration_no: '2008年第136号',
          region: '辽宁省盘锦市现辖行政区域',
          applicant: '盘锦市大米协会',
          product_category: '粮食',
        },
      },
      work,
    );
    expect(score.wrong).toEqual([]);
    expect(score.right).toBe(7);
  });
});
