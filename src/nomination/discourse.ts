import { INTERJECTION } from './parsers/lead.js';

/**
 * Words that open a message and say nothing of a field: "对了，…", "另外，…", "补充一下：…", "继续，…", a
 * hesitation ("那个，…"), an acknowledgement of the question before the answer ("好的，欧阳晓红", "嗯好的 …",
 * "收到，暂无数据", "明白了，…"), and a greeting, to whomever ("何老师好，…", "您好，…").
 */
export const DISCOURSE =
  /^(?:嗯|哦|噢|呃)?(?:继续填?|接着(?:填|来|弄)?|对了|哦对了?|噢对了?|另外|还有|然后|补充一下|补充|顺便说一下|再就是|那个|这个|嗯那个|就是说|好的?|好滴|好嘞|好吧|行|行吧|收到|明白了?|懂了|知道了|了解了?|清楚了|[OoＯｏ][KkＫｋ](?:ay)?|(?:\p{Script=Han}{0,2}?(?:老师|科长|处长|局长|主任|领导|同志)|大家)?(?:你|您)?好)\s*[，,、。:：!！~～\s]\s*/u;

/** A stop closing a sentence ("…证明商标。", "确认！", "收到～"): it says nothing more. */
export const withoutClosingStop = (text: string): string => text.replace(/[。．.!！~～]+$/u, '');

/**
 * The message without the interjections and discourse words that open it ("嗯，稍等", "好的，陕西",
 * "对了，…"): they say nothing of the form. A message of nothing else stays as it is.
 */
export function withoutOpeningWords(text: string): string {
  let rest = text.trimStart();
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(INTERJECTION, '').replace(DISCOURSE, '');
  }
  return rest || text;
}

/**
 * A subject that only points at the thing asked, before 是 / 叫: "这个是…", "我们这个叫…",
 * "咱们的是…". Said to a short text question, what follows is the answer.
 */
const POINTING_SUBJECT = /^(?:(?:我们|咱们|咱|俺们)(?:这边|这里)?(?:的|这个|那个)?(?:(?:要|想)?(?:申报|报)的)?|这个|那个|这|那)(?:就)?(?:是|叫做?)(?=\p{Script=Han})/u;

export const withoutPointingSubject = (text: string): string => text.trim().replace(POINTING_SUBJECT, '');

/** A self-introduction, then a space, then a sentence of the speakers': "我是…局的金哲洙 我们报的是延边黄牛". */
const INTRODUCTION_THEN_WE = /^((?:你好|您好|老师好)?[，,\s]*(?:我是|我叫|这里是|这边是)[^\s，,。；;！!？?]{2,30})[ \t\u3000]+(?=(?:我们|咱们|俺们|我|咱)\p{Script=Han})/u;

/** Voice input leaves a space where the introduction ends: it ends a clause there. */
export const withIntroductionApart = (text: string): string => text.replace(INTRODUCTION_THEN_WE, '$1，');
