/**
 * Generated figure phrases for the stress test of the numeric parsers: spellings of known values
 * (Arabic, Chinese, mixed, with 个亿 and colloquial short forms) × units × words of approximation
 * before and after × lead-ins × punctuation and full-width forms, each with the value it must
 * read as; and phrases that hold a number which is not the field's value, which must be refused.
 * The spellings are written out here by hand, never produced by the parser's own number reader.
 */

export interface Positive {
  field: string;
  input: string;
  value: number;
  unit: string;
  approximate: boolean;
}

export interface Negative {
  field: string;
  input: string;
  why: string;
}

/** A value and ways to write it; `infix` spellings carry their own approximation (两个多亿). */
interface Spelled {
  value: number;
  exact: string[];
  infix?: string[];
}

const MONEY: Spelled[] = [
  { value: 350_000_000, exact: ['3.5亿', '三亿五千万', '三亿五', '三点五亿', '3亿5000万', '35000万', '3.5个亿'] },
  { value: 400_000_000, exact: ['4亿', '4个亿', '四个亿', '四亿'] },
  { value: 200_000_000, exact: ['2亿', '两亿', '两个亿', '二亿'], infix: ['两个多亿', '2个多亿', '两亿多'] },
  { value: 80_000_000, exact: ['8千万', '八千万', '8000万'], infix: ['八千来万', '8000来万', '八千多万'] },
  { value: 12_000_000, exact: ['1200万', '一千二百万', '一千二百万', '1.2千万'] },
  { value: 860_000_000, exact: ['8.6亿', '八点六亿', '8亿6千万', '八亿六千万'] },
  { value: 12_000, exact: ['1.2万', '一万二千', '一万二', '12000', '12,000'] },
  { value: 5_000_000, exact: ['500万', '五百万'], infix: ['五百多万', '500来万'] },
  { value: 100_000_000, exact: ['1亿', '一亿', '一个亿'], infix: ['一个多亿', '1个多亿'] },
  { value: 100_000, exact: ['10万', '十万'], infix: ['十来万', '10来万', '十多万', '十几万'] },
  { value: 2_050_000_000, exact: ['20.5亿', '二十亿五千万', '二十点五亿', '20亿5千万', '205000万', '二十亿零五千万'] },
  { value: 205_000_000, exact: ['2.05亿', '两亿零五百万', '2亿零500万', '二点零五亿', '20500万'] },
  { value: 1_680_000_000, exact: ['16.8亿', '十六亿八千万', '十六点八亿', '16亿8000万', '168000万'] },
];

const PEOPLE: Spelled[] = [
  { value: 20_000, exact: ['两万', '2万', '20000', '二万'], infix: ['两万多', '两万来', '2万多'] },
  { value: 12_000, exact: ['一万二千', '一万二', '1.2万', '12000', '12,000'] },
  { value: 120_000, exact: ['12万', '十二万'] },
  { value: 15_000, exact: ['1.5万', '一万五', '一万五千', '15000'] },
  { value: 1_200, exact: ['一千二百', '一千二', '1200'] },
  { value: 30_000, exact: ['三万', '3万'], infix: ['三万来', '3万多', '三万多'] },
  { value: 3_500, exact: ['3500', '三千五百', '三千五'], infix: ['三千五百多', '3500多'] },
  { value: 23_000, exact: ['两万三', '二万三', '2万3', '2.3万', '两万三千', '23000', '23,000'], infix: ['两万三千多', '2.3万多'] },
  { value: 36_000, exact: ['三万六', '3.6万', '三万六千', '3万6千'] },
];

const ENTITIES: Spelled[] = [
  { value: 58, exact: ['58', '五十八'] },
  { value: 150, exact: ['150', '一百五十', '一百五'], infix: ['150多', '一百五十多'] },
  { value: 76, exact: ['76', '七十六'] },
  { value: 10, exact: ['10', '十'], infix: ['十来', '十多'] },
  { value: 1_200, exact: ['1200', '一千二百'], infix: ['1200余', '一千二百多'] },
];

const PERCENT: Spelled[] = [
  { value: 35, exact: ['35%', '百分之三十五', '三成五', '三成半', '35个百分点', '３５％'] },
  { value: 40, exact: ['40%', '四成', '百分之四十', '40个百分点'] },
  { value: 30, exact: ['30%', '三成', '百分之三十', '30'] },
  { value: 20, exact: ['20%', '两成', '二成', '百分之二十'] },
  { value: 12.5, exact: ['12.5%', '百分之十二点五'] },
  { value: 120, exact: ['120%', '百分之一百二十', '百分之一百二', '一百二十个百分点', '120'] },
];

/** Words of approximation: before the figure, and after it (after the unit). */
const APPROX_BEFORE = ['大概', '差不多', '约', '将近', '近', '不到', '大约'];
const APPROX_AFTER = ['左右', '上下', '吧', '吧应该', '左右吧', '多一点', '的样子', '以上'];
/** Words after the figure that change nothing. */
const PARTICLES = ['呢', '啊'];
/** "两亿出头", "4万多": after a round figure, before any currency or measure word. */
const APPROX_MID = ['出头', '多'];
/** A lead-in may carry the approximation itself: "今年产值大概有…". */
const APPROX_LEAD = /大概|差不多|约/u;
const ENDINGS = ['', '。', '.', '！', '!', '，'];

const fullWidth = (s: string): string => s.replace(/[0-9.,%:]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface Kind {
  field: string;
  spelled: Spelled[];
  /** Unit words after the figure, with the unit stored. */
  units: Array<{ word: string; unit: string }>;
  leads: string[];
  /** Whether a figure spelling may stand alone (no 万/亿 and no unit) — bare small money is refused. */
  bareOk: (spelling: string) => boolean;
  /** Whether the words of approximation in the middle fit the spelling ("两亿出头", not "两万二出头"). */
  midOk: (spelling: string) => boolean;
  /** Nouns after the measure word ("350家企业"). */
  nouns?: string[];
}

const roundScale = (s: string): boolean => /^(?:\d+|[一二两三四五六七八九十])(?:万|亿|个亿|千万)$/u.test(s);

const KINDS: Kind[] = [
  {
    field: 'annual_output_value',
    spelled: MONEY,
    units: [{ word: '', unit: '元' }, { word: '元', unit: '元' }, { word: '块', unit: '元' }, { word: '元人民币', unit: '元' }, { word: '元/年', unit: '元' }],
    leads: ['', '去年', '去年总共', '年产值', '年产值：', '产值是', '全年产值一共', '2023年产值为', '今年产值大概有', '总产值这块', '我们这边产值'],
    bareOk: (s) => /[万亿]/u.test(s) || Number(s.replace(/,/gu, '')) >= 1000,
    midOk: roundScale,
  },
  {
    field: 'related_output_processing',
    spelled: MONEY,
    units: [{ word: '', unit: '元' }, { word: '元', unit: '元' }],
    leads: ['加工这块', '加工业产值', '加工产值有', '去年加工这一块', '加工的话', '加工这块总共'],
    bareOk: (s) => /[万亿]/u.test(s),
    midOk: roundScale,
  },
  {
    field: 'export_value',
    spelled: MONEY.filter((m) => m.value <= 400_000_000),
    units: [{ word: '美元', unit: '美元' }, { word: '美金', unit: '美元' }, { word: '万美元', unit: '' }],
    leads: ['', '出口额', '出口这块', '去年出口', '出口额大概是'],
    bareOk: () => true,
    midOk: roundScale,
  },
  {
    field: 'income_per_employee',
    spelled: MONEY.filter((m) => m.value <= 100_000),
    units: [{ word: '元', unit: '元/人' }, { word: '元/人', unit: '元/人' }, { word: '块', unit: '元/人' }],
    leads: ['', '人均收入', '人均年收入', '人均收入一年', '从业人员人均收入'],
    bareOk: () => true,
    midOk: roundScale,
  },
  {
    field: 'employees',
    spelled: PEOPLE,
    units: [{ word: '人', unit: '人' }, { word: '名', unit: '人' }, { word: '', unit: '人' }],
    nouns: ['', '从业人员'],
    leads: ['', '从业人员', '从业人员有', '从事枸杞种植和加工的有', '全县从业人员一共', '带动就业', '去年从业人员', '从业人员大概'],
    bareOk: () => true,
    midOk: roundScale,
  },
  {
    field: 'authorized_users',
    spelled: ENTITIES,
    units: [{ word: '家', unit: '个' }, { word: '个', unit: '个' }, { word: '', unit: '个' }],
    nouns: ['', '企业'],
    leads: ['', '用标企业', '用标的企业和合作社一共', '获准使用专用标志的企业', '目前用标企业有', '授权用标企业', '用标主体总共'],
    bareOk: () => true,
    midOk: () => false,
  },
];

/** An infix spelling carries 多/来/余; the rest of the phrase follows the same rules. */
function* spellings(kind: Kind): Generator<{ spelling: string; value: number; approximate: boolean }> {
  for (const s of kind.spelled) {
    for (const spelling of s.exact) yield { spelling, value: s.value, approximate: false };
    for (const spelling of s.infix ?? []) yield { spelling, value: s.value, approximate: true };
  }
}

/**
 * Every lead × spelling × unit, each with one choice of approximation (cycling through before,
 * middle, after, particles and none) and one ending, in half- or full-width digits.
 */
export function positives(): Positive[] {
  const out: Positive[] = [];
  let n = 0;
  for (const kind of KINDS) {
    for (const lead of kind.leads) {
      for (const { spelling, value, approximate } of spellings(kind)) {
        for (const { word, unit } of kind.units) {
          for (const noun of kind.nouns ?? ['']) {
            // "1.2万名从业人员", "350家企业": a noun follows a measure word of its own kind
            if (noun && !['名', '家', '个'].includes(word)) continue;
            if (!word && !noun && !kind.bareOk(spelling)) continue;
            // "万美元": the 万 is the unit's; only bare figures without their own scale take it
            if (word.startsWith('万') && /[万亿]/u.test(spelling)) continue;
            n += 1;
            const choice = n % 6;
            const before = choice === 0 ? (APPROX_BEFORE[n % APPROX_BEFORE.length] as string) : '';
            const mid = choice === 1 && kind.midOk(spelling) && !approximate ? (APPROX_MID[n % APPROX_MID.length] as string) : '';
            const after = choice === 2 || choice === 4 ? (APPROX_AFTER[n % APPROX_AFTER.length] as string) : '';
            const particle = choice === 3 ? (PARTICLES[n % PARTICLES.length] as string) : '';
            const ending = ENDINGS[n % ENDINGS.length] as string;
            const scale = word.startsWith('万') ? 1e4 : 1;
            // "两亿出头元" is not said: the middle word ends the figure
            const unitWord = mid === '出头' ? '' : word;
            if (mid === '出头' && (noun || word.startsWith('万') || (!word && !kind.bareOk(spelling)))) continue;
            let input = `${lead}${before}${spelling}${mid}${unitWord}${noun}${after}${particle}${ending}`;
            if (n % 5 === 0) input = fullWidth(input);
            const storedUnit = unit || '美元';
            out.push({ field: kind.field, input, value: value * scale, unit: storedUnit, approximate: approximate || !!before || !!mid || !!after || APPROX_LEAD.test(lead) });
          }
        }
      }
    }
  }
  return [...out, ...percentPositives()];
}

const PERCENT_LEADS = ['', '溢价', '溢价率', '比一般的高', '比一般的高出', '比普通产品贵', '价格高出', '溢价大概', '比外地的高了'];

function percentPositives(): Positive[] {
  const out: Positive[] = [];
  let n = 0;
  for (const lead of PERCENT_LEADS) {
    for (const s of PERCENT) {
      for (const spelling of s.exact) {
        // a bare "30" is a percentage only when nothing compares: "比一般的高30" is too loose
        if (/^\d+$/u.test(spelling) && lead.includes('比')) continue;
        n += 1;
        const choice = n % 4;
        const before = choice === 0 ? (['约', '大概', '差不多'][n % 3] as string) : '';
        const after = choice === 1 ? (['左右', '上下', '吧', '左右吧'][n % 4] as string) : '';
        const particle = choice === 2 ? '啊' : '';
        const ending = ENDINGS[n % ENDINGS.length] as string;
        out.push({ field: 'sales_premium', input: `${lead}${before}${spelling}${after}${particle}${ending}`, value: s.value, unit: '%', approximate: !!before || !!after || APPROX_LEAD.test(lead) });
      }
    }
  }
  const doubled: Array<[string, number, boolean]> = [
    ['翻了一番', 100, false],
    ['价格翻了一番', 100, false],
    ['翻一番左右', 100, true],
    ['比普通的贵一倍', 100, false],
    ['翻了两番', 300, false],
    ['高出约20个百分点?', 20, true],
    ['比一般的高三成左右吧', 30, true],
    ['四成左右', 40, true],
    ['好的百色芒果比普通芒果贵一倍左右', 100, true],
    ['比普通的低10%', -10, false],
    ['比普通的贵1.2倍', 120, false],
    ['比一般的高一倍多', 100, true],
    ['价格是普通梨的两倍', 100, false],
    ['售价相当于普通产品的2.5倍左右', 150, true],
    ['按120%算吧', 120, false],
    ['就按百分之二十算', 20, false],
    ['溢价以三成为准', 30, false],
  ];
  for (const [input, value, approximate] of doubled) out.push({ field: 'sales_premium', input, value, unit: '%', approximate });
  return out;
}

/** Numbers that are not the field's value, for each numeric field. */
const NOT_THE_VALUE: Record<string, Array<[string, string]>> = {
  annual_output_value: [
    ['12万人', 'a count of people'],
    ['58家', 'a count of firms'],
    ['35%', 'a percentage'],
    ['500亩', 'an area'],
    ['3000吨', 'a weight'],
    ['出口额1.1亿美元', 'another field named'],
    ['加工这块两亿出头', 'another field named'],
    ['旅游收入5000万', 'another field named'],
    ['人均收入4万元', 'another field named'],
    ['明年力争突破4亿元', 'a target'],
    ['计划新增产值2亿', 'a plan'],
  ],
  related_output_processing: [
    ['旅游这块5000万', 'another field named'],
    ['从事枸杞种植和加工的有12万人左右', 'a count of people'],
    ['物流产值8000万', 'another field named'],
  ],
  export_value: [['加工产值3亿', 'another field named'], ['120家', 'a count of firms']],
  income_per_employee: [['年产值3.5亿', 'another field named'], ['1.2万人', 'a count of people']],
  employees: [
    ['58家', 'a count of firms'],
    ['120家企业', 'a count of firms'],
    ['3.5亿元', 'money'],
    ['35%', 'a percentage'],
    ['2.3万人次', 'person-times'],
    ['参加培训的有3000人', 'another group of people'],
    ['全县人口12万人', 'the population'],
    ['明年新增就业2000人', 'a plan'],
    ['用标企业76家', 'another field named'],
  ],
  authorized_users: [
    ['1.2万人', 'a count of people'],
    ['两万多人', 'a count of people'],
    ['3500名', 'a count of people'],
    ['3.5亿元', 'money'],
    ['明年新增用标企业20家', 'a plan'],
    ['计划新增30家', 'a plan'],
    ['从业人员1.2万', 'another field named'],
  ],
  sales_premium: [
    ['58家', 'a count of firms'],
    ['3.5亿元', 'money'],
    ['1.2万人', 'a count of people'],
    ['20%的企业', 'a share of firms'],
    ['用标率85%', 'another rate'],
    ['三倍', 'a multiple with no comparison'],
    ['1.2倍', 'a multiple with no comparison'],
    ['比去年高20%', 'growth over last year'],
    ['比上年同期贵两成', 'growth over last year'],
    ['比2022年高15%', 'growth over a year'],
    ['是普通的30%', 'a share of the ordinary price'],
    ['是普通的一倍', 'no more than the ordinary price'],
  ],
};

/** Numbers inside a value that belong to something else, refused for every numeric field. */
const NOT_A_FIGURE: Array<[string, string]> = [
  ['2023年', 'a year'],
  ['2023年度', 'a year'],
  ['第三批', 'an ordinal'],
  ['第3名', 'an ordinal'],
  ['第三批用标企业58家', 'an ordinal beside the figure'],
  ['13800138000', 'a mobile number'],
  ['0774-3821234', 'a landline'],
  ['07743821234', 'a landline'],
  ['电话13800138000', 'a phone number'],
  ['去年58家，今年60家', 'two figures'],
  ['3.5亿，其中出口1亿', 'two figures'],
  ['3到5亿', 'a range'],
  ['3-5亿', 'a range'],
  ['三四百人', 'a range'],
  ['几百万', 'an unknown digit'],
  ['好几千人', 'an unknown digit'],
  ['很多', 'no figure'],
  // clauses of measures and plans: their figures stay in the free text
  ['每年安排扶持资金3000万元', 'a fund in the measures'],
  ['建设标准化基地10万亩', 'an area in the plan'],
  ['新增用标企业15家', 'a plan'],
  ['培训茶农2.3万人次', 'person-times trained'],
  ['查处侵权案件52件', 'cases'],
  ['入驻企业67家', 'firms in a park'],
  ['带动养殖户1.2万户', 'households driven'],
];

const NUMERIC_FIELDS = Object.keys(NOT_THE_VALUE);

/** Each negative as typed, with words of approximation and endings around it. */
export function negatives(): Negative[] {
  const bases: Array<{ field: string; input: string; why: string }> = [];
  for (const [field, rows] of Object.entries(NOT_THE_VALUE)) for (const [input, why] of rows) bases.push({ field, input, why });
  for (const field of NUMERIC_FIELDS) for (const [input, why] of NOT_A_FIGURE) bases.push({ field, input, why });
  const out: Negative[] = [];
  for (const base of bases) {
    for (const [i, wrap] of ['%s', '大概%s', '%s左右', '%s吧', '差不多%s。', '%s！', '%s呢'].entries()) {
      const input = wrap.replace('%s', base.input);
      out.push({ ...base, input: i % 3 === 2 ? fullWidth(input) : input });
    }
  }
  return out;
}
