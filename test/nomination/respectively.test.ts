import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import { withRespectivelyPaired } from '../../src/nomination/respectively.js';
import { field, form } from './dialog-fixture.js';

/** "A和B分别是X和Y": each field named gets the value in the same place after 分别. */

const CASES: Array<[string, Record<string, number>]> = [
  ['物流和旅游分别是2.3亿和9.1亿', { related_output_logistics: 230_000_000, related_output_tourism: 910_000_000 }],
  ['加工、物流、旅游分别为4.2亿、2.3亿、9.1亿', { related_output_processing: 420_000_000, related_output_logistics: 230_000_000, related_output_tourism: 910_000_000 }],
  ['从业人员和人均收入分别是8.6万人、2.6万元', { employees: 86_000, income_per_employee: 26_000 }],
  ['出口与加工产值分别约为六千万元和两亿元', { export_value: 60_000_000, related_output_processing: 200_000_000 }],
];

describe('values given 分别, in the order of the fields named', () => {
  for (const [text, want] of CASES) {
    it(text, () => {
      const read = readMessage(form, {}, field('annual_output_value'), `年产值36.8亿，${text}`);
      const got = Object.fromEntries(Object.keys(want).map((id) => [id, read.values[id]?.value]));
      expect(got).toEqual(want);
      expect(read.values.annual_output_value?.value).toBe(3_680_000_000);
    });
  }

  it('keeps text whose names are no fields, or whose counts differ, as written', () => {
    for (const text of ['我和他分别去了北京和上海', '物流和旅游分别是2.3亿', '物流和旅游分别统计']) {
      expect(withRespectivelyPaired(form, text)).toBe(text);
    }
  });
});
