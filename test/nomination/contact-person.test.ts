import { afterEach, describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { introducedName, introductionValues } from '../../src/nomination/introduction.js';
import { withoutSelfIntro, withWriterName } from '../../src/nomination/person-name.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';
import { readMessage } from '../../src/nomination/reading.js';

/**
 * The contact's name wherever officers give it: in a self-introduction before the request (the
 * unit there is never an answer: no province, no applicant), after a relation word ("我同事…"),
 * or as the writer pointing at themselves ("联系人就是我") — the writer's name then.
 */

const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

const NAMES = ['韩雪梅', '郑国栋', '欧阳晓燕', '罗志刚', '邓丽娟', '谢晓东', '贺明', '麻建华'];
const UNITS = ['云南省知识产权局', '赣州市市场监督管理局地理标志科', '眉山市知识产权服务中心', '黔南州市场监管局', '宁德市茶业协会', '四川省农业农村厅', '临沂市知识产权保护中心'];
const REQUESTS = ['申报名录', '想报个地标进名录', '帮我开个申报', '要填名录申报书'];

/** "我是<unit>的<name>，…", "<unit> <name>，…", "您好，我是<unit>的<name>，电话…，…". */
const intros = UNITS.flatMap((unit, u) =>
  NAMES.map((name, n) => {
    const phone = `139${String(10000000 + u * 1000 + n).padStart(8, '0')}`;
    const shapes = [`我是${unit}的${name}，`, `${unit} ${name}，`, `您好，我是${unit}的${name}，电话${phone}，`, `${unit}的${name}，`];
    return { text: `${pick(shapes, u + n)}${pick(REQUESTS, u * 2 + n)}`, name, phone: pick(shapes, u + n).includes('电话') ? phone : undefined };
  }),
);

describe('a self-introduction before the request', () => {
  it(`starts on all ${intros.length} introductions, keeping them apart for the contact`, () => {
    const wrong = intros.filter(({ text }) => {
      const intent = globalIntent(text);
      return intent?.kind !== 'start' || !intent.intro || intent.rest !== undefined;
    });
    expect(wrong.map(({ text }) => text)).toEqual([]);
  });

  it('gives the contact name, phone and e-mail, and nothing else (no province from the unit)', () => {
    const wrong = intros.filter(({ text, name, phone }) => {
      const intent = globalIntent(text);
      const values = introductionValues(form, {}, intent?.kind === 'start' ? (intent.intro ?? '') : '');
      const expected = { contact_name: name, ...(phone ? { contact_phone: phone } : {}) };
      const got = Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));
      return JSON.stringify(got, Object.keys(got).sort()) !== JSON.stringify(expected, Object.keys(expected).sort());
    });
    expect(wrong.map(({ text }) => text)).toEqual([]);
  });

  it('takes no name that is not shaped like one', () => {
    for (const text of ['我是县市场监管局的小王', '这边是文山州市场监管局', '我是巴州市场监管局的', '四川省知识产权服务促进中心', '本人负责地标这块']) {
      expect(introducedName(text)).toBeUndefined();
    }
  });
});

const RELATIONS = ['我同事', '我们科长', '同事', '我们单位的同事', '我们主任', '对接人是', '我们局的同事', '科里的'];
const PERSON = field('contact_name');

describe('a relation word before the name', () => {
  it(`leaves the name alone in ${RELATIONS.length * NAMES.length} generated answers`, () => {
    const wrong = RELATIONS.flatMap((relation) => NAMES.map((name) => [`${relation}${name}`, name] as const)).filter(([text, name]) => withoutSelfIntro(PERSON, text) !== name);
    expect(wrong).toEqual([]);
  });

  it('leaves the name alone after a bidding to write or fill it in, with a closing particle', () => {
    const BIDDINGS = ['写', '填', '就写', '可以填', '写成', '填上'];
    const ENDINGS = ['', '吧', '啊', '。'];
    const wrong = BIDDINGS.flatMap((bid, i) => NAMES.map((name, k) => [`${bid}${RELATIONS[(i + k) % RELATIONS.length]}${name}${ENDINGS[(i + k) % ENDINGS.length]}`, name] as const))
      .filter(([text, name]) => withoutSelfIntro(PERSON, text) !== name);
    expect(wrong).toEqual([]);
  });

  it('keeps words that leave no name as they are', () => {
    for (const text of ['同事', '我同事还没定', '我们主任办公室']) expect(withoutSelfIntro(PERSON, text)).toBe(text);
  });
});

describe('the writer pointing at themselves', () => {
  const SELF = ['我本人', '就是我', '联系人就是我', '联系人填我吧', '我自己', '本人', '写我就行', '联系人是我'];
  it('becomes the writer name when the name is asked or the clause names it', () => {
    for (const text of SELF) {
      const replaced = withWriterName(PERSON, true, text, '韩雪梅');
      expect(replaced).toBe(`${PERSON.label}：韩雪梅`);
    }
    expect(withWriterName(PERSON, false, '联系人就是我，手机13900001111', '韩雪梅')).toBe(`${PERSON.label}：韩雪梅，手机13900001111`);
  });

  it('changes nothing when the writer name is no person name, or the clause is about something else', () => {
    expect(withWriterName(PERSON, true, '我本人', '小蜜蜂🐝')).toBe('我本人');
    expect(withWriterName(PERSON, true, '我本人', undefined)).toBe('我本人');
    expect(withWriterName(PERSON, false, '我本人', '韩雪梅')).toBe('我本人');
    expect(withWriterName(PERSON, true, '我来负责', '韩雪梅')).toBe('我来负责');
  });
});

describe('the contact in the dialog', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  it('is the introduced name; the unit fills no province', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('云南省知识产权局 邓丽娟，申报名录').expectReply(/开始填写/);
    const fields = env.draft()?.fields ?? {};
    expect(fields.contact_name?.value).toBe('邓丽娟');
    expect(fields.province).toBeUndefined();
    expect(env.current()?.id).toBe('gi_name');
  });

  it('is the writer name for "我本人" when asked, with the phone beside it', async () => {
    env = await dialogEnv();
    const speaker = env.chat.as('u2', { name: '罗志刚' });
    await speaker.says('/申报');
    for (let guard = 0; guard < 30 && env.current('u2')?.id !== 'contact_name'; guard += 1) {
      await speaker.says(env.current('u2')?.example ?? '');
    }
    await speaker.says('我本人，0851-5221234').expectReply(/已记录/);
    const fields = env.draft('u2')?.fields ?? {};
    expect(fields.contact_name?.value).toBe('罗志刚');
    expect(fields.contact_phone?.value).toBe('0851-5221234');
  });

  it('never takes thanks beside an e-mail address for the name', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    for (const thanks of ['谢谢啦', '辛苦了', '好的谢谢']) {
      await env.chat.as('u1').says(`abc_${thanks.length}@163.com ${thanks}`);
      expect(env.draft()?.fields.contact_name).toBeUndefined();
    }
    await env.chat.as('u1').says('abc@163.com 谢晓东');
    expect(env.draft()?.fields.contact_name?.value).toBe('谢晓东');
  });
});

describe('a labelled contact line holding the name and the numbers', () => {
  const LABELS = ['联系人：', '联系人:', '联系人 ：'];
  const BESIDE = [(p: string) => `手机${p}`, (p: string) => `电话 ${p}`, (p: string) => `手机：${p}`];
  const cases = NAMES.concat(['其其格', '阿依古丽']).map((name, i) => [`${pick(LABELS, i)}${name} ${pick(BESIDE, i)(`1514745${String(6780 + i)}`)}`, name, `1514745${String(6780 + i)}`] as const);
  it.each(cases)('%s: the name and the phone, each to its field', (text, name, phone) => {
    const reading = readMessage(form, {}, field('contact_name'), text);
    expect(reading.values.contact_name?.value).toBe(name);
    expect(reading.values.contact_phone?.value).toBe(phone);
  });
});

describe('a colleague named by rank, then by name', () => {
  it.each([
    ['联系人写李主任吧，李桂芬', '李桂芬'],
    ['联系人写我们叶科长，叶建明', '叶建明'],
    ['写王局，王建国', '王建国'],
    ['张处长 就是张丽', '张丽'],
  ])('"%s" gives the name, not the rank', (text, name) => {
    const read = readMessage(form, {}, field('contact_name'), text);
    expect(read.values.contact_name?.value).toBe(name);
    expect(read.unread).toEqual([]);
  });

  it('keeps a rank followed by someone else, or alone, as typed', () => {
    expect(readMessage(form, {}, field('contact_name'), '李主任').values.contact_name?.value).toBe('李主任');
    expect(readMessage(form, {}, field('contact_name'), '李主任，王芳').values.contact_name?.value).not.toBe('李芳');
  });
});
