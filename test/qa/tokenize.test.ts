import { describe, expect, it } from 'vitest';
import { analyze, analyzeQuery, normalizeText } from '../../src/qa/tokenize.js';

describe('normalizeText', () => {
  it('folds full-width digits, letters and punctuation to half width and lower case', () => {
    expect(normalizeText('ＤＥＡＤＬＩＮＥ是５月８日？（含附件１、２）')).toBe('deadline是5月8日?(含附件1、2)');
  });

  it('writes 号 in a date as 日 and plain Chinese numbers as digits, leaving idioms alone', () => {
    expect(normalizeText('5月8号前')).toBe('5月8日前');
    expect(normalizeText('首批一百六十件')).toBe('首批160件');
    expect(normalizeText('一县一品')).toBe('一县一品');
  });

  it('writes a length\'s single numeral as the notices do (三年 → 3年), leaving 一年多来 and 三年级 alone', () => {
    expect(normalizeText('筹建期是三年吗，两个月够不够')).toBe('筹建期是3年吗,2个月够不够');
    expect(normalizeText('一年多来')).toBe('一年多来');
    expect(normalizeText('三年级')).toBe('三年级');
  });

  it('drops control and zero-width characters and folds traditional characters', () => {
    expect(normalizeText('申\u0000报\u200b書\u0007截止時間')).toBe('申报书截止时间');
  });
});

describe('analyze', () => {
  it('produces the same terms for full-width and half-width spellings', () => {
    const full = analyzeQuery('申报书，５月８号前交吗？');
    const half = analyzeQuery('申报书,5月8日前交吗?');
    expect(full.words).toEqual(half.words);
    expect(full.grams).toEqual(half.grams);
  });

  it('expands 地标 to 地理标志 and 兵团 to 新疆生产建设兵团', () => {
    expect(analyzeQuery('地标名录').words).toContain('地理标志');
    expect(analyzeQuery('兵团可以申报吗').grams).toContain('新疆');
  });

  it('folds synonyms on both sides: 交/提交 → 报送, 扶持 → 支持, 邮箱 → 邮件', () => {
    expect(analyzeQuery('材料啥时候交').words).toContain('报送');
    expect(analyzeQuery('有哪些扶持').words).toContain('支持');
    expect(analyze('通过电子邮件形式报送').words).toEqual(expect.arrayContaining(['报送', '邮件']));
    expect(analyzeQuery('发到哪个邮箱').words).toContain('邮件');
  });

  it('keeps numbers whole and turns a date into one term', () => {
    const sentence = analyze('2021年遴选了160件地理标志，请于2023年5月8日前报送');
    expect(sentence.words).toEqual(expect.arrayContaining(['2021', '160']));
    const question = analyzeQuery('５月８号之前交什么');
    const date = question.words.find((w) => w.startsWith('\u0001d'));
    expect(date).toBeDefined();
    expect(sentence.words).toContain(date);
  });

  it('detects question-type cues', () => {
    expect(analyzeQuery('申报书什么时候截止？').cues).toEqual(expect.arrayContaining(['date', 'deadline']));
    expect(analyzeQuery('一共多少件').cues).toContain('number');
    expect(analyzeQuery('有哪些支持政策').cues).toContain('list');
    expect(analyzeQuery('推荐名额分配表是第几个附件').cues).not.toContain('number');
  });

  it('reads 多少 after a contact or an identifier as asking for it, not for a count', () => {
    for (const q of ['专用标志年报的邮箱是多少', '邮箱是多少啊', '联系电话是多少？', '那个通知的文号是多少', '邮件地址为多少']) {
      expect(analyzeQuery(q).cues, q).not.toContain('number');
    }
    for (const q of ['专用标志年报的邮箱是多少', '名录的联系邮箱', '邮箱是啥']) expect(analyzeQuery(q).cues, q).toContain('contact');
    // A count asked beside them stays one.
    for (const q of ['推荐名额是多少', '每个邮箱能发多少个附件', '一共多少件']) expect(analyzeQuery(q).cues, q).toContain('number');
  });

  it('reads an e-mail address as naming a mailbox (邮箱), which the text never says', () => {
    const sentence = analyze('电子件发送至pgi@cnipa.gov.cn。');
    expect(sentence.words).toContain(analyzeQuery('邮箱').contentWords[0]);
    expect(analyze('请于2023年5月8日前报送国家知识产权局运用促进司').words).not.toContain(analyzeQuery('邮箱').contentWords[0]);
  });

  it('drops stopwords and question phrasing from content words', () => {
    expect(analyzeQuery('请问一下我们什么时候要交呢？').contentWords).toEqual(['报送']);
    expect(analyzeQuery('？？？').contentWords).toEqual([]);
  });
});

describe('the asking is no content', () => {
  it('takes the asked time, addressee and criteria nouns out of the words (the cues carry them)', () => {
    const deadline = analyzeQuery('材料最晚啥时候交');
    expect(deadline.cues).toContain('deadline');
    expect(deadline.contentWords).not.toContain('晚');
    const addressee = analyzeQuery('通知的主送单位都有谁？');
    expect(addressee.cues).toContain('addressee');
    expect(addressee.contentWords).toEqual([]);
    const criteria = analyzeQuery('什么样的产品才有资格列入名录？');
    expect(criteria.cues).toContain('criteria');
    expect(criteria.contentWords).not.toContain('资格');
  });

  it('keeps a condition the question states (有条件的地方) as content', () => {
    expect(analyzeQuery('有条件的地方指的是什么条件？').surfaces.join('')).toContain('条件');
  });
});

describe('a colloquial tail', () => {
  it.each(['申报通过什么形式报送来着？', '国家局要指导建啥库来着', '专用标志年报要报些啥内容来着～'])('names nothing: %s', (question) => {
    const plain = question.replace(/来着[～]?/, '');
    expect(analyzeQuery(question).contentWords).toEqual(analyzeQuery(plain).contentWords);
  });

  it('is only a tail: 来着 inside a question stays', () => {
    expect(analyzeQuery('名录原来着重支持哪些方面').normalized).toContain('原来着重');
  });
});

describe('words the notices write otherwise', () => {
  it('reads a localizer after a noun apart from the rare word jieba glues it into (目录里加 → 里 / 加, not 里加, Riga)', () => {
    expect(analyzeQuery('明年还往推荐目录里加品种吗').contentWords).toContain('加');
    expect(analyzeQuery('明年还往推荐目录里加品种吗').contentWords).not.toContain('里加');
    expect(analyzeQuery('采摘过程中出了质量问题找谁').contentWords).not.toContain('中出');
    expect(analyzeQuery('果园中心区域在哪').contentWords).toContain('中心');
  });

  it('reads a year\'s 年 apart from the guess jieba glues it into ("21年定的那批" → 年, 定)', () => {
    const words = analyzeQuery('21年定的那批').contentWords;
    expect(words).toContain('年');
    expect(words).not.toContain('年定');
    expect(analyzeQuery('2023年度报告').contentWords).toContain('年度报告');
  });

  it('reads the notices\' 省(区、市)知识产权局 as the provincial level officers call 省局', () => {
    expect(analyze('各有关省(区、市)知识产权局要加大支持').contentWords).toContain('省级');
    expect(analyzeQuery('省局要干什么').contentWords).toContain('省级');
  });

  it('folds 定下来 into the notices\' 确定', () => {
    expect(analyzeQuery('项目定下来以后').contentWords).toContain('确定');
  });
});

describe('a superlative asked of a set', () => {
  it('is asked by "which … the most", not by a limit ("每个省最多报几个")', () => {
    expect(analyzeQuery('54个示范区里哪个省最多').cues).toContain('superlative');
    expect(analyzeQuery('哪家企业的产值最高').cues).toContain('superlative');
    expect(analyzeQuery('哪个省的国家地标保护示范区最多').cues).toContain('superlative');
    expect(analyzeQuery('保护工程每个省最多报几个').cues).not.toContain('superlative');
  });
});

describe('a level doing something itself', () => {
  it('is the notices\' 分级 (each level selects its own), and what it makes at its level a local one (地方)', () => {
    expect(analyzeQuery('我们省能不能自己搞个省级的名录').contentWords).toEqual(['分级', '省级', '地方', '名录']);
    expect(analyzeQuery('市里想自己也评一批市级的').contentWords).toContain('分级');
    expect(analyzeQuery('省里能不能自己报').contentWords).not.toContain('分级');
  });
});
