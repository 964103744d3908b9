import { classVocabulary, readShortMessage } from './word-classes.js';
import { NOMINATING_VERBS, START_WORDS, THANKS } from './start-words.js';

/**
 * Declining the nomination itself, in the officer's words: "不报了", "算了，我们局今年不报了",
 * "我们不打算申报了，取消吧". Every part of the message must be a word of the classes below, and it
 * must say no to nominating (a no and a nominating verb) or drop the form (取消, 放弃, 算了 with a
 * no): "不报了吗？", "去年不报名录的原因" or "先不填了" (a skip) decline nothing. Add words here.
 */

type DeclineClass = 'drop' | 'not' | 'verb' | 'object' | 'lead' | 'end';

/** Who decided it, said before the no: "领导说今年不报了". */
const DECIDED = ['领导', '上面', '上级', '局里', '处里', '科里', '单位', '处长', '科长', '局长', '主任'].flatMap((who) => ['说', '决定', '定了', '的意思是', '通知'].map((said) => `${who}${said}`));
/** The form itself, not wanted any more: "这份不要了" ("不要" alone is a no to the question asked). */
const NOT_WANTED = ['这份', '这个', '这张', '申报', '申报书', '这份申报', '这份申报书', '草稿', '这份草稿'].flatMap((form) => ['不要', '不要了', '不用了', '不需要了'].map((no) => `${form}${no}`));

const WORDS: Record<DeclineClass, string[]> = {
  drop: ['取消', '取消申报', '放弃', '放弃申报', '撤销', '撤销申报', '作废', ...NOT_WANTED],
  not: ['不', '先不', '暂不', '暂时不', '就不', '还是不', '决定不', '不打算', '不准备', '不想', '没打算', '不再'],
  verb: [...NOMINATING_VERBS, '申请', '参加', '参评'],
  object: START_WORDS.object,
  lead: [
    ...START_WORDS.subject, ...START_WORDS.time, '算了', '那算了', '还是算了', '那', '那就', '好吧', '哎', '唉', '嗯', '抱歉', '不好意思', '目前', '暂时', '现在', '了解了', ...DECIDED,
  ],
  end: ['了', '啦', '吧', '哈', '啊', '哦', '呀', '这个', '这份', '这次', ...THANKS],
};

const VOCAB = classVocabulary(WORDS);
const MAX_MESSAGE = 30;

/** How `text` declines: saying no to nominating ("今年不报了"), dropping the form ("取消吧"), or not at all. */
export function declineOf(text: string): 'not-nominating' | 'drop' | undefined {
  const classes = readShortMessage(VOCAB, text, MAX_MESSAGE);
  if (!classes) return undefined;
  if (classes.includes('not') && classes.includes('verb')) return 'not-nominating';
  return classes.includes('drop') ? 'drop' : undefined;
}
