import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/nomination/labels.js';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';

/**
 * A colon label that names no field ("省:广东", "性质：集体商标") before a value only one open field can
 * hold — a province, a choice — gives the value to that field, in a pasted block or alone, with
 * full- or half-width colons and any separator; a value of any other kind under such a label stays
 * unread, and a filled field is not overwritten.
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;
const plain = (values: Record<string, FieldValue>): Record<string, unknown> => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));

const PROVINCE_LABELS = ['省', '属地', '归属', '地方'];
const CHOICE_LABELS = ['性质', '资质', '属性', '种类'];
const PROVINCES: Array<[string, string]> = [['广东', '广东省'], ['新疆', '新疆维吾尔自治区'], ['浙江省', '浙江省'], ['内蒙古', '内蒙古自治区'], ['兵团', '新疆生产建设兵团']];
const CHOICES: Array<[string, string]> = [['地理标志产品', '地理标志产品'], ['集体商标', '作为集体商标注册的地理标志'], ['证明商标', '作为证明商标注册的地理标志']];
const COLONS = [':', '：', ': ', '： '];
const SEPARATORS = ['; ', '；', '\n', '，'];
const ASKED = ['gi_name', 'registration_no', 'annual_output_value'];

describe('a label that names no field, before an unmistakable value', () => {
  it('uses labels that name no field', () => {
    expect([...PROVINCE_LABELS, ...CHOICE_LABELS].filter((label) => matchLabel(form, label).length > 0)).toEqual([]);
  });

  const cases = PROVINCES.flatMap((province, p) =>
    CHOICES.map((choice, c) => ({ province, choice, i: p * 3 + c })),
  );
  it.each(cases)('reads $province.0 and $choice.0 in a block ($i)', ({ province: [said, province], choice: [type, choice], i }) => {
    const colon = pick(COLONS, i);
    const text = [`名称${colon}英德红茶`, `${pick(PROVINCE_LABELS, i)}${colon}${said}`, `${pick(CHOICE_LABELS, i + 1)}${colon}${type}`, `注册号${colon}1234567`].join(pick(SEPARATORS, i));
    const reading = readMessage(form, {}, field(pick(ASKED, i)), text);
    expect(plain(reading.values)).toEqual({ gi_name: '英德红茶', province, protection_type: choice, registration_no: '1234567' });
    expect(reading.unread).toEqual([]);
  });

  it.each(PROVINCE_LABELS.map((label, i) => [`${label}${pick(COLONS, i)}${pick(PROVINCES, i)[0]}`, pick(PROVINCES, i)[1]]))('reads %j alone', (text, province) => {
    expect(plain(readMessage(form, {}, field('registration_no'), text).values)).toEqual({ province });
  });

  it('leaves other values under such a label unread, and a filled field as it is', () => {
    const block = readMessage(form, {}, field('gi_name'), '名称：英德红茶；获证时间：2001年；性质：很好');
    expect(plain(block.values)).toEqual({ gi_name: '英德红茶' });
    expect(block.unread).toEqual(['获证时间：2001年', '性质：很好']);
    const filled = { province: { raw: '广东', value: '广东省', display: '广东省' } };
    expect(plain(readMessage(form, filled, field('gi_name'), '名称：英德红茶；省：广西').values)).toEqual({ gi_name: '英德红茶' });
  });
});
