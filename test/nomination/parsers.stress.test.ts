import { describe, expect, it } from 'vitest';
import { parseField } from '../../src/nomination/parsers/index.js';
import { shippedForm } from './form-fixtures.js';
import { negatives, positives } from './parsers.phrases.js';

/**
 * Generated stress test of the numeric parsers (see parsers.phrases.ts): every phrase with a
 * known value reads as exactly that value, unit and approximation; every phrase whose number is
 * not the field's value (a year, an ordinal, a phone number, another unit, another field's name,
 * a plan, a range, two figures) is refused.
 */

const form = shippedForm();
const field = (id: string) => {
  const f = form.field(id);
  if (!f) throw new Error(`no field ${id}`);
  return f;
};

describe('numeric parsers on generated phrases', () => {
  const good = positives();
  const bad = negatives();

  it('generates thousands of phrases over every numeric field', () => {
    expect(good.length).toBeGreaterThan(5000);
    expect(bad.length).toBeGreaterThan(1000);
    expect(new Set(good.map((p) => p.field)).size).toBeGreaterThanOrEqual(7);
  });

  it('reads every phrase as its value', () => {
    const wrong = good.flatMap((p) => {
      const result = parseField(field(p.field), p.input);
      const got = result.ok ? [result.value.value, result.value.unit, result.value.approximate ?? false] : ['refused'];
      return JSON.stringify(got) === JSON.stringify([p.value, p.unit, p.approximate]) ? [] : [`${p.field} ${p.input} → ${got.join(' ')}`];
    });
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('refuses every number that is not the field’s value', () => {
    const taken = bad.flatMap((n) => {
      const result = parseField(field(n.field), n.input);
      return result.ok ? [`${n.field} ${n.input} (${n.why}) → ${result.value.display}`] : [];
    });
    expect(taken.slice(0, 20)).toEqual([]);
  });
});
