import { isAboutSender, startRequest } from './start-request.js';
import { scoredStart } from './wish-score.js';
import { isProductName } from './product-name.js';
import { resumeRequest } from './resume-request.js';
import { isUnknownAnswer } from '../none-answer.js';
import { closingIntent } from './closing-words.js';
import { declineOf } from './decline-words.js';
import { NOMINATING_VERBS, START_WORDS } from './start-words.js';
import { soundAlikeReader } from '../../text/sound-alike.js';

/**
 * What a message asks the nomination dialog to do, read from plain text (or a card button).
 * Pure: no form, no store. Field-specific readings (values, corrections) happen later.
 */

/** Commands that work with or without a dialog in progress. */
export type GlobalIntent =
  | {
      kind: 'start';
      fresh: boolean;
      /** What the request names: "我想申报南丰蜜桔" → 南丰蜜桔. */
      name?: string;
      /** What follows the request, read as answers. */
      rest?: string;
      /** Who writes, read for the contact only. */
      intro?: string;
      /** Only the scored reading reads a request here: inside an open form the message is an answer. */
      weak?: boolean;
    }
  | { kind: 'resume'; name?: string }
  | { kind: 'stats' }
  | { kind: 'export'; format: string; province?: string }
  | { kind: 'quota'; province?: string; quota?: string };

/** Commands inside a dialog. */
export type DialogIntent =
  | { kind: 'help' }
  | { kind: 'skip' }
  | { kind: 'back' }
  | { kind: 'review' }
  | { kind: 'cancel' }
  | { kind: 'submit' }
  | { kind: 'confirm' }
  | { kind: 'deny' }
  | { kind: 'choose'; index: number }
  | { kind: 'new' }
  | { kind: 'wait' }
  | { kind: 'pause' }
  /** "不清楚", "没统计过", "暂无数据": the answer is not known (skipped when the field is optional). */
  | { kind: 'unknown' };

/** The card button values the dialog attaches (`{kind:'nomination', op, value}`). */
export type NominationAction =
  | { kind: 'nomination'; op: 'confirm' | 'deny' | 'new' }
  | { kind: 'nomination'; op: 'choose'; value: string }
  | { kind: 'nomination'; op: 'answer'; value: string };

const SLASH = '^[/／]';
const END = '[。！!.～~]*$';

const START_COMMAND = new RegExp(`${SLASH}(申报|推荐)(\\s+(新建|新的|new))?\\s*$`, 'i');
/** `/申报 琼中绿橙`: the command with the product's name. */
const START_NAMED = new RegExp(`${SLASH}(?:申报|推荐)\\s+(\\p{Script=Han}{2,12})\\s*$`, 'u');
/** Greetings in front of a request: "你好，继续申报". */
export const GREETING = /^(?:(?:你好|您好|hi|hello|哈喽|老师好|在吗|在不在|在么|在嘛)[，,。!！\s]*)+/i;
const FRESH_WORDS = /^(新建|新的|重新)(申报|一份|一个)?/;
const STATS = new RegExp(`${SLASH}申报\\s*(统计|汇总)\\s*$`);
const EXPORT = new RegExp(`${SLASH}导出(?:\\s+(\\S+))?(?:\\s+(\\S+))?\\s*$`);
const QUOTA = new RegExp(`${SLASH}名额(?:\\s+(\\S+))?(?:\\s+(\\S+))?\\s*$`);

/** Reads the commands that need no dialog: start, resume, coordinator commands. */
export function globalIntent(text: string): GlobalIntent | undefined {
  const trimmed = text.trim().replace(GREETING, '');
  if (STATS.test(trimmed)) return { kind: 'stats' };
  const exported = EXPORT.exec(trimmed);
  if (exported) {
    const [, first, second] = exported;
    const isFormat = (word?: string) => word !== undefined && /^[a-z]+$/i.test(word);
    if (isFormat(first)) return { kind: 'export', format: (first as string).toLowerCase(), province: second };
    return { kind: 'export', format: 'xlsx', province: first };
  }
  const quota = QUOTA.exec(trimmed);
  if (quota) return { kind: 'quota', province: quota[1], quota: quota[2] };
  const command = START_COMMAND.exec(trimmed);
  if (command) return { kind: 'start', fresh: Boolean(command[3]) };
  const named = START_NAMED.exec(trimmed)?.[1];
  if (named && isProductName(named)) return { kind: 'start', fresh: false, name: named };
  const resumed = resumeRequest(trimmed);
  if (resumed) return { kind: 'resume', ...resumed };
  // the scored reading where the grammar reads no request, or reads one without the product it names
  const grammar = startRequest(trimmed);
  const scored = grammar?.name ? undefined : scoredStart(trimmed, isAboutSender);
  const request = scored && !grammar ? scored : scored?.name ? { ...scored, weak: false } : grammar;
  if (request) return { kind: 'start', ...request, fresh: request.fresh || FRESH_WORDS.test(trimmed) };
  return undefined;
}

const hearStartWords = soundAlikeReader([...NOMINATING_VERBS, ...START_WORDS.both, ...START_WORDS.object]);

/** A start or resume request typed by its sound ("审报地理标志", "继续审报"); undefined when the message reads as typed. */
export function heardRequest(text: string): GlobalIntent | undefined {
  const heard = hearStartWords(text);
  const read = heard === text ? undefined : globalIntent(heard);
  return read?.kind === 'start' || read?.kind === 'resume' ? read : undefined;
}

const DIALOG_WORDS: [RegExp, DialogIntent][] = [
  [/^([?？]+|怎么填|如何填|怎么写|帮助|help|说明|示例|举个?例子?)[?？。!！]*$/i, { kind: 'help' }],
  // "啥意思？", "没看懂": the question asked is not understood
  [/^(?:这个?|这项|这一项)?(?:是)?(?:啥|什么)意思(?:啊|呀|呢)?[?？。!！]*$|^(?:没|不太?)(?:听|看)?(?:懂|明白)(?:啊|呀|哎)?[?？。!！]*$|^(?:看不懂|听不懂)[?？。!！]*$/u, { kind: 'help' }],
  [/^(跳过|略过|略|先跳过|暂不填写?|不填|以后再填|稍后再填)[。!！]*$/, { kind: 'skip' }],
  // "这项没统计，跳过吧", "物流这块不清楚，先跳过": a short message that ends by asking to skip
  // (…but figures before it answer first: "三个亿 六千万 跳过" is read as answers in a row)
  [/^(?:(?![0-9０-９]|[零〇一二两三四五六七八九十百千]+个?[万亿千百元人家户]).){0,30}[，,、\s]*(?:先|就|请|麻烦)?(?:跳过|略过|不填了?|空着|以后再填|稍后再填|(?:不用|不需要|无需|不必)(?:填写?|写))(?:吧|了|这项|这一项|一下)*[。!！]*$/, { kind: 'skip' }],
  // "算了旅游这个不填了 没有正式统计": the reason after the skip, with no figure, says nothing more
  [/^(?:(?![0-9０-９]|[零〇一二两三四五六七八九十百千]+个?[万亿千百元人家户]).){0,30}[，,、\s]*(?:先|就)?(?:跳过|不填了?|不写了)(?:吧|了|这项|这一项)*[，,。\s]+(?:因为|反正)?(?:没有?|不|还没)[^0-9０-９，,。]{1,10}[。!！]*$/u, { kind: 'skip' }],
  // "茶旅大概六千万 算了这个数不准 不填了": a figure said, then taken back for nothing
  [/算了[^0-9０-９，,。]{0,10}[，,\s]*(?:还是)?(?:先|就)?(?:不填了?|不写了?|跳过)(?:吧|了)*[。!！]*$/u, { kind: 'skip' }],
  // "邮箱不用了", "这项就不需要了": what is not needed is skipped ("不用了" alone declines a question)
  [/^\p{Script=Han}{2,12}[，,、\s]*(?:就|也)?(?:不用|不需要)了(?:吧)?[。!！]*$/u, { kind: 'skip' }],
  [/^(上一步|上一个|返回上一步|退回|回退|后退)[。!！]*$/, { kind: 'back' }],
  [/^(查看|预览|查看申报书|看看|汇总|进度)[。!！]*$/, { kind: 'review' }],
  [/^(取消|取消申报|不报了|放弃|放弃申报)[。!！]*$/, { kind: 'cancel' }],
  // "行了，提交", "好了 提交吧", "都填完了，提交": a word closing the form in front says nothing more
  [/^(?:(?:行了|好了|可以了|没问题了|都填完了|填完了|就这些|差不多了|行|好的?|可以|那就|那)[，,。\s]*)?(?:我们?|那我们?)?(?:就|先|直接|现在)?(提交|提交申报|提交申报书|确认提交)(?:吧|啦|了|一下)?[。!！]*$/, { kind: 'submit' }],
  [/^(确认|确定|是|是的|对|对的|好|好的|可以|没问题|ok|yes|y|确认无误|无误|没错|都对|都对的|确认没问题|核对无误)(?:了|的|吧)?[。!！]*$/i, { kind: 'confirm' }],
  // "要得，确认", "好的，确定": a yes in the writer's own words before the confirming word
  [/^(?:要得|好的?|行|可以|嗯+|对|中|得行|没毛病)[，,。\s]*(?:确认|确定)(?:了|的|吧|提交)?[。!！]*$/u, { kind: 'confirm' }],
  [/^(否|不|不是|不对|不用|不要|算了|no|n|返回|继续填写?)[。!！]*$/i, { kind: 'deny' }],
  [/^(新建|新的|新建申报|新申报)[。!！]*$/, { kind: 'new' }],
];

/**
 * "开始", "那就开始吧", "现在开始填": beginning and nothing else. With no draft open in a direct chat it
 * opens the form (dialog.ts); inside a form, or beside other words, it asks for nothing.
 */
export const BEGIN_ALONE = /^(?:那就|那|好的?|行)?[，,\s]*(?:我们|咱们)?(?:现在)?(?:就)?开始(?:吧|了|啦|填|填写|申报)?(?:吧|了|啦)?[。.!！~～]*$/u;

/** A clause that answers nothing: an apology, a request to wait, "我查一下文件". */
const CHATTER_CLAUSE =
  /^(?:不好意思|抱歉|对不起|打扰了|稍等(?:一下|片刻)?|请稍等|等一下|等等|等会儿?|等下|稍候|马上|一会儿|不(?:着)?急|等(?:领导|同事|上面|单位|局里)?(?:定|确认|回复|通知|审核?|批)|(?:这个|这|\p{Script=Han}{1,4}(?=我))?(?:等|让|容)?我?(?:得|要|先|去|再)*(?:查|找|问|看|翻|想|确认|核实|核对)(?:一下|下|看|想|找|问|查|翻)?(?:(?:\p{Script=Han}{1,6}?的?)?(?:文件|资料|材料|数据|原件|表格?)|同事|领导)?(?:再说|再回你|再回复)?)(?:哈|啊|吧|哦|呀|了)*$/u;

/** A clause that leaves the form for now: "今天先到这", "退出", "下次再填". */
const PAUSE_CLAUSE =
  /^(?:那|好的?|行|我|今天|那今天|今天就)?(?:先|就)?(?:退出(?:申报|填写)?|暂停(?:一下|填写)?|(?:弄|填|写|搞)?到这(?:里|儿)?|到此为止|(?<=先)这样|停(?:一下)?|结束|保存(?:草稿|一下)?|休息(?:一下)?|(?:下次|改天|明天|回头|回来|晚点|过两天|下午|晚上)+(?:再|接着|继续)(?:填|说|弄|搞|继续|来)?)(?:吧|了|啊|哈|哦|呀|先)*$/u;

/** A clause about the answer coming later or being elsewhere: "马上发", "回头发你", "文件在同事那". */
const LATER_CLAUSE =
  /^(?:我|我们)?(?:马上|稍后|一会儿?|等下|等会儿?|回头|晚点|待会儿?)(?:就|再)?(?:发|给|传|补|弄|找|填|回)(?:给你|给您|你|您|过来|过去|一下|上来)?(?:哈|啊|吧|哦|呀|了)*$|^(?:那个|这个)?(?:文件|资料|材料|数据|原件|证书|注册证|表格?)(?:还)?在[^，,。]{0,8}(?:那|那里|那儿|那边|手上|手里|电脑上|电脑里|办公室)(?:哈|啊|吧|哦|呀|了|呢)*$/u;

/** The part of the form a clause is about, put first: "扶持措施这块我得去拿材料". */
const TOPIC = /^\p{Script=Han}{1,8}?(?:这块|这一块|那块|这项|这一项|那项|这部分)(?=.)/u;

/** Every clause is chatter: "不好意思，稍等", "稍等，我找一下文件", "资料在同事那，回头发你". */
const clausesOf = (text: string): string[] =>
  text
    .split(/[，,。.！!~～…\s]+/u)
    .filter(Boolean)
    .map((clause) => clause.replace(TOPIC, ''));
const isChatter = (text: string): boolean => {
  const clauses = clausesOf(text);
  return clauses.length > 0 && clauses.every((clause) => CHATTER_CLAUSE.test(clause) || LATER_CLAUSE.test(clause));
};

const ACK = /^(?:好的?|行|嗯+|那|ok)$/iu;

/** Why the form is left for now: "下午开会", "要出差了", "领导找我". */
const AWAY_CLAUSE =
  /^(?:我|我们)?(?:今天|下午|上午|晚上|明天|马上|一会儿?|待会儿?|现在|等下)?(?:要|得|去|还)?(?:开(?:个)?会|出差|下乡|有(?:点)?事|忙|出去(?:一下|一趟)?|领导(?:叫|找)我?|去[^，,。\d]{0,6}?(?:拿|取|找|调|翻)(?:一下)?(?:材料|资料|文件|数据|表格?))(?:了|去了|呢|哈|啊)*$/u;

/** …or that the data is still being asked for: "空着的几项还在跟协会要数据", "正在等县里的材料". */
const STILL_GATHERING = /^[^\d，,。]{0,12}?(?:还在|正在|还得|在)(?:(?:跟|向|找|问|等)[^\d，,。]{1,8}?)?(?:要|收集|核|核对|催|等|整理|汇总)?(?:数据|数字|数|材料|资料)(?:呢|哈|啊)*$/u;

/** Some clause leaves the form and every other one is chatter or a reason to go: "不好意思，今天先到这吧", "先到这，下午开会". */
const isPause = (text: string): boolean => {
  const clauses = clausesOf(text);
  return clauses.some((clause) => PAUSE_CLAUSE.test(clause)) && clauses.every((clause) => PAUSE_CLAUSE.test(clause) || CHATTER_CLAUSE.test(clause) || AWAY_CLAUSE.test(clause) || STILL_GATHERING.test(clause) || ACK.test(clause));
};

/** Reads dialog commands (help, skip, back, review, cancel, submit, yes/no, a list number, a remark to wait). */
export function dialogIntent(text: string): DialogIntent | undefined {
  const trimmed = text.trim();
  for (const [pattern, intent] of DIALOG_WORDS) if (pattern.test(trimmed)) return intent;
  // "算了，我们局今年不报了", "我们不打算申报了，取消吧"
  if (declineOf(trimmed)) return { kind: 'cancel' };
  const closing = closingIntent(trimmed);
  if (closing) return { kind: closing };
  if (isPause(trimmed)) return { kind: 'pause' };
  if (isChatter(trimmed)) return { kind: 'wait' };
  if (isUnknownAnswer(trimmed)) return { kind: 'unknown' };
  const number = /^(?:第\s*)?(\d{1,2})\s*(?:个|份|号)?$/.exec(trimmed);
  if (number) return { kind: 'choose', index: Number(number[1]) };
  return undefined;
}

/** Turns a card button press into the intent (or value text) it stands for. */
export function actionIntent(action: Record<string, string> | undefined): DialogIntent | { kind: 'answer'; value: string } | undefined {
  if (action?.kind !== 'nomination') return undefined;
  switch (action.op) {
    case 'confirm':
      return { kind: 'confirm' };
    case 'deny':
      return { kind: 'deny' };
    case 'new':
      return { kind: 'new' };
    case 'choose':
      return Number.isInteger(Number(action.value)) ? { kind: 'choose', index: Number(action.value) } : undefined;
    case 'answer':
      return action.value ? { kind: 'answer', value: action.value } : undefined;
    default:
      return undefined;
  }
}

/** A remark after a question this short, without figures, leaves the message a question: "…几个名额啊？怕报多了". */
const REMARK_MAX = 20;

/** A closing 不/没 after a modal or a verb done asks yes or no: "交上去以后还能改不", "可以不", "填完了没". */
const ASKS_BY_NOT = /(?:(?:能|可以|可|行|会|要|用|得)\p{Script=Han}{0,3}不|[了过]没有?)[。!！]*$/u;

/** "要不要盖章来着", "是不是报去年的": a modal asked yes or no, in a short sentence with no figure ("不对不对" takes back). */
const MODAL_A_NOT_A = /(?<![不没])(?:要不要|能不能|是不是|有没有|可不可以|用不用|需不需要|需要不需要|会不会|行不行|对不对)/u;
const ASKS_BY_MODAL_MAX = 30;

/** "去年有26亿元呢", "三万多人呢": a figure said with pride ends in 呢, asking nothing (unless a question word asks). */
const FIGURE_EXCLAIMED = /^(?!.*(?:什么|怎么|哪|多少|几|啥|是不是|有没有))[^?？]*[\d零〇两三四五六七八九十百千万亿]\s*(?:多|余|来)?\s*(?:万|亿)?\s*(?:元|块|人|家|个|亩|吨|斤|%|％)?呢[。!！~～]*$/u;

/** Ends like a question (a question mark, a sentence-final 吗/呢/来着), or asks one and adds a short remark. */
export function isQuestionLike(text: string): boolean {
  if (/[?？]\s*$/.test(text) || (/(吗|呢|么|来着)[。!！]*$/.test(text) && !FIGURE_EXCLAIMED.test(text)) || ASKS_BY_NOT.test(text.trim())) return true;
  if (MODAL_A_NOT_A.test(text) && [...text.trim()].length <= ASKS_BY_MODAL_MAX && !/\d/u.test(text)) return true;
  // the part before the question mark must ask: "出口额？没有" repeats the question and answers it
  const asked = /^([^?？]{4,})[?？]+\s*([^?？]*)$/u.exec(text.trim());
  const asks = (head: string): boolean => hasQuestionWord(head) || /还是|要不要|能不能|是不是|有没有|可不可以|[吗呢么](?:啊|呀)?$/u.test(head);
  return asked !== null && asks(asked[1] ?? '') && [...(asked[2] ?? '')].length <= REMARK_MAX && !/[\d@]/u.test(asked[2] ?? '');
}

/**
 * Contains a question word; a question only when the text is not a value for the field either. 几
 * after a numeral approximates a figure ("七万几人", "一百二十几家") and asks nothing; 没啥 says none.
 */
export const hasQuestionWord = (text: string): boolean => /什么|怎么|哪|多少|(?<![\d零〇一二两三四五六七八九十百千万亿])几|为何|为什么|如何|是否|(?<![没无])啥(?![都也])/u.test(text);
