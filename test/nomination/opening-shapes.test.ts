import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { opensWithAnswers } from '../../src/nomination/dialog/answers-opening.js';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { loadForm } from '../../src/nomination/form.js';
import { provinceOfPlaces } from '../../src/nomination/provinces.js';
import { runDialog } from './dialog-eval.js';

/**
 * Openings in three more shapes: the product named as what is nominated ("我们报的是…"), the
 * form's data after a greeting or a lead-in ("您好，先把基本情况发您：…"), and a province told with
 * places inside it ("江苏苏州的"), read by the dictionary's place tags.
 */

const form = loadForm('knowledge');
const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;
const PRODUCTS = ['永春芦柑', '崇明白山羊', '高邮鸭蛋', '紫阳富硒茶', '章丘大葱', '和田玉枣'];

describe('the product named as what is nominated', () => {
  const LEADS = ['我们报的是', '我们这边报的是', '那我们申报的产品是', '咱们要报的是', '好，那我们报的产品是', '嗯，今年推荐的是', '我这边准备申报的地标是', '好的，我们报的产品名称是'];
  const lines = LEADS.flatMap((lead) => PRODUCTS.map((name) => ({ line: `${lead}${name}`, name })));

  it(`starts with the product on all ${lines.length} lines`, () => {
    const misread = lines.filter(({ line, name }) => {
      const intent = globalIntent(line);
      return intent?.kind !== 'start' || intent.name !== name;
    });
    expect(misread.map((m) => m.line)).toEqual([]);
  });

  it('inside an open form is an answer, not a new form (a weak start)', () => {
    const intent = globalIntent('我们报的是永春芦柑');
    expect(intent?.kind === 'start' && intent.weak).toBe(true);
  });

  const others = ['我们报的是哪个？', '我们报的是永春芦柑，已经交了', '我们报的是去年那个', '你们报的是啥', '去年我们报的是高邮鸭蛋', '好', '好的，谢谢', '先空着地理标志名称', '跳过地理标志名称', '地标名称先略过'];
  it('leaves questions, things done, acknowledgements and skips alone', () => {
    expect(others.filter((line) => globalIntent(line)?.kind === 'start')).toEqual([]);
  });
});

describe('the form’s data after a greeting or a lead-in', () => {
  const GREETINGS = ['您好，', '你好！', '老师好，', '在吗，'];
  const LEAD_INS = ['', '先把基本情况发您：', '情况如下：', '基本信息：'];
  const lines = PRODUCTS.flatMap((name, n) => GREETINGS.map((greet, g) => ({ line: `${greet}${pick(LEAD_INS, n + g)}${name}，${pick(['福建', '上海的', '江苏', '陕西省'], n + g)}，${pick(['证明商标', '地理标志产品', '集体商标'], n + g)}`, name })));

  it(`opens the form on all ${lines.length} lines`, () => {
    expect(lines.filter(({ line, name }) => opensWithAnswers(form, line)?.name !== name).map((m) => m.line)).toEqual([]);
  });

  it('a lead-in that names a field is the data’s label, not a lead-in', () => {
    expect(opensWithAnswers(form, '您好，地标名称：章丘大葱，山东，地理标志产品')?.name).toBe('章丘大葱');
  });

  const others = ['您好，请问截止时间是哪天', '您好，在吗', '老师好，情况如下：我们还没准备好', '你好，我们是河南的，证明商标那个怎么填'];
  it('leaves greetings with questions or chatter to the Q&A', () => {
    expect(others.filter((line) => opensWithAnswers(form, line) !== undefined)).toEqual([]);
  });
});

describe('a province told with places inside it', () => {
  it('reads the province when the rest are places', () => {
    const told = ['江苏苏州的', '安徽宿州砀山县', '湖北潜江的', '陕西延安洛川县的', '吉林延边州', '内蒙古锡林郭勒盟的', '广西梧州市'];
    expect(told.map((t) => provinceOfPlaces(t))).toEqual(['江苏省', '安徽省', '湖北省', '陕西省', '吉林省', '内蒙古自治区', '广西壮族自治区']);
  });

  it('reads none when the rest names a product or anything else', () => {
    for (const t of ['宁夏枸杞的', '新疆葡萄干', '江苏', '福建安溪铁观音', '四川省政府出台的办法']) expect(provinceOfPlaces(t), t).toBeUndefined();
  });
});

describe('the dialog opened after a greeting, with the province among places', () => {
  const work = mkdtempSync(join(tmpdir(), 'gi-bot-opening-shapes-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('stores the product, the province and the type', { timeout: 60_000 }, async () => {
    const score = await runDialog(
      {
        id: 'opening_shapes',
        user: 'opening02',
        name: '测试',
        parts: [['您好，高邮鸭蛋，江苏扬州的，证明商标', '1234567'], ['好，那我们报的产品是章丘大葱', '山东']],
        expect: { gi_name: '高邮鸭蛋', province: '江苏省', protection_type: '作为证明商标注册的地理标志', registration_no: '1234567' },
      },
      work,
    );
    expect(score.wrong, score.transcript.join('\n')).toEqual([]);
  });
});
