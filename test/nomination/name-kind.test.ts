import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCorrection } from '../../src/nomination/extract.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { readMessage } from '../../src/nomination/reading.js';
import { runDialog } from './dialog-eval.js';
import { field, form } from './dialog-fixture.js';

/**
 * A short name field holds a name of its kind (name-kind.ts): the applicant an organisation's,
 * the contact a person's, the GI's name a product's. Talk — a remark about a correction, an answer
 * to another question, a note about another field, a question — is refused there and never
 * stored; the words people put in front of a name are taken off by their class. Generated over
 * names, lead-ins and kinds of talk.
 */

const UNITS = ['烟台市苹果协会', '宣威市火腿行业协会', '琼中黎族苗族自治县农业农村局', '安溪县茶业发展中心', '五常市人民政府', '江门市新会区新会柑（陈皮）行业协会'];
const PERSONS = ['刘建华', '梁嘉欣', '欧阳晓燕', '其其格', '王秀兰', '买买提·艾力'];
const PRODUCTS = ['新会陈皮', '烟台苹果', '湄潭翠芽', '五常大米', '库尔勒香梨', '阿拉尔红枣'];

/** Talk of every kind, with a place for a character or a name of the domain. */
const TALK = [
  (x: string) => `少了个${x[0]}字`,
  (x: string) => `多写了个${x.slice(-1)}字`,
  (x: string) => `漏了个${x[0]}字`,
  (x: string) => `${x}那个写错了`,
  (x: string) => `那就${x}本身`,
  (x: string) => `就算${x}本身吧`,
  (x: string) => `产值那几个数我问下${x}`,
  (x: string) => `出口的数回头问问${x}`,
  (x: string) => `这个要写全称吗`,
  (x: string) => `${x}算不算？`,
  (x: string) => `俺们得问下${x}`,
  () => '我哋',
  () => '所在省：类型：注册号：地域范围：申请人：类别',
  () => '省份：保护类型：注册号',
  () => '从表格里复制的一行',
  () => '地理标志运用促进重点联系指导名录申报书',
  (x: string) => `${x}的是证明商标注册号是8012345`,
  () => '俺们这边',
];

const KINDS: Array<[id: string, names: string[]]> = [
  ['applicant', UNITS],
  ['contact_name', PERSONS],
  ['gi_name', PRODUCTS],
];

describe('a short name field refuses talk', () => {
  it('parses no remark, answer elsewhere, note or question as a name, for every kind', () => {
    const stored: string[] = [];
    for (const [id, names] of KINDS) {
      for (const talk of TALK) {
        for (const word of ['农牧局', '火腿', '市']) {
          const text = talk(word);
          const parsed = parseField(field(id), text);
          if (parsed.ok) stored.push(`${id} ${text} → ${String(parsed.value.value)}`);
        }
      }
      // every name of the kind still reads as typed
      for (const name of names) {
        const parsed = parseField(field(id), name);
        if (!parsed.ok || parsed.value.value !== name) stored.push(`${id} ${name} refused`);
      }
    }
    expect(stored).toEqual([]);
  });

  it('stores nothing in the name asked, and says why in Chinese', () => {
    const wrong: string[] = [];
    for (const [id] of KINDS) {
      for (const talk of TALK.slice(0, 8)) {
        const text = talk('农牧局');
        const reading = readMessage(form, {}, field(id), text);
        if (id in reading.values) wrong.push(`${id} ${text} → ${String(reading.values[id]?.value)}`);
        else if (reading.failure && !/\p{Script=Han}/u.test(reading.failure.reason)) wrong.push(`${id} ${text}: ${reading.failure.reason}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('routes no unit-shaped note to the applicant while another question is asked', () => {
    for (const text of ['稍等，产值那几个数我问下农牧局', '出口的数我回头问问商务局', '从业人数我得查一下统计局']) {
      const reading = readMessage(form, {}, field('registration_no'), text);
      expect(reading.values.applicant).toBeUndefined();
    }
  });
});

describe('the words before a name are taken off by their class', () => {
  const WRITE = ['写', '填', '就写', '就填', '填写', '写成', '是', '就是', '系', '就系', '那就写'];
  const WHOSE = ['俺们科里的', '我们单位的', '我哋单位嘅', '咱们这边的', '我同事', '俺们科长', '写我同事', '填我们处的'];

  it('leaves the name alone for every kind', () => {
    const wrong: string[] = [];
    const check = (id: string, text: string, name: string): void => {
      const parsed = parseField(field(id), text);
      if (!parsed.ok || parsed.value.value !== name) wrong.push(`${id} ${text} → ${parsed.ok ? String(parsed.value.value) : parsed.reason}`);
      const read = readMessage(form, {}, field(id), text).values[id]?.value;
      if (read !== name) wrong.push(`${id} (asked) ${text} → ${String(read)}`);
    };
    for (const [id, names] of KINDS) for (const lead of WRITE) for (const name of names.slice(0, 4)) check(id, `${lead}${name}`, name);
    for (const lead of WHOSE) for (const name of PERSONS.slice(0, 4)) check('contact_name', `${lead}${name}`, name);
    expect(wrong).toEqual([]);
  });

  it('keeps names that open with such a word', () => {
    for (const [id, text] of [
      ['gi_name', '叫花鸡'],
      ['applicant', '为民合作社'],
      ['gi_name', '阿拉尔红枣'],
      ['applicant', '阿拉尔市红枣协会'],
    ] as const) {
      const parsed = parseField(field(id), text);
      expect(parsed.ok && parsed.value.value).toBe(text);
    }
  });
});

describe('a correction naming a name field takes the value of its kind', () => {
  const FIELD_WORDS: Array<[id: string, words: string, names: string[], char: (name: string) => string]> = [
    ['applicant', '申请人', UNITS.slice(0, 4), (name) => name[2] ?? ''],
    ['contact_name', '联系人', PERSONS.slice(0, 4), (name) => name[1] ?? ''],
    ['gi_name', '地理标志名称', PRODUCTS.slice(0, 4), (name) => name[0] ?? ''],
  ];
  const SHAPES = [
    (f: string, c: string, v: string) => `哎 ${f}那个写得不对，少了个${c}字，是${v}`,
    (f: string, c: string, v: string) => `${f}写错了，漏了个${c}字，应该是${v}`,
    (f: string, c: string, v: string) => `不好意思，${f}填错了，多打了个${c}字，改成${v}`,
    (f: string, c: string, v: string) => `${f}不对，少写了个${c}字，${v}`,
  ];

  it('is the new name, not the remark about the mistake', () => {
    const wrong: string[] = [];
    for (const [id, words, names, char] of FIELD_WORDS) {
      for (const shape of SHAPES) {
        for (const name of names) {
          const text = shape(words, char(name), name);
          const found = findCorrection(form, text);
          const value = found?.value === undefined ? undefined : parseField(field(id), found.value);
          if (found?.field !== id || !value?.ok || value.value.value !== name) wrong.push(`${text} → ${JSON.stringify(found)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('in a conversation', () => {
  const work = mkdtempSync(join(tmpdir(), 'gi-bot-name-kind-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const TO_APPLICANT = ['我要申报', '隰县玉露香梨', '山西', '证明商标', '15273846', '山西省临汾市隰县现辖行政区域'];
  const CASES: Array<[asked: string, before: string[], talk: string, answer: string, id: string, value: string]> = [
    ['【1/21】', ['我要申报'], '我哋', '就系新会陈皮', 'gi_name', '新会陈皮'],
    ['【6/21】', TO_APPLICANT, '那就火腿本身', '写隰县果业发展中心', 'applicant', '隰县果业发展中心'],
    ['【6/21】', TO_APPLICANT, '少了个市字', '就填隰县果业发展中心吧', 'applicant', '隰县果业发展中心'],
  ];

  it.each(CASES)('talk to %s is refused in Chinese and the question asked again; the name after it is stored', { timeout: 60_000 }, async (asked, before, talk, answer, id, value) => {
    const score = await runDialog({ id: `${id}-${talk}`, user: `nk-${talk}`, name: '测试', parts: [[...before, talk, answer]], expect: { [id]: value } }, work);
    expect(score.wrong).toEqual([]);
    const at = score.transcript.findIndex((line) => line.includes(`>>> ${talk}`));
    const replies = score.transcript.slice(at + 1, score.transcript.findIndex((line, i) => i > at && line.startsWith('>>>'))).join('\n');
    expect(replies).toMatch(/看起来不是/u);
    expect(replies).toContain(asked);
    expect(replies).not.toMatch(/已记录/u);
  });
});

describe("a choice field's option is never a short text", () => {
  const OPTIONS = ['证明商标', '集体商标', '地理标志产品', '地标产品', '作为证明商标注册的地理标志'];
  const TEXTS = ['product_category', 'gi_name', 'applicant'];

  it('is refused when typed for the text asked or under its label', () => {
    const wrong: string[] = [];
    for (const id of TEXTS) {
      for (const option of OPTIONS) {
        for (const text of [option, `${field(id).label}：${option}`]) {
          const values = readMessage(form, {}, field(id), text).values;
          if (id in values) wrong.push(`${id} ${text} → ${String(values[id]?.value)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still reads a category, a name or an applicant with such a word inside', () => {
    expect(parseField(field('applicant'), '证明商标管理协会').ok).toBe(true);
    expect(readMessage(form, {}, field('product_category'), '中药材').values.product_category?.value).toBe('中药材');
  });
});

describe('the product named by what the officer calls it', () => {
  const LEADS = ['品种是', '县里主打的是', '我们主推的是', '我们这个品种叫', '品名：', '主打产品是'];
  const NAMES = ['恩施玉露', '西峡香菇', '长白山人参'];
  it.each(LEADS.flatMap((lead, i) => [[lead, NAMES[i % NAMES.length] as string] as const]))('%s%s is the name', (lead, name) => {
    const reading = readMessage(form, {}, form.field('gi_name'), `${lead}${name}`);
    expect(reading.values.gi_name?.value).toBe(name);
  });
});
