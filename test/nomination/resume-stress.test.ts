import { describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { isResumeRequest } from '../../src/nomination/dialog/resume-request.js';

/**
 * Resuming stress-tested on generated phrasings (a lead, when it was left, that it is unfinished,
 * a word for going on, a verb, the papers, an ending, in both orders), and on look-alikes that ask
 * for something else: other things going on, questions about a submitted form, answers.
 */

const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

const LEADS = ['', '你好，', '好了，', '我回来了，', '嗯 ', '那', '您好！'];
const WHEN = ['', '上次', '昨天', '前两天', '之前', '上周', '刚才', '上午'];
const UNDONE = ['没填完的', '没弄完的', '填了一半的', '还没填完的', '没写完的', '未完成的'];
const GO_ON = ['继续', '接着', '接着往下', '继续往下', '接上'];
const VERBS = ['', '填', '填写', '弄', '写', '申报', '录'];
const PAPERS = ['', '申报书', '名录申报书', '那份', '申报表', '草稿'];
const ENDINGS = ['', '吧', '。', '！', '吧～', '哈'];

/** "昨天没填完的接着填吧", "继续填昨天那份", "接着上次的填". */
const resumes = LEADS.flatMap((lead, l) =>
  WHEN.flatMap((when, w) =>
    GO_ON.flatMap((go, g) => {
      const undone = pick(UNDONE, l + w + g);
      const verb = pick(VERBS, l * 2 + w + g);
      const papers = pick(PAPERS, l + w * 3 + g);
      const ending = pick(ENDINGS, l + w + g * 2);
      return [
        `${lead}${when}${undone}${go}${verb}${ending}`,
        `${lead}${go}${verb}${when}${when ? '的' : ''}${papers}${ending}`,
        `${lead}${when}${when ? '的' : ''}${papers || '申报书'}还没填完，${go}${ending}`,
      ];
    }),
  ),
);

/** Asked politely, or as finishing what was left: "能接着填昨天的吗", "帮我把上次没弄完的填完". */
const POLITE = ['能', '可以', '能不能', '麻烦', '我想', '我要'].flatMap((ask, a) =>
  WHEN.filter(Boolean).map((when, w) => `${ask}${pick(GO_ON, a + w)}${pick(VERBS.slice(1), a + w)}${when}的${pick(['吗', '吗？', '', '？'], a + w)}`),
);
const FINISH = WHEN.filter(Boolean).flatMap((when, w) =>
  ['把', '帮我把', '我要把'].map((lead, l) => `${lead}${when}${pick(UNDONE, w + l)}${pick(['填完', '弄完', '补完', '写完'], w + l)}${pick(ENDINGS, w)}`),
);
/** Why it stopped, then going on: "刚才掉线了，接着来。", "网断了，继续填吧". */
const AWAY = ['掉线了', '断线了', '网断了', '卡住了', '断网了'].flatMap((away, a) =>
  ['', '刚才', '刚刚'].map((when, w) => `${when}${away}，${pick(GO_ON, a + w)}${pick(['来', '填', ''], a + w)}${pick(ENDINGS, a * 3 + w)}`),
);
const all = [...resumes, ...POLITE, ...FINISH, ...AWAY, '继续', '/继续', '继续申报', '接着来', '好的，继续'];

/** Going on with something else, asking about a form, or an answer that opens with 接着/继续. */
const OTHER = [
  '继续教育的材料',
  '昨天的会议接着开',
  '接着是加工产值2亿',
  '继续推进标准化基地建设',
  '明年继续举办采摘节',
  '继续加大品牌宣传力度，新增用标企业12家',
  '上次的申报书提交了吗？',
  '昨天没填完的申报书还能找到吗',
  '申报书填完了',
  '继续申报有什么要求？',
  '之前的草稿在哪里看',
  '接着说一下物流的情况，大概一个亿',
  '接着干活',
  '继续努力',
  '上次那个名额的问题',
  '昨天的通知你看了吗',
  '刚才掉线了',
  '刚才掉线了，年产值写到哪了',
  '掉线了，接着是加工产值2亿',
];

describe('resuming under stress', () => {
  it(`resumes on all ${all.length} generated requests to go on`, () => {
    expect(all.filter((text) => globalIntent(text)?.kind !== 'resume')).toEqual([]);
  });

  it(`does not resume on ${OTHER.length} look-alikes about something else`, () => {
    expect(OTHER.filter((text) => isResumeRequest(text))).toEqual([]);
    expect(OTHER.filter((text) => globalIntent(text)?.kind === 'resume')).toEqual([]);
  });
});
