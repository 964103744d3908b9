import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseField } from '../../src/nomination/parsers/index.js';
import { shippedForm } from './form-fixtures.js';

const form = shippedForm();
const byId = (id: string) => {
  const f = form.field(id);
  if (!f) throw new Error(`no field ${id}`);
  return f;
};
const NUMERIC = ['annual_output_value', 'export_value', 'income_per_employee', 'employees', 'authorized_users', 'sales_premium'];
const STRUCTURED = [...NUMERIC, 'contact_phone', 'contact_email', 'province', 'protection_type', 'registration_no'];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
  fc.stringMatching(/^[0-9零一二三四五六七八九十百千万亿点.,%约余多元人个美-]{0,20}$/),
);
const letters = fc.stringMatching(/^[A-Za-z]{1,12}$/);
const junk = fc.array(fc.constantFrom('!', '?', '。', '，', '…', '—', '😀', '🍵', '❤️', '👍🏻', ' ', '\u3000', '#', '*', '~', '【', '】'), {
  minLength: 1,
  maxLength: 20,
}).map((chars) => chars.join(''));

describe('parseField on random input', () => {
  it('never throws and always answers with a value or a Chinese reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...form.fields.map((f) => f.id)), anyText, (id, input) => {
        const result = parseField(byId(id), input);
        if (result.ok) expect(typeof result.value.display).toBe('string');
        else expect(result.reason).toMatch(/\p{Script=Han}/u);
      }),
      { numRuns: 3000 },
    );
  });

  it('never accepts random letters for numbers, phones, provinces, choices or registration numbers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STRUCTURED), letters, (id, input) => {
        expect(parseField(byId(id), input).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts only punctuation, spaces or emoji for any field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...form.fields.map((f) => f.id)), junk, (id, input) => {
        expect(parseField(byId(id), input).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts control characters in text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\u4e00-\u9fa5]{2,8}$/), fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f'), (name, control) => {
        expect(parseField(byId('gi_name'), `${name}${control}`).ok).toBe(false);
      }),
    );
  });
});

describe('round trip: a displayed value parses back to the same value', () => {
  it('money in 元 and 美元, with fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000_000 }),
        fc.constantFrom('annual_output_value', 'export_value'),
        fc.boolean(),
        (fen, id, approximate) => {
          const amount = fen / 100;
          const first = parseField(byId(id), `${approximate ? '约' : ''}${amount}元`);
          if (!first.ok) return expect(amount).toBeGreaterThan(byId(id).max ?? Infinity);
          const again = parseField(byId(id), first.value.display);
          expect(again.ok && again.value.value).toBe(amount);
          expect(again.ok && (again.value.approximate ?? false)).toBe(approximate);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (n) => {
        const first = parseField(byId('employees'), `${n}人`);
        expect(first.ok).toBe(true);
        const again = first.ok ? parseField(byId('employees'), first.value.display) : first;
        expect(again.ok && again.value.value).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('percentages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 1_000_000 }), (hundredths) => {
        const value = hundredths / 100;
        const first = parseField(byId('sales_premium'), `${value}%`);
        expect(first.ok && first.value.value).toBe(value);
        const again = first.ok ? parseField(byId('sales_premium'), first.value.display) : first;
        expect(again.ok && again.value.value).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lead-ins: words in front of a figure', () => {
  /** Characters that are no part of any word a lead-in may hold (names, neutral words, nouns). */
  const foreign = fc
    .array(fc.constantFrom(...'鸭猫船桥雪灯鞋窗钟琴帽伞鹅梅竹菊兰松柏'), { minLength: 1, maxLength: 6 })
    .map((chars) => chars.join(''));
  const answer = fc.constantFrom(
    ['annual_output_value', '3.5亿元'],
    ['related_output_processing', '两亿出头'],
    ['export_value', '200万美元左右'],
    ['employees', '12万人左右'],
    ['authorized_users', '58家'],
    ['sales_premium', '三成五'],
  );

  it('reads no figure behind words it does not know, wherever they stand in the lead-in', () => {
    fc.assert(
      fc.property(answer, foreign, fc.constantFrom('', '去年', '总共', '这块', '大概'), fc.boolean(), ([id, figure], words, neutral, first) => {
        const input = first ? `${words}${neutral}${figure}` : `${neutral}${words}${figure}`;
        expect(parseField(byId(id), input).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the same figure behind neutral words as without them', () => {
    fc.assert(
      fc.property(answer, fc.array(fc.constantFrom('去年', '总共', '全县', '这块', '的话', '目前', '一共', '大概有', '，'), { maxLength: 4 }), ([id, figure], words) => {
        const bare = parseField(byId(id), figure);
        const led = parseField(byId(id), `${words.join('')}${figure}`);
        expect(bare.ok && led.ok && led.value.value).toBe(bare.ok && bare.value.value);
      }),
      { numRuns: 1000 },
    );
  });
});
