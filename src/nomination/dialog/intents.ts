/**
 * What a message asks the nomination dialog to do, read from plain text (or a card button).
 * Pure: no form, no store. Field-specific readings (values, corrections) happen later.
 */

/** Commands that work with or without a dialog in progress. */
export type GlobalIntent =
  | { kind: 'start'; fresh: boolean; /** What the request names: "我想申报南丰蜜桔" → 南丰蜜桔. */ name?: string }
  | { kind: 'resume' }
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
  | { kind: 'new' };

/** The card button values the dialog attaches (`{kind:'nomination', op, value}`). */
export type NominationAction =
  | { kind: 'nomination'; op: 'confirm' | 'deny' | 'new' }
  | { kind: 'nomination'; op: 'choose'; value: string }
  | { kind: 'nomination'; op: 'answer'; value: string };

const SLASH = '^[/／]';
const END = '[。！!.～~]*$';

const START_COMMAND = new RegExp(`${SLASH}(申报|推荐)(\\s+(新建|新的|new))?\\s*$`, 'i');
const START_WORDS = new RegExp(
  `^(我?(要|想|想要|来|准备)|帮我|请帮我|开始|新建)?\\s*(申报|推荐|提名|填写?申报书)(一个|一项|一下|个)?` +
    `(地理标志|地标|产品|名录|项目|重点联系指导名录)?${END}`,
);
/** With a "我要/我想…" in front, the object can be anything short: 我要推荐龙井茶. */
const START_WISH = /^我?(要|想|想要|准备|打算)(申报|推荐|提名|报(?![告道销表名])|填报)[^?？]{0,16}$/;
/** "我们想申报重点联系指导名录", "我要报名录", "申报地理标志运用促进名录". */
const START_LIST = /^(?:我们?|咱们?)?(?:要|想|想要|准备|打算|来)?(?:申报|报(?=名录|个|一个|地标)|推荐|提名|填报)(?:一个|一项|个|一下)?(?:地理标志|地标)?(?:运用促进)?(?:重点联系指导)?(?:名录|申报书|产品|项目)?[。！!.～~]*$/u;
/** "帮我填一下名录申报书", "我来写个申报书". */
const START_FORM = /^(?:请|麻烦)?(?:帮我|帮忙|我要|我想|我来|开始|现在)?(?:填|写|做|弄|报)(?:写|报)?(?:一下|一份|个|一个)?(?:名录|地标的?|地理标志的?)?申报(?:书|材料|表)[。！!.～~]*$/u;
const START_WISH_HEAD = /^我?(要|想|想要|准备|打算)(申报|推荐|提名|报|填报)/;
/**
 * A clause that puts a GI forward: a verb of nominating followed (not preceded: 名录申报的事 is a
 * topic, not a request) by what is nominated. "想申请进重点联系指导名录", "我们县想报一个地理标志进名录",
 * "申报一下名录，材料我直接贴过来". Done deeds (已经报了名录) are no request.
 */
const NOMINATE_CLAUSE = /(?:申报|申请|推荐|提名|填报|报(?![告道销表]|名(?!录)))[^，,。；;！!]{0,12}?(?:名录|地理标志|地标|申报书)/u;
const DONE = /已经?|过了|完了|了$/u;
const CLAUSE_BREAK = /[，,。；;！!\s]+/u;
/** Greetings in front of a request: "你好，我要申报". */
const GREETING = /^(?:(?:你好|您好|hi|hello|哈喽|老师好|在吗)[，,。!！\s]*)+/i;
const FRESH_WORDS = /^(新建|新的|重新)(申报|一份|一个)?/;
const RESUME = new RegExp(`^(?:我?回来了|好了|好的|嗯)?[，,\\s]*[/／]?(继续|接着)(申报|填写?|填报)?(吧|啊)?${END}`);
const STATS = new RegExp(`${SLASH}申报\\s*(统计|汇总)\\s*$`);
const EXPORT = new RegExp(`${SLASH}导出(?:\\s+(\\S+))?(?:\\s+(\\S+))?\\s*$`);
const QUOTA = new RegExp(`${SLASH}名额(?:\\s+(\\S+))?(?:\\s+(\\S+))?\\s*$`);

/** Words that name no particular product: 我要申报一个地标, 想报名录. */
const GENERIC_OBJECT = /^(?:一个|一项|一下|个|一份|我们的?|我们县的?|我们市的?)?(?:地理标志|地标|产品|名录|项目|重点联系指导名录|申报书|这个|那个)?(?:产品|项目)?[。！!.～~]*$/u;

const PROGRAMME_WORD = /名录|地理标志|地标|申报书|重点联系指导/u;

/** The product a start request names, if it names one. */
function wishObject(text: string): string | undefined {
  const object = text.replace(START_WISH_HEAD, '').replace(/^(?:一个|一项|个|的)/u, '').replace(/[。！!.～~]+$/u, '').trim();
  // What names the programme (名录, 地标, 申报书 …) is never the product's own name.
  if (!object || GENERIC_OBJECT.test(object) || PROGRAMME_WORD.test(object) || !/^\p{Script=Han}{2,20}$/u.test(object)) return undefined;
  return object;
}

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
  if (RESUME.test(trimmed)) return { kind: 'resume' };
  const wish = START_WISH.test(trimmed) && !hasQuestionWord(trimmed);
  const asked = isQuestionLike(trimmed);
  if (trimmed.length <= 24 && !asked && (wish || START_WORDS.test(trimmed) || START_FORM.test(trimmed) || START_LIST.test(trimmed))) {
    const name = wish ? wishObject(trimmed) : undefined;
    return name ? { kind: 'start', fresh: FRESH_WORDS.test(trimmed), name } : { kind: 'start', fresh: FRESH_WORDS.test(trimmed) };
  }
  if (!asked && !hasQuestionWord(trimmed) && trimmed.length <= 40 && nominatingClause(trimmed)) return { kind: 'start', fresh: FRESH_WORDS.test(trimmed) };
  return undefined;
}

/** True when one short clause of the message asks to nominate (see NOMINATE_CLAUSE). */
function nominatingClause(text: string): boolean {
  return text.split(CLAUSE_BREAK).some((clause) => clause.length <= 20 && NOMINATE_CLAUSE.test(clause) && !DONE.test(clause));
}

const DIALOG_WORDS: [RegExp, DialogIntent][] = [
  [/^([?？]+|怎么填|如何填|怎么写|帮助|help|说明|示例|举个?例子?)[?？。!！]*$/i, { kind: 'help' }],
  [/^(跳过|略过|先跳过|暂不填写?|不填|以后再填|稍后再填)[。!！]*$/, { kind: 'skip' }],
  // "这项没统计，跳过吧", "物流这块不清楚，先跳过": a short message that ends by asking to skip
  [/^[^\d]{0,30}[，,、\s]*(?:先|就|请|麻烦)?(?:跳过|略过|不填了?|空着|以后再填|稍后再填)(?:吧|了|这项|这一项|一下)*[。!！]*$/, { kind: 'skip' }],
  [/^(上一步|上一个|返回上一步|退回|回退|后退)[。!！]*$/, { kind: 'back' }],
  [/^(查看|预览|查看申报书|看看|汇总|进度)[。!！]*$/, { kind: 'review' }],
  [/^(取消|取消申报|不报了|放弃|放弃申报)[。!！]*$/, { kind: 'cancel' }],
  [/^(提交|提交申报|提交申报书|确认提交)[。!！]*$/, { kind: 'submit' }],
  [/^(确认|确定|是|是的|对|对的|好|好的|可以|没问题|ok|yes|y)[。!！]*$/i, { kind: 'confirm' }],
  [/^(否|不|不是|不对|不用|不要|算了|no|n|返回|继续填写?)[。!！]*$/i, { kind: 'deny' }],
  [/^(新建|新的|新建申报|新申报)[。!！]*$/, { kind: 'new' }],
];

/** Reads dialog commands (help, skip, back, review, cancel, submit, yes/no, a list number). */
export function dialogIntent(text: string): DialogIntent | undefined {
  const trimmed = text.trim();
  for (const [pattern, intent] of DIALOG_WORDS) if (pattern.test(trimmed)) return intent;
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

/** Ends like a question: a question mark, or a sentence-final 吗/呢. */
export function isQuestionLike(text: string): boolean {
  return /[?？]\s*$/.test(text) || /(吗|呢|么)[。!！]*$/.test(text);
}

/** Contains a question word; a question only when the text is not a value for the field either. */
export const hasQuestionWord = (text: string): boolean => /什么|怎么|哪|多少|几|为何|为什么|如何|是否/.test(text);
