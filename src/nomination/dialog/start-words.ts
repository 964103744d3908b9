/**
 * The words of a request to start a nomination, by class. A request is any order of these
 * (see start-request.ts): "您好，名录申报书帮我填一下吧", "我们要提交一份名录申报", "申报材料我来填".
 * Add words here, not patterns elsewhere.
 */

export type StartWordClass = 'greet' | 'subject' | 'time' | 'modal' | 'help' | 'verb' | 'both' | 'object' | 'filler' | 'into' | 'take' | 'of' | 'fresh' | 'now';

/** Verbs that ask for the form on their own: "申报", "我要推荐龙井茶". */
export const NOMINATING_VERBS = ['申报', '推荐', '推', '提名', '填报', '报', '上报', '报送'];
/** Nominating verbs that nominate only a product named with them ("今年我们推都匀毛尖"; "帮我们推一下" promotes). */
export const NAMED_ONLY_VERBS: readonly string[] = ['推'];

/** Which round of the list: "第二批", "第3批", "2024年度". */
const NUMERALS = [...'一二三四五六七八九十', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];
const BATCHES = [
  ...NUMERALS.flatMap((n) => [`第${n}批`, `第${n}轮`]),
  ...Array.from({ length: 16 }, (_, i) => 2020 + i).flatMap((year) => [`${year}年`, `${year}年度`]),
];

/** Offices and units an officer speaks for: "我们处", "科里". */
const UNITS = ['县', '市', '区', '州', '省', '旗', '盟', '镇', '乡', '局', '处', '科', '厅', '委', '所', '站', '办'];

/** Thanks beside a request, a closing or a decline: "提交吧，辛苦", "不报了，谢谢". */
export const THANKS = ['谢谢', '谢谢你', '谢谢您', '谢谢啦', '谢啦', '多谢', '感谢', '辛苦', '辛苦了', '辛苦啦', '辛苦你了', '辛苦您了'];

/** Forms of address that open a message, alone or with a greeting: "老师好", "同志你好". */
const ADDRESSES = ['老师', '领导', '同志'];

/** Where the form is filled, said as a word of the sentence: "想在这里把申报书填一下". */
const HERE = ['在这里', '在这儿', '在这边', '在这', '在此', '这里', '这儿', '这边', '此处'];

export const START_WORDS: Record<StartWordClass, string[]> = {
  greet: ['喂', '诶', '欸', '哎', '你好', '您好', ...ADDRESSES.flatMap((a) => [`${a}好`, `${a}你好`, `${a}您好`]), '老师', '同志', '在吗', '在么', '在嘛', '在不', '在不在', '在伐', '在的话', 'hi', 'hello', '哈喽', '嗨', '早上好', '上午好', '下午好', '晚上好', '打扰了', '打扰一下', '不好意思', '扎西德勒', '亚克西'],
  subject: [
    '我', '我们', '咱们', '咱', '俺', '我这边', '我们这边', '兵团', '兵团这边', '县里', '市里', '区里', '省里', '州里', '旗里', '盟里', '镇里', '乡里',
    '本单位', '我单位', '我局', '局里', '我们这', '我们这里', '咱们这', '咱们这边', '领导',
    ...['我们', '咱们'].flatMap((we) => [...UNITS, '师', '兵团', '地区', '协会', '中心', '单位'].map((unit) => `${we}${unit}`)),
    // "处里让我负责名录申报": the office as the one asking
    ...UNITS.map((unit) => `${unit}里`),
    // "帮协会报阳澄湖大闸蟹": who the nomination is for, after a help word
    '协会', '行业协会', '产业协会', '合作社', '企业', '龙头企业', '管理机构', '申请人', '注册人',
  ],
  time: ['今年', '今年度', '本年度', '这次', '本次', '这一次', '这回', '这一回', '此次', '这批', '本批', '这一批', '首批', '新一批', '下一批', '下批', '新一轮', '这一轮', ...BATCHES],
  // ("同事让我报一个…": who passed the task on, with the asking)
  modal: ['要', '想', '想要', '准备', '打算', '需要', '来', '得', '现在', '先', '马上', '今天', '正式', '就', '只', '就只', '先只', '争取', '希望', '计划', '还要', '让我', '叫我', '安排我', '同事让我', '同事叫我', '同事要我', '试试', '试一下', '试着'],
  help: ['请', '麻烦', '麻烦你', '麻烦您', '帮我', '帮我们', '帮忙', '帮', '给我', '请你', '请您', '劳驾', '能', '可以', '能否', '可否', '能不能', '可不可以', '协助', '用你', '用您', '通过你', '找你'],
  verb: ['推荐', '推', '提名', '填报', '报', '填', '填写', '写', '做', '弄', '搞', '整', '提交', '录入', '登记', '启动', '开始', '办理', '办', '上报', '报送', '发起', '新建', '创建', '起草', '申请', '走', '开'],
  /** A verb and a noun: "申报名录" (verb), "名录申报我来填" (what is filled). */
  both: ['申报'],
  object: ['产品', '申报书', '申报材料', '申报表', '申报表格', '申报流程', '名录', '名录申报书', '地标', '地理标志', '重点联系指导名录', '运用促进名录', '指导名录', '地理标志运用促进重点联系指导名录', '运用促进重点联系指导名录'],
  /** Words that say nothing of the request: particles, measures, thanks, a verb's complement ("把表建起来"). */
  filler: ['好', '好的', '好嘞', '嗯', '嗯嗯', '行', 'ok', '一下', '下', '一份', '一个', '一项', '个', '份', '有个', '有一个', '一次', '吧', '啊', '呀', '哈', '呗', '嘛', '哦', '噢', ...THANKS, '这个', '那个', '那', '那就', '们', '就是', '起来', '出来', ...HERE],
  into: ['进', '入', '进入', '纳入', '列入', '到', '上', '上去', '进去'],
  /** 把/将 in front of what is nominated, and 给/为/替 for whom: "想给库尔勒香梨报名录". */
  take: ['把', '将', '给', '为', '替'],
  of: ['的'],
  /** "要开始填了": 了 after a wish is about now, not about something done. */
  now: ['了'],
  fresh: ['新的', '新', '重新', '一份新的', '一个新的'],
};

/**
 * The scored reading of a wish (wish-score.ts) knows these words besides the classes above: what
 * stops a clause from asking (a question, a no, something done, another act, the past), where the
 * form is filled, who asks, the form's own values told beside the request, and verbs of filling in.
 */
export type ScoreWordClass = 'ask' | 'not' | 'done' | 'other' | 'past' | 'here' | 'unit' | 'told' | 'fill' | 'hand' | 'begin' | 'paper' | 'lead' | 'nominate';

export const SCORE_WORDS: Record<ScoreWordClass, string[]> = {
  ask: ['什么', '怎么', '怎样', '哪', '哪里', '哪儿', '多少', '几', '为何', '为什么', '如何', '是否', '多久', '啥', '谁', '有没有', '要不要', '是不是', '能不能', '可不可以', '能否', '可否', '吗', '呢', '么'],
  not: ['不', '没', '没有', '别', '未', '不用', '不要', '不想', '不必', '无需', '甭', '暂不', '先不'],
  done: ['已经', '已', '过', '曾', '通过', '成功', '结果', '批', '完了', '交了', '有人'],
  other: ['看', '查', '问', '咨询', '了解', '讲', '说', '下载', '打印', '发', '寄', '审', '审核', '提醒', '聊', '用', '算', '改', '删', '撤', '测试', '知道', '收到', '告诉', '写个', '汇报', '交'],
  past: ['去年', '前年', '上次', '之前', '上周', '以前', '当初', '上回'],
  here: ['在这里', '在这儿', '在这', '这里', '这儿', '这边', '这', '里', '里面', '上面'],
  unit: ['局', '市局', '县局', '省局', '州局', '区局', '盟局', '市场监管局', '知识产权局', '那边', '小组', '科', '这个', '那个', '也', '自己', '一遍', '从头', '都', '还', '下面', '底下', '下边', '基层', '几个县', '几个区', '几个县区', '几个区县', '几个市县', '几个市', '几个乡镇', '几个单位', '各县', '各县区'],
  told: ['地理标志产品', '地标产品', '证明商标', '集体商标', '地理标志证明商标', '地理标志集体商标'],
  fill: ['录', '汇总', '收集', '归集', '录入', '录一遍', '整理', '带', '带我', '走', '走一遍', '推', '填好', '登记', '贴', '贴过来', '粘贴', '粘过来', '引导', '起', '建', '列入', '纳入', '加入', '代', '代替', '负责', '承办', '经办'],
  /** Handing in: asks for the form only with what is handed in ("提交一份申报书"; "可以提交了" closes one). */
  hand: ['提交', '递交', '上交'],
  begin: ['开始', '启动', '新建', '开', '开个', '起个', '从头开始', '下一个', '下一份', '又来一个', '再来一个', '再来一份', '再开一份', '再开一个', '再录一个', '再建一个', '第一个', '第一份', '第二个', '第三个', '第四个', '第五个'],
  paper: ['表', '表格', '材料', '资料', '新表', '流程', '内容', '申报书内容', '空白申报书', '申报里', '地标申报', '地标推荐', '名录申报', '申报书', '名录申报书'],
  lead: ['那', '那就', '可以就', '就', '有劳', '麻烦了', '帮个忙', '拜托', '有个', '个', '委托我', '让', '让我们', '叫', '你', '你问我答', '都行', '都可以', '带我', '直接', '从', '准备好了', '准备好', '各', '现', '特', '兹', '特此', '交代', '交办', '布置', '任务', '接下来', '这次是', '这回是', '这个是'],
  nominate: ['报', '申报', '推荐', '提名', '填报', '上报', '报送', '申请', '报上去', '推上去', '报进', '推荐上去'],
};
