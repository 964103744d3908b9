import { describe, expect, it } from 'vitest';
import { loadForm } from '../../src/nomination/form.js';
import { readMessage } from '../../src/nomination/reading.js';
import { withSpokenBreaks } from '../../src/nomination/run-on.js';
import { withoutTakenBack } from '../../src/nomination/self-repair.js';
import { fill } from './form-fixtures.js';

/**
 * Voice input read as a whole: a run of answers in which one field is said to have no figure
 * ("旅游不太好算就不填了"), a filler word and a name from the synonym table inside a run, a long
 * statement of measures said without a stop while a figure is asked, and a figure taken back in
 * the same breath ("六十万人不对不对刚才说错了是六万人"). Each is generated from pieces in several
 * wordings (Arabic and Chinese numerals, links, fillers) and must come out the same way.
 */

const form = loadForm('knowledge');
/** Speech-to-text may close a run with a full stop; it is one run all the same. */
const ENDS = ['', '。', '', '！'];
const field = (id: string) => form.fields.find((f) => f.id === id)!;
const read = (asked: string, text: string, filled: Record<string, string> = {}) => {
  const reading = readMessage(form, fill(form, filled), field(asked), text);
  return { values: Object.fromEntries(Object.entries(reading.values).map(([id, v]) => [id, v.value])), skipped: reading.skipped, unread: reading.unread };
};

describe('a field said to have no figure inside a spoken run', () => {
  const BEFORE = [
    { text: '产值这块去年统计是一百一十个亿左右', id: 'annual_output_value', value: 11_000_000_000 },
    { text: '加工那块的话大概二十个亿', id: 'related_output_processing', value: 2_000_000_000 },
    { text: '物流电商那块8个亿', id: 'related_output_logistics', value: 800_000_000 },
    { text: '出口一千二百万元', id: 'export_value', value: 12_000_000 },
  ];
  const NONE = ['不太好算就不填了', '没统计', '跳过', '没有数据', '不清楚', '先空着', '这块说不好先不填', '不好统计'];
  const SKIPPED = ['related_output_tourism', 'related_output_logistics'] as const;
  const NAMES: Record<(typeof SKIPPED)[number], string[]> = { related_output_tourism: ['旅游', '文旅'], related_output_logistics: ['物流', '物流电商'] };
  const LINKS = ['', '然后', '还有'];
  const cases = BEFORE.flatMap((before, i) =>
    SKIPPED.filter((id) => id !== before.id).flatMap((id) =>
      NONE.map((none, j) => {
        const name = NAMES[id][(i + j) % NAMES[id].length] as string;
        const link = LINKS[(i + j) % LINKS.length] as string;
        return [`${before.text}${link}${name}${none}${ENDS[(i + j) % ENDS.length]}`, before, id] as const;
      }),
    ),
  );

  it.each(cases)('%s: the figure before is stored, the field after is skipped', (text, before, skipped) => {
    const got = read('product_category', text);
    expect(got.values).toEqual({ [before.id]: before.value });
    expect(got.skipped).toEqual([skipped]);
    expect(got.unread).toEqual([]);
  });

  it.each(NONE)('a field said to have none may stand between two figures: "产值五十个亿旅游%s物流三个亿"', (none) => {
    const got = read('annual_output_value', `产值五十个亿旅游${none}物流三个亿`);
    expect(got.values).toEqual({ annual_output_value: 5_000_000_000, related_output_logistics: 300_000_000 });
    expect(got.skipped).toEqual(['related_output_tourism']);
  });

  it.each(['旅游先不填', '旅游跳过', '旅游这块不好算', '物流就空着吧'])('a typed clause asking to leave an optional figure empty beside a figure: "产值50亿，%s"', (clause) => {
    const got = read('annual_output_value', `产值50亿，${clause}`);
    expect(got.values).toEqual({ annual_output_value: 5_000_000_000 });
    expect(got.skipped).toHaveLength(1);
    expect(got.unread).toEqual([]);
  });

  it('a field left empty before is no field to skip now: "之前跳过的加工业产值有数了，二十三亿左右"', () => {
    expect(read('contact_name', '之前跳过的加工业产值有数了，二十三亿左右').skipped).toEqual([]);
  });

  it('keeps free text whole, however it speaks of figures not given', () => {
    const plan = '明年计划新增用标企业20家物流园区先不填旅游节再办一届';
    expect(read('next_year_plan', plan).values).toEqual({ next_year_plan: plan });
    const measures = '县里每年安排资金5000万元加工企业给补贴物流园区建设也有支持';
    expect(withSpokenBreaks(form, measures)).toBe(measures);
  });
});

describe('two answers run together with a filler word, one named by a synonym', () => {
  const EMPLOYEES = ['从业的人嗯差不多有十二万人', '从业的有十二万人左右', '从业人员呃大概十二万人', '就业的人嗯12万人'];
  const INCOME = ['人均一年收入四万出头的样子', '人均收入4万出头', '人均年收入嗯四万多'];
  const LINKS = ['然后', '还有', ''];
  const cases = EMPLOYEES.flatMap((e, i) => INCOME.map((n, j) => `${e}${LINKS[(i + j) % LINKS.length]}${n}${ENDS[(i + 2 * j) % ENDS.length]}`));

  it.each(cases)('%s', (text) => {
    expect(read('employees', text, { annual_output_value: '110亿' }).values).toEqual({ employees: 120_000, income_per_employee: 40_000 });
  });
});

describe('a statement of measures said without a stop while a figure is asked', () => {
  const SUBJECTS = ['市里', '县里', '区里', '州里'];
  const MONEY = ['每年拿出三千万元支持品牌建设', '每年拿两千万元支持基地建设', '每年安排1500万元扶持龙头企业'];
  const MORE = ['搞了溯源防伪系统还跟市场监管局联合打假', '还建了产品质量检测中心', '还组织企业参加展会搞品牌推广', '出台了产业高质量发展的意见'];
  const ASKED = ['employees', 'authorized_users', 'income_per_employee', 'sales_premium', 'related_output_tourism'];
  const cases = SUBJECTS.flatMap((s, i) => MONEY.flatMap((m, j) => MORE.map((x, k) => [`${s}${m}${x}${ENDS[(i + k) % ENDS.length]}`, ASKED[(i + j + k) % ASKED.length] as string] as const)));

  it.each(cases)('%s (asked %s): the measures, whole; the question asked stays open', (text, asked) => {
    const got = read(asked, text, { annual_output_value: '110亿' });
    expect(got.values).toEqual({ support_measures: text });
  });

  it('a plan said so goes to the plan', () => {
    const plan = '明年打算再新增用标企业十家推动榨菜进商超和跨境电商再建设一个文化博览园';
    expect(read('employees', plan).values).toEqual({ next_year_plan: plan });
  });

  it.each([
    '新增用标企业十家推进恩施玉露制作技艺生产性保护基地建设在武汉和北京办品牌推介会',
    '新增合作社八家推进冷链物流中心建设加强品牌推介和电商销售',
    '推进标准化基地建设完善溯源体系新增用标企业二十家',
  ])('a statement that pushes work on (推进, 推介, 完善) is measures or plans, not the question asked: "%s"', (text) => {
    const got = read('province', text, { support_measures: '县里已出台产业扶持办法，安排专项资金' });
    expect(got.values).toEqual({ next_year_plan: text });
  });

  it.each(['产值一百一十个亿主要靠品牌推广和电商带动还有新建加工厂扩大生产', '用标企业五十八家主要是新建的加工厂和搞推广宣传的电商还有合作社'])(
    'a figure told with its reasons is no statement: "%s"',
    (text) => {
      expect(read('employees', text).values).not.toHaveProperty('support_measures');
    },
  );

  it('a short answer with a verb in it is no statement', () => {
    expect(read('employees', '种地的加上搞加工的从业人员嗯一共有两万人左右').values).toEqual({ employees: 20_000 });
    expect(read('applicant', '五常市地理标志品牌建设推广中心').values).toEqual({ applicant: '五常市地理标志品牌建设推广中心' });
  });
});

describe('a figure taken back in the same breath', () => {
  const TAKE_BACK = ['不对不对刚才说错了是', '哦不说错了是', '口误是', '，不对，应该是', '不对是', '说岔了其实是', '，我是说'];
  const FIGURES = [
    { asked: 'employees', label: ['从业的一共', '从业人员', '从业人数大概'], said: ['六十万人', '60万人'], meant: ['六万人', '6万人'], value: 60_000 },
    { asked: 'annual_output_value', label: ['产值', '年产值去年', '产值的话'], said: ['五十个亿', '50亿元'], meant: ['五十五个亿', '55亿'], value: 5_500_000_000 },
    { asked: 'sales_premium', label: ['溢价', '比普通的贵'], said: ['三成', '30%'], meant: ['三成五', '35%'], value: 35 },
    { asked: 'authorized_users', label: ['用标企业', '获准用标的'], said: ['二百零六家', '206家'], meant: ['二百六十家', '260家'], value: 260 },
  ];
  const cases = FIGURES.flatMap((f, i) =>
    TAKE_BACK.map((words, j) => {
      const pick = <T,>(list: T[]): T => list[(i + j) % list.length] as T;
      return [`${pick(f.label)}${pick(f.said)}${words}${pick(f.meant)}`, f] as const;
    }),
  );

  it.each(cases)('%s: the later figure', (text, f) => {
    expect(read(f.asked, text).values).toEqual({ [f.asked]: f.value });
  });

  it('a new value said before the old one is no repair: "是16.8亿不是15亿"', () => {
    expect(withoutTakenBack(form, '是16.8亿不是15亿')).toBe('是16.8亿不是15亿');
  });

  it('never joins figures of different sorts or of another field', () => {
    expect(withoutTakenBack(form, '用标企业六十家不对从业是六万人')).toBe('用标企业六十家不对从业是六万人');
    expect(withoutTakenBack(form, '产值50亿不对出口是3亿')).toBe('产值50亿不对出口是3亿');
    expect(withoutTakenBack(form, '用标企业六十家不对是六万人')).toBe('用标企业六十家不对是六万人');
  });

  it('takes back a chain of figures to the last one', () => {
    expect(read('employees', '从业人员六十万人不对六千人不对不对是六万人').values).toEqual({ employees: 60_000 });
  });
});

describe('a choice said with its copula and the province a product is from, inside a run', () => {
  const NAMES = ['恩施玉露', '安溪铁观音', '五常大米'];
  const FROM = [['湖北省恩施州的', '湖北省'], ['福建省泉州市的', '福建省'], ['黑龙江省的', '黑龙江省']] as const;
  const TYPES = [
    ['是证明商标注册号是8012345', '作为证明商标注册的地理标志', '8012345'],
    ['是地理标志产品公告号是2010年第12号', '地理标志产品', '2010年第12号'],
    ['是集体商标注册号是12345678', '作为集体商标注册的地理标志', '12345678'],
  ] as const;
  const LEADS = ['', '我们报的是', '名字是'];
  const cases = NAMES.flatMap((name, i) => TYPES.map((type, j) => [LEADS[(i + j) % LEADS.length] as string, name, FROM[(i + j) % FROM.length]!, type] as const));
  it.each(cases)('%s%s…: each value to its field', (lead, name, [from, province], [said, type, number]) => {
    const got = read('gi_name', `${lead}${name}${from}${said}`);
    expect(got.values).toEqual({ gi_name: name, province, protection_type: type, registration_no: number });
  });

  it('a typed list parted by spaces is read by its own reader', () => {
    expect(read('gi_name', '阳澄湖大闸蟹 江苏的 是地理标志产品 公告号2005年第128号').values).toEqual({
      gi_name: '阳澄湖大闸蟹',
      province: '江苏省',
      protection_type: '地理标志产品',
      registration_no: '2005年第128号',
    });
  });
});
