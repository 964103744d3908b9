import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogEnv, type DialogEnv } from './dialog-fixture.js';

/**
 * Requests that say where and how the form is filled — a form of address, a place adverb
 * (在这里, 在这儿, 这边), the 把 construction, a verb and its complement — through the real dialog:
 * each opens one form, named after the product only when one is told, never after words of the
 * sentence ("在这里把", "这边把").
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;
const HALF: Record<string, string> = { '，': ',', '！': '!', '。': '.' };
const halfWidth = (text: string): string => text.replace(/[，！。]/gu, (c) => HALF[c] ?? c);

const OPENERS = ['', '同志你好，', '老师您好！', '领导好，', '你好，我是岷县知识产权局的，', '您好，我是县市场监管局的小王，', '同志您好 '];
const WHO = ['', '我', '我们', '我们这边'];
const WISH = ['想', '要', '准备', '打算', '现在想'];
const HERE = ['在这里', '在这儿', '在这边', '这边', '在这', ''];
const TAKE = ['把', '将'];
const PAPERS = ['申报书', '名录申报书', '申报表', '申报材料'];
const FILL = ['填一下', '填了', '填写一下', '录一下', '填好', '填起来'];
const ENDS = ['', '。', '！', '吧', '，谢谢', '，麻烦了'];
const PRODUCTS = ['岷县当归', '库尔勒香梨', '五常大米', '于都脐橙', '从化荔枝'];

const build = (i: number, product?: string): string => {
  const papers = product ? `${product}的${pick(PAPERS, i)}` : pick(PAPERS, i);
  const text = `${pick(OPENERS, i)}${pick(WHO, i + 1)}${pick(WISH, i + 2)}${pick(HERE, i + 3)}${pick(TAKE, i)}${papers}${pick(FILL, i + 4)}${pick(ENDS, i + 5)}`;
  return i % 3 === 0 ? halfWidth(text) : text;
};
const unnamed = Array.from({ length: 60 }, (_, i) => build(i));
const named = Array.from({ length: 40 }, (_, i) => ({ text: build(i, pick(PRODUCTS, i)), product: pick(PRODUCTS, i) }));

describe('words of the request sentence are never the product', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  let user = 0;
  async function opened(text: string): Promise<{ forms: number; name?: unknown }> {
    const id = `here-${(user += 1)}`;
    await env.chat.as(id).says(text);
    const drafts = env.drafts(id);
    return { forms: drafts.length, name: drafts[0]?.fields.gi_name?.value };
  }

  it(`opens one unnamed form on all ${unnamed.length} requests without a product`, async () => {
    const wrong: string[] = [];
    for (const text of unnamed) {
      const got = await opened(text);
      if (got.forms !== 1 || got.name !== undefined) wrong.push(`${text} → ${got.forms} form(s) ${String(got.name)}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it(`names the form after the product on all ${named.length} requests with one`, async () => {
    const wrong: string[] = [];
    for (const { text, product } of named) {
      const got = await opened(text);
      if (got.forms !== 1 || got.name !== product) wrong.push(`${text} → ${got.forms} form(s) ${String(got.name)}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
