import { classVocabulary, readShortMessage } from './word-classes.js';
import { THANKS } from './start-words.js';

/**
 * How officers close the form, however they word it: "填完了，帮我交上去", "信息都对，交上去吧",
 * "我确认都填好了，提交申报", "嗯嗯确认", "是的没错", "对，就这些". A message closes only when every
 * part of it is a word of the classes below, so "先不提交了", "交了之后会发给谁", "暂时不提交，等领导审一下"
 * or "我要补充一下扶持措施" close nothing: one word outside the lists (不, 之后, 等, 补充) is enough.
 * Add words here, not patterns elsewhere.
 */

type ClosingClass = 'submit' | 'finished' | 'agree' | 'checked' | 'settle' | 'slip' | 'about' | 'filler';

/** Having gone over the form ("看了一遍", "核实过了"): beside a yes or a hand-in it closes; alone it says nothing. */
const CHECKED = ['看', '核对', '核实', '检查', '复核', '校对', '审']
  .flatMap((verb) => ['了', '过了', '过', '了一遍', '过一遍', '过一遍了', '了一下', '完了'].map((aspect) => `${verb}${aspect}`));
/** Who it is handed in to. */
const ADDRESSEES = ['省局', '市局', '县局', '国家局', '总局', '国知局', '省里', '上级', '上面', '领导', '协调员', '你们', '系统', '平台'];
/** To whom it is handed in, and what for: "提交给省局吧", "提交至省局审核". */
const RECIPIENTS = ['给', '到', '至'].flatMap((to) => ADDRESSEES.flatMap((who) => ['', '审核', '审批'].map((what) => `${to}${who}${what}`)));
/**
 * Handing in to someone: a verb of handing in with the addressee as its object ("报送省局"), and a
 * verb of sending that hands in only with a recipient ("发给省局"; "发给我" sends nothing in).
 */
const HANDED_TO = [
  ...['报送', '上报', '提交', '递交', '呈报', '呈送'].flatMap((verb) => ADDRESSEES.filter((who) => who !== '你们').map((who) => `${verb}${who}`)),
  ...['发', '送', '转', '交'].flatMap((verb) => RECIPIENTS.map((to) => `${verb}${to}`)),
];
/** Nothing left to change: "没啥要改的了", "不需要修改". */
const NOTHING_TO_CHANGE = [
  ...['没有', '没', '没什么', '没啥', '无'].flatMap((none) => ['要改的', '需要改的', '改的', '要修改的', '需要修改的', '要补充的', '需要补充的'].map((what) => `${none}${what}`)),
  ...['不用', '不需要', '无需', '不必'].flatMap((no) => ['改', '修改', '补充'].map((what) => `${no}${what}`)),
];
/** Someone waiting for it ("领导等着呢"): beside a hand-in it only hurries it. */
const URGING = [
  ...['', '领导', '上面', '省局', '处长', '科长', '局长', '他们'].flatMap((who) => ['等着呢', '在等着', '在等着呢', '等着要', '催着呢', '在催', '急着要'].map((wait) => `${who}${wait}`)),
  '比较急', '挺急的', '很急', '赶时间', '抓紧', '尽快', '快点',
];

/** A remark about a typing slip before ("确认，刚才打错字了", "手滑了，确认"): beside a yes it says nothing more. */
const SLIPS = [
  ...['', '刚才', '刚刚', '上面', '前面', '之前', '上一条'].flatMap((when) =>
    ['打错', '打错字', '输错', '输错字', '按错', '点错', '敲错', '打了错别字', '有错别字'].flatMap((slip) => ['', '了'].map((aspect) => `${when}${slip}${aspect}`)),
  ),
  '手滑', '手滑了', '手抖', '手抖了', '错别字', '不好意思', '抱歉', 'sorry',
];

/** The form filled in, however the filling is called: "填完了", "填报完毕", "录入完成", "已填写好". */
const FILLED_IN = ['填', '填写', '填报', '录', '录入', '写'].flatMap((verb) =>
  ['完', '完了', '好', '好了', '完毕', '完成', '齐了', '全了'].flatMap((done) => [`${verb}${done}`, `已${verb}${done}`]),
);

const WORDS: Record<ClosingClass, string[]> = {
  /** Handing the form in. */
  submit: [...HANDED_TO, '提交', '提交申报', '提交申报书', '确认提交', '确定提交', '交', '交上去', '上交', '递交', '报', '报上去', '上报', '报送', '送审', '提交上去', '递上去', '提交审核', '发出去', '申报', 'submit'],
  /** The form is done: said alone, it asks to hand it in ("填完了", "完事了"). */
  finished: [
    ...FILLED_IN,
    '都填了', '都填好了', '弄完了', '弄好了', '搞定了', '搞定', '完事了', '完事', '完成', '完成了', '结束填写', '全部填完', '都弄完了',
  ],
  /** Yes to the summary. */
  agree: [
    '确认', '确定', '是', '是的', '对', '对的', '嗯', '嗯嗯', '好', '好的', '好滴', '行', '行了', '好了', '可以', '可以的', '可以了', '没错', '没问题', '没毛病', '无误',
    '都对', '都对的', '都没问题', '没有问题', '没啥问题', '正确', '都正确', '准确', '都准确', '属实', '核对过了', '检查过了', '都核对了', '核对无误', '同意', '好嘞',
    '是这样', '是这样的', '就是这样', '没有错', '对头', '妥', '妥了', 'ok', 'okay', 'yes',
  ],
  checked: CHECKED,
  slip: SLIPS,
  /** Nothing more to add, beside a yes ("对，就这些"): alone it answers nothing. */
  settle: ['就这些', '就是这些', '就这些了', '就这样', '这样就行了', '这样就行', '这样就可以了', '就按这个', '按这个', '就这么', ...NOTHING_TO_CHANGE],
  /** What the closing speaks of: "信息都对", "所有字段都填了". */
  about: ['信息', '内容', '数据', '数字', '资料', '申报书', '这份', '表', '表格', '所有字段', '所有项目', '各项', '所有', '全部', '都'],
  filler: ['我', '你', '您', '那', '那就', '就', '的话', '吧', '啊', '了', '啦', '呀', '哈', '哦', '呗', '嘛', '一下', '帮我', '给我', '麻烦', '麻烦你', '麻烦您', '请', '上去', '现在', '现在就', '直接', '马上', '立即', '立刻', '赶紧', '正式', '一键', '要', '准备', ...RECIPIENTS, ...URGING, ...THANKS],
};

const VOCAB = classVocabulary(WORDS);

const MAX_MESSAGE = 30;
/** A clause declining an answer: "不需要邮箱", "邮箱不用填", "邮箱没有". Alone it closes nothing. */
const DECLINED = /^(?:(?:不需要|不用|不必|无需|没有)(?:填写?|写)?(?!了)\p{Script=Han}{1,6}|\p{Script=Han}{1,6}(?:没有|不用填写?|不需要填?|不填了?|就不填了|空着))$/u;

/**
 * Reads a closing (see the file comment): 'submit' when it hands the form in or says it is done,
 * 'confirm' when it only agrees; undefined for anything else.
 */
export function closingIntent(text: string): 'submit' | 'confirm' | undefined {
  // an emoji says nothing more ("确认👌", "提交😊"); "不需要邮箱，直接提交": an optional answer declined beside the closing leaves it empty
  const classes = readShortMessage(VOCAB, text, MAX_MESSAGE, (clause) => DECLINED.test(clause));
  if (!classes) return undefined;
  if (classes.includes('submit') || classes.includes('finished')) return 'submit';
  // "我看了一遍，没有问题": having checked says yes only beside a yes
  return classes.includes('agree') ? 'confirm' : undefined;
}
