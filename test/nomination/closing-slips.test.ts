import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';
import { withoutOpeningWords } from '../../src/nomination/discourse.js';
import { getDialog, latestSubmitted } from '../../src/store/nominations.js';
import { dialogEnv, type DialogEnv } from './dialog-fixture.js';

/**
 * A typing slip at the summary's 确认: a reply that reads as nothing ("确人") keeps the pending
 * confirmation and asks it again; a yes with a remark about the slip ("确认，刚才打错字了", "手滑了，
 * 确认") confirms, in any order and punctuation; the remark alone confirms nothing.
 */

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;
const YESES = ['确认', '确定', '对', '没问题', '可以', '是的', '确认无误'];
const SLIPS = ['刚才打错字了', '打错了', '手滑了', '刚刚输错了', '不好意思，打错字了', '上一条按错了', '抱歉，手滑', '刚才点错了'];
const JOINS = ['，', ',', ' ', '。', '！'];
const said = YESES.flatMap((yes, y) =>
  SLIPS.flatMap((slip, s) => [`${yes}${pick(JOINS, y + s)}${slip}`, `${slip}${pick(JOINS, y + s + 1)}${yes}`]),
);
const kind = (text: string): string | undefined => dialogIntent(withoutOpeningWords(text))?.kind;
/** Replies no reader makes anything of. */
const TYPOS = ['确人', '却认', '缺人', 'qr', '确 人', 'querne'];

describe('a yes beside a remark about a typing slip', () => {
  it(`confirms on all ${said.length} wordings`, () => {
    expect(said.filter((text) => !['confirm', 'submit'].includes(kind(text) ?? ''))).toEqual([]);
  });

  it('confirms nothing with the remark alone', () => {
    expect(SLIPS.filter((text) => ['confirm', 'submit'].includes(kind(text) ?? ''))).toEqual([]);
  });
});

describe('a reply that reads as nothing while 确认 is pending, through the dialog', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  let user = 0;
  it.each(TYPOS.map((typo, i) => [typo, pick(said, i * 7)] as const))('keeps the confirmation after %j and submits on %j', async (typo, yes) => {
    const id = `slip-${(user += 1)}`;
    await env.chat.as(id).says('/申报');
    await env.fillWithExamples(id);
    await env.chat.as(id).says('提交');
    const replies = await env.chat.as(id).says(typo);
    expect(getDialog(env.chat.db, 'console', id)?.pending?.kind).toBe('submit');
    expect(replies.join('\n')).toMatch(/确认.*提交/u);
    expect(latestSubmitted(env.chat.db, 'console', id)).toBeUndefined();
    await env.chat.as(id).says(yes);
    expect(latestSubmitted(env.chat.db, 'console', id)).toBeDefined();
  }, 30_000);

  it('keeps a pending cancel the same way, and 不 then keeps the form', async () => {
    const id = `slip-${(user += 1)}`;
    await env.chat.as(id).says('/申报');
    await env.chat.as(id).says('五常大米');
    await env.chat.as(id).says('取消');
    await env.chat.as(id).says('确人');
    expect(getDialog(env.chat.db, 'console', id)?.pending?.kind).toBe('cancel');
    await env.chat.as(id).says('不');
    expect(getDialog(env.chat.db, 'console', id)?.pending).toBeUndefined();
    expect(env.drafts(id)).toHaveLength(1);
  });
});
