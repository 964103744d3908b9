import { afterEach, describe, expect, it } from 'vitest';
import { globalIntent, heardRequest } from '../../src/nomination/dialog/intents.js';
import { looksLikePersonName } from '../../src/nomination/person-name.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { soundAlikeReader } from '../../src/text/sound-alike.js';
import { dialogEnv, field, type DialogEnv } from './dialog-fixture.js';

/**
 * The v46 round (officers typing on phones): homophone typos of a choice and of the request
 * (正明商标, 审报), a correction with its reason run on after a space, a field's name with a copula
 * sent before its value (范围是), a mailbox named by the mobile number, digits of a number put right.
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;

describe('homophone typos of a choice', () => {
  const typos: Array<[string, string]> = [
    ['正明商标', '作为证明商标注册的地理标志'],
    ['证明上标', '作为证明商标注册的地理标志'],
    ['集体上标', '作为集体商标注册的地理标志'],
    ['急体商标', '作为集体商标注册的地理标志'],
    ['地里标志产品', '地理标志产品'],
    ['嗯 正明商标吧', '作为证明商标注册的地理标志'],
  ];
  it.each(typos)('reads %s as the choice it sounds like', (typed, value) => {
    const parsed = parseField(field('protection_type'), typed);
    expect(parsed.ok && parsed.value.value).toBe(value);
  });
  it('still asks which one when only the shared word is said', () => {
    expect(parseField(field('protection_type'), '商标').ok).toBe(false);
  });
  it('takes no word of its own for a typo', () => {
    const hear = soundAlikeReader(['申报', '证明商标']);
    expect(hear('上标和商报')).toBe('上标和商报');
    expect(hear('正明商标')).toBe('证明商标');
    expect(hear('审报🙂地标')).toBe('申报🙂地标');
  });
});

describe('a request typed by its sound', () => {
  const OPENINGS = ['', '你好 ', '您好，', '嗯 '];
  const REQUESTS = ['审报地理标志', '要审报个地标', '我想审报名录', '帮我添报一下申报书', '继续审报'];
  const requests = REQUESTS.flatMap((request, r) => OPENINGS.map((opening, o) => pick(OPENINGS, r + o) + request + (o % 2 ? '' : '吧')));
  it(`is read as the request in ${requests.length} generated messages`, () => {
    const unread = requests.filter((text) => !['start', 'resume'].includes(heardRequest(text)?.kind ?? ''));
    expect(unread).toEqual([]);
  });
  it('is read as typed when nothing sounds alike', () => {
    expect(heardRequest('我要申报')).toBeUndefined();
    expect(globalIntent('审报地理标志')).toBeUndefined();
  });
});

describe('names', () => {
  it('end in no copula or particle', () => {
    expect(looksLikePersonName('范围是')).toBe(false);
    expect(looksLikePersonName('范文')).toBe(true);
    expect(looksLikePersonName('钟丽华')).toBe(true);
  });
});

describe('in a dialog', () => {
  let env: DialogEnv | undefined;
  afterEach(() => env?.close());

  const outputGiven = async (): Promise<DialogEnv> => {
    const opened = (env = await dialogEnv());
    await opened.chat.as('u1').says('/申报');
    await env!.answerUntil('annual_output_value');
    await opened.chat.as('u1').says('三点六个亿');
    expect(opened.current()?.id).toBe('export_value');
    return opened;
  };

  const putRight = ['不对 是三点九个亿 刚看错行了', '不对，是三点九个亿 刚看错行了', '不对 是三点九个亿 统计局给的新数', '不对不对 三点九个亿 我看串行了'];
  it.each(putRight)('corrects the answer just given with a remark run on: %s', async (text) => {
    const dialog = await outputGiven();
    await dialog.chat.as('u1').says(text).expectReply(/已把 年产值 改为/);
    expect(dialog.draft()?.fields.annual_output_value?.value).toBe(390000000);
    expect(dialog.draft()?.fields.export_value).toBeUndefined();
  });

  it('still stores a figure with no correction word as the answer asked', async () => {
    const dialog = await outputGiven();
    await dialog.chat.as('u1').says('三千万 去年的数');
    expect(dialog.draft()?.fields.annual_output_value?.value).toBe(360000000);
    expect(dialog.draft()?.fields.export_value?.value).toBe(30000000);
  });

  it.each(['嗯 范围是', '范围是', '保护范围是'])('takes "%s" for the region\'s value to come, no name', async (text) => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env!.answerUntil('region');
    await env.chat.as('u1').says(text).expectReply(/请在下一条消息里发送这一项的内容/);
    await env.chat.as('u1').says('福建省龙岩市长汀县现辖行政区域');
    expect(env.draft()?.fields.region?.value).toBe('福建省龙岩市长汀县现辖行政区域');
    expect(env.draft()?.fields.contact_name).toBeUndefined();
  });

  it('writes a mailbox named by the mobile number as that number', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env!.answerUntil('contact_phone');
    await env.chat.as('u1').says('13902856734');
    await env.chat.as('u1').says('邮箱就是手机号@163.com');
    expect(env.draft()?.fields.contact_email?.value).toBe('13902856734@163.com');
  });

  it('names no mailbox by a landline', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env!.answerUntil('contact_phone');
    await env.chat.as('u1').says('0751-6283344');
    await env.chat.as('u1').says('邮箱就是电话@163.com');
    expect(env.draft()?.fields.contact_email).toBeUndefined();
  });

  it('puts right the digits of a number said again and keeps the others', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env!.answerUntil('registration_no');
    await env.chat.as('u1').says('10432768');
    await env!.answerUntil('employees');
    await env.chat.as('u1').says('注册号后两位是86 我刚才打反了').expectReply(/已把 批准公告号或商标注册号 改为：10432786/);
    expect(env.draft()?.fields.registration_no?.value).toBe('10432786');
    await env.chat.as('u1').says('注册号后三位是86');
    expect(env.draft()?.fields.registration_no?.value).toBe('10432786');
  });
});
