import { describe, expect, it } from 'vitest';
import { analyze, analyzeQuery } from '../../src/qa/tokenize.js';
import { programmesOf } from '../../src/qa/scope.js';
import { noticeQa, shippedQa } from './helpers/shipped.js';

/**
 * Officers' everyday words reaching the notice's words by general means (the table's synonym
 * groups, segmentation, colloquial interrogatives), checked over questions generated from
 * templates × every colloquial word of a group, never over one phrasing.
 */

const fill = (templates: string[], words: string[]): string[] => templates.flatMap((template) => words.map((word) => template.replace('{w}', word)));

describe('segmenting officers\' questions', () => {
  it('reads jieba\'s guesses that glue a particle to a word as their dictionary parts', () => {
    expect(analyzeQuery('资料最迟啥时候得交？').contentWords).toEqual(['申报书', '报送']);
    const words = analyzeQuery('我们省能不能自己搞个省级的名录').contentWords;
    expect(words).not.toContain('省能');
    expect(words).not.toContain('不能自己');
    expect(words).toContain('省级');
  });

  it('drops an asking phrase from a word\'s start, not from inside the word before it', () => {
    expect(analyzeQuery('第二批名录申报是截到哪天').contentWords).toEqual(analyzeQuery('第二批名录申报截止到哪天').contentWords);
    expect(analyzeQuery('年报数据截到什么时候').contentWords).not.toContain('截');
  });

  it('reads the asker\'s aside beside the question as no key word, and a lone clause as the question', () => {
    expect(analyzeQuery('这个名录全称叫啥？我写材料要用').asides).toEqual(expect.arrayContaining(['写']));
    expect(analyzeQuery('名录申报截止到哪天 我在整理档案').asides).toEqual(expect.arrayContaining(['整理', '档案']));
    // a clause naming the domain, or asking, is no aside
    expect(analyzeQuery('我们市想弄个市级的重点联系名录，文件允许吗').asides).toBeUndefined();
    expect(analyzeQuery('主送单位有哪些，我们中心在不在里面').asides).toBeUndefined();
    // a trailing question mark does not make the aside ask
    expect(analyzeQuery('名录申报截止到哪天 我在整理档案？').asides).toEqual(expect.arrayContaining(['整理', '档案']));
  });

  it('keeps a guess with no particle in it whole (a product\'s name)', () => {
    expect(analyze('沁州黄小米').words).toContain('沁州');
  });

  it('cuts the table\'s colloquial words as written, so they fold', () => {
    expect(analyzeQuery('会多给一点吗').contentWords).toEqual(analyze('倾斜').contentWords);
    expect(analyzeQuery('要不要走省里报').contentWords).toEqual(['省级', '报送']);
  });

  it('reads 啥 and 咋 as 什么 and 怎么 in every question cue', () => {
    const pairs = [['报给啥单位', '报给什么单位'], ['申报书咋交', '申报书怎么交'], ['有啥活动', '有什么活动'], ['啥时候截止', '什么时候截止']];
    for (const [colloquial, standard] of pairs) {
      expect(analyzeQuery(colloquial!).cues, colloquial).toEqual(analyzeQuery(standard!).cues);
      expect(analyzeQuery(colloquial!).cues.length, colloquial).toBeGreaterThan(0);
    }
  });

  it('asks how often as 定期 and asks no date', () => {
    for (const question of fill(['名录{w}遴选'], ['多久一次', '多久一回', '隔多久一次', '每隔多长时间一次', '几年一轮'])) {
      const analysis = analyzeQuery(question);
      expect(analysis.contentWords, question).toContain('定期');
      expect(analysis.cues, question).not.toContain('date');
    }
  });

  it('reads 举几个 as asking for examples of a list, not for a count', () => {
    for (const question of ['有哪些产品，举几个', '举个例子，有哪些产品', '举例说明有哪些产品']) {
      expect(analyzeQuery(question).cues, question).toEqual(['list']);
      expect(analyzeQuery(question).contentWords, question).toEqual(['产品']);
    }
  });

  it('reads 哪一类 as 哪类 and the first of a list asked as its place, no matter', () => {
    expect(analyzeQuery('江苏在核准改革试点里算哪一类？').contentWords).toEqual(analyzeQuery('江苏在核准改革试点里算哪类？').contentWords);
    expect(analyzeQuery('名单里点名的第一个是哪个').contentWords).not.toContain('第一个');
  });

  it('leaves the asking of what qualifies to the criteria cue, however it is put', () => {
    for (const q of ['啥样的地标才够格进名录 条件是个啥', '啥样的地标才能选进名录呢，有啥门槛没？']) {
      const query = analyzeQuery(q);
      expect(query.cues, q).toContain('criteria');
      expect(query.contentWords, q).toEqual(['地理标志', '纳入', '名录']);
    }
    expect(analyzeQuery('鼓励有条件的地方建名录吗').contentWords).toContain('条件');
    // … with 才能 / 才可以 before the verb, and 列进 / 放进 for 进
    for (const q of ['什么样的企业才可以放进名单', '啥样的产品才能列进目录']) expect(analyzeQuery(q).cues, q).toContain('criteria');
  });

  it('leaves the asker\'s rough count out of a question asking the count', () => {
    const words = analyzeQuery('首批名录一共进了多少件地标，我记得是一百多件，具体数字多少啊').contentWords;
    for (const word of ['100', '多件', '数字']) expect(words).not.toContain(word);
    expect(analyzeQuery('首批名录有160件吗').contentWords).toContain('160');
  });

  it('leaves a rough count in words (十几个, 二十来家, 几十件, 好多件) out of a question asking the count', () => {
    const plain = analyzeQuery('保护工程一共立了多少个项目').contentWords;
    for (const rough of ['我印象是十几个', '好像二十来个', '好像几十个']) {
      expect(analyzeQuery(`保护工程一共立了多少个项目 ${rough}`).contentWords, rough).toEqual(plain);
    }
    expect(analyzeQuery('保护工程一共立了好多个项目嘛').contentWords).toEqual(analyzeQuery('保护工程一共立了项目嘛').contentWords);
  });

  it('cuts 打造成 as the notice\'s 打造, not 打 / 造成', () => {
    expect(analyzeQuery('发挥示范带动作用最后要打造成什么').contentWords).toContain('打造');
    expect(analyzeQuery('发挥示范带动作用最后要打造成什么').contentWords).not.toContain('造成');
  });

  it('reads 起止时间 as asking a date, no matter', () => {
    const query = analyzeQuery('示范区筹建名单的公示，起止时间是？');
    expect(query.cues).toContain('date');
    expect(query.contentWords).not.toContain('起止');
  });

  it('reads the end of a period asked (到几号结束, 啥时候为止) as asking a date, no matter', () => {
    for (const question of ['专用标志年报填报到几号结束', '保护工程申报啥时候为止']) {
      const query = analyzeQuery(question);
      expect(query.cues).toContain('date');
      expect(query.contentWords).not.toContain('结束');
      expect(query.contentWords).not.toContain('为止');
    }
  });

  it('reads who is asked with its verb (由谁来报, 谁来组织) as the who cue, no matter', () => {
    for (const question of ['申报书由谁来报', '遴选谁来组织']) {
      const query = analyzeQuery(question);
      expect(query.cues).toContain('who');
      for (const word of ['由谁来', '由谁', '谁来']) expect(query.contentWords).not.toContain(word);
    }
  });

  it('reads the sentence the asker points at (那句, 原文) and how the notice judges (评价) as no matter, like 原话', () => {
    for (const word of ['那句', '原文']) expect(analyzeQuery('延伸产业链那句原文咋写的').contentWords).not.toContain(word);
    expect(analyzeQuery('首批名录效果咋样，文件咋评价的').contentWords).not.toContain('评价');
    expect(analyzeQuery('767号文说的筹建期从什么时候到什么时候').contentWords).not.toContain('文说');
  });

  it('reads 专标 as the 专用标志 it shortens, naming its programme', () => {
    expect(analyzeQuery('专标核准要多久').contentWords).toEqual(analyzeQuery('专用标志核准要多久').contentWords);
    expect(programmesOf('专标的核准改革')).toEqual(programmesOf('专用标志的核准改革'));
    expect(programmesOf('专标的核准改革')).toContain('special-mark');
  });

  it('reads Cantonese 冇 as 没 (有冇 asks 有没有)', () => {
    expect(analyzeQuery('名单里有冇我们县').normalized).toBe(analyzeQuery('名单里有没有我们县').normalized);
    expect(analyzeQuery('报咗冇').normalized).toContain('没');
  });

  it('counts parts of the work by 块 as 方面, but not money', () => {
    expect(analyzeQuery('指导的重点是哪几块').listHead).toBe('方面');
    expect(analyzeQuery('收几块钱').listHead).toBeUndefined();
  });
});

describe('a city\'s or a county\'s office (市局, 县局)', () => {
  it('reads as its level\'s, which folds into who submits', () => {
    for (const office of ['市局', '县局', '地市局']) expect(analyzeQuery(`${office}能直接报给国家局吗`).contentWords).toContain('省级');
    expect(analyzeQuery('金华火腿有木有在名单里').normalized).toContain('有没有');
  });

  it('is answered by the clause saying submissions go by province', async () => {
    const qa = await noticeQa();
    for (const question of fill(['{w}能直接往国家局报吗，还是得走省里？', '{w}可以自己报吗'], ['县局', '市局', '地市局'])) {
      const answer = await qa.ask(question);
      expect(answer.declined, question).toBe(false);
      expect(answer.answer, question).toContain('以省为单位');
    }
  });
});

describe('colloquial questions rank the notice\'s sentence first (2023 notice alone)', () => {
  const groups: { questions: string[]; sentence: string }[] = [
    { questions: fill(['申报书要不要{w}报', '材料是{w}统一报送吗'], ['走省里', '经省里', '通过省里', '由省里']), sentence: '以省为单位' },
    { questions: fill(['名录{w}遴选一次吗', '名录是不是{w}扩大'], ['定期', '多久一次', '多久一回', '隔多久一次']), sentence: '定期组织遴选' },
    { questions: fill(['对接的服务资源{w}吗', '联系指导服务是{w}的吗'], ['免费', '无偿', '不收费', '不要钱', '公益']), sentence: '公益性' },
    { questions: fill(['名录以后还会{w}吗', '名录范围会不会{w}'], ['扩', '扩容', '扩围', '扩充', '扩大']), sentence: '逐步扩大' },
    { questions: fill(['国家局会{w}建设哪些库', '国家局{w}协调哪些力量'], ['牵头', '主导', '组织']), sentence: '专家库' },
    { questions: fill(['支持有力的地方分名额时会{w}吗', '名额分配的时候会不会{w}'], ['多给', '多给点', '照顾', '优待', '偏向', '倾斜']), sentence: '名额分配时予以倾斜' },
    // Whether it costs money is answered by 公益性 (free of charge).
    { questions: fill(['国知局给的指导服务要{w}不', '联系指导服务{w}吗'], ['收钱', '要钱', '收不收费']), sentence: '公益性' },
    { questions: fill(['{w}的地标才有机会进名录', '{w}的地理标志能被选进名录'], ['啥样', '什么样']), sentence: '工作基础好' },
    { questions: fill(['兵团也在{w}里吗', '四川省知识产权服务促进中心在不在{w}里'], ['发文范围', '印发范围', '下发范围']), sentence: '兵团知识产权局' },
    { questions: fill(['材料最后{w}到国知局哪个部门', '申报书{w}到哪个司'], ['归口', '报送', '交']), sentence: '运用促进司' },
    { questions: fill(['国知局会给名录地标办{w}啥样的活动'], ['些', '一些', '']), sentence: '经验交流' },
    { questions: fill(['企业在生产、卖货上{w}，地方局要帮着协调哪些方面', '名录地标企业{w}，文件说主要协调哪些方面'], ['碰到难处', '遇到困难', '有难题']), sentence: '产销对接' },
    { questions: fill(['统计监测那块，把名录地标{w}啥', '统计监测这块名录地标被{w}什么'], ['当成', '看成', '当作', '看作']), sentence: '晴雨表' },
    { questions: fill(['这回{w}的是第几批', '这次{w}的是哪一批名录'], ['征集', '申报']), sentence: '第二批' },
    { questions: fill(['以后还会不会{w}？多久一回', '名录多久{w}一回'], ['再评', '评', '遴选']), sentence: '定期组织遴选' },
  ];

  it.each(groups.map((g) => [g.sentence, g] as const))('every colloquial word of the group ranks %s first', async (_, { questions, sentence }) => {
    const qa = await noticeQa();
    const misses: string[] = [];
    for (const question of questions) {
      const [top] = await qa.passages(question, 1);
      if (!top?.text.includes(sentence)) misses.push(`${question} → ${top?.text.slice(0, 40)}`);
    }
    expect(misses).toEqual([]);
  });

  it('ranks first the sentences of the numbered part a question names', async () => {
    const qa = await noticeQa();
    const cases: [string, string][] = [
      ['第三部分把名录地标比作什么', '试验田'],
      ['第3部分里名录地标被比成啥', '试验田'],
      ['第五部分把名录地标比作啥来着', '晴雨表'],
      ['第一部分把名录地标看作什么', '主要抓手'],
    ];
    for (const [question, expected] of cases) expect((await qa.passages(question, 1))[0]?.text, question).toContain(expected);
  });

  it('ranks first a sentence naming a batch when the question asks which batch', async () => {
    const qa = await noticeQa();
    for (const question of ['这回报的是第几批名录', '这次申报的是哪一批名录', '现在报的名录是哪批']) {
      expect((await qa.passages(question, 1))[0]?.text, question).toContain('第二批');
    }
  });
});

describe('a notice named by its year and month (the shipped corpus)', () => {
  it('ranks its statements above its signature line, whose date named it', async () => {
    const qa = await shippedQa();
    for (const [question, expected] of [
      ['22年3月那个专用标志公告里都有哪些产品，举几个', '金华火腿'],
      ['2022年3月那个专用标志公告里有金华火腿吗', '金华火腿'],
      ['22年8月那个专用标志公告里核准了安吉白茶吗', '安吉白茶'],
    ] as const) {
      expect((await qa.passages(question, 1))[0]?.text, question).toContain(expected);
    }
  });
});

describe('ways of sending and time limits in officers\' words', () => {
  it('reads mailing and couriering as sending, and a time limit as the deadline', () => {
    for (const question of fill(['年度报告要{w}到哪个司', '证明文件能不能{w}过去'], ['邮寄', '快递'])) {
      const words = analyzeQuery(question).contentWords;
      expect(words, question).toContain('报送');
      expect(words.some((word) => /邮寄|快递/.test(word)), question).toBe(false);
    }
    expect(analyzeQuery('年度报告的提交时限是哪天').contentWords).toEqual(analyzeQuery('年度报告的提交截止是哪天').contentWords);
  });
});
