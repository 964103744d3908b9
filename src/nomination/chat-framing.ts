import { NOMINATING_VERBS } from './dialog/start-words.js';
import { taggedWords } from '../text/segmenter.js';
import { looksLikePersonName, looksLikeSpeaker, looksLikeTitledName } from './person-name.js';

/**
 * A forwarded or merged chat pasted into the dialog carries the chat's framing around what was
 * said: "[聊天记录]", "张局 10:32", "[转发] 叶科长：", "【叶科长】", "[罗建 10:32] …", and stickers
 * written as text ("[强]"). The framing is no answer and no label; without it, what the colleague
 * wrote reads as if the officer had typed it.
 */

/** A line that only marks a forward: "[聊天记录]", "【转发】", "群聊的聊天记录", "——以下为聊天记录——". */
const MARKER_LINE = /^[\s\-—=*]*[[【(（]?(?:合并转发|转发|聊天记录|\S{1,20}的聊天记录|以下(?:为|是)?\S{0,6}聊天记录)[\]】)）]?[\s\-—=*：:]*$/u;
/** A marker in front of what is forwarded on the same line: "[转发] 叶科长：…", "转发自县局王芳：…". */
const MARKER_LEAD = /^(?:[[【(（](?:合并转发|转发|转|聊天记录)[\]】)）]|(?:合并转发|转发|转)[：:]|(?:转发自|转自)\s*(?=[^：:\n]{2,14}[：:]))\s*/u;
/** When a message was sent, as chat apps print it after the speaker: "10:32", "2023-04-12 10:32", "昨天 下午3:05". */
const TIME = '(?:(?:\\d{4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?\\s*)?(?:(?:昨天|今天|前天|星期.|周.)\\s*)?(?:(?:上午|下午|晚上|中午|凌晨)\\s*)?\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?';
const SPEAKER_TIME = new RegExp(`^\\s*(\\S{1,10}?)\\s*[：:]?\\s+${TIME}\\s*$`, 'u');
/** A speaker on a line of their own ("叶科长：") or in brackets before what they said ("【叶科长】用标企业89家"). */
const SPEAKER_LINE = /^\s*(\S{1,14}?(?:[ \t]\S{2,6})?)\s*[：:]\s*$/u;
const SPEAKER_BRACKETS = /^\s*[[【]([^\]】\n]{1,14}?)[\]】]\s*[：:]?\s*/u;
/** …and, after a forward marker, before what they said on the same line: "【转发】统计站王站长：“…”". */
const SPEAKER_LEAD = /^\s*(\S{1,12}?)\s*[：:]\s*(?=\S)/u;
/** A speaker with the time before what they said on the same line: "[罗建 10:32] …", "张伟 03-06 09:15：…". */
const SPEAKER_TIME_LEAD = new RegExp(`^\\s*(?:[[【](\\S{1,10}?)\\s+${TIME}[\\]】]|(\\S{1,10}?)\\s+${TIME}\\s*[：:])\\s*(?=\\S)`, 'u');
/** A person's name before a colon and what they said, on a line of its own: "刘倩：衡水老白干", "东乌旗小张：…". */
const NAMED_SAYS = /^\s*(\p{Script=Han}{2,10})\s*[：:]\s*(?=\S)/u;
/** A phone number or an e-mail address beside a name makes it the contact's, not a speaker's. */
const CONTACT = /\d{7,}|\d{3,4}-\d{7,8}|@/u;
/** A chat app's sticker written as text: "[强]", "[握手]", "[OK]". */
const STICKER = /\[(?:\p{Script=Han}{1,4}|[A-Za-z]{2,12})\]/gu;

/**
 * A colleague's words quoted whole ("转一下同事的微信：“2022年…产值83.5亿元，…。”"): the quotation
 * marks go when they hold several clauses; a quoted name ("“洛川苹果 中国红”品牌") stays as typed.
 */
const QUOTED = /(^|[：:]\s*)[“"「『]([^“”"「」『』]*[，,；;。][^“”"「」『』]*)[”"」』]([。.！!]?\s*)$/gmu;

/**
 * `text` without the chat's framing; `isLabel` tells a field's name ("申请人：…") from a person's
 * name before a colon, which is who said the rest ("刘倩：衡水老白干").
 */
export function withoutChatFraming(text: string, isLabel: (word: string) => boolean = () => true): string {
  const framed = withoutRelayLead(withoutSpeaker(withoutQuotation(withoutFramingLines(text), isLabel), isLabel), isLabel);
  // (a sticker is a reaction, as an emoji is; a message of stickers alone stays as it is)
  return framed.replace(STICKER, '').trim() || framed;
}

function withoutSpeaker(text: string, isLabel: (word: string) => boolean): string {
  const named = NAMED_SAYS.exec(text);
  const name = named?.[1];
  if (!named || !name || /\n/u.test(text) || CONTACT.test(text) || isLabel(name) || isTimeWord(name) || isRequestWord(name) || !looksLikeSpeaker(name)) return text;
  return text.slice(named[0].length);
}

/** "申报：阳澄湖大闸蟹": a nominating verb before a colon asks for the form; no one is named so. */
const isRequestWord = (word: string): boolean => NOMINATING_VERBS.includes(word);

/** "明年：…", "今年：…": a time before a colon heads what follows; shaped like a name (明 is a surname), it is none. */
const isTimeWord = (word: string): boolean => {
  const tagged = taggedWords(word);
  return tagged.length === 1 && tagged[0]?.tag === 't';
};

/** A colleague named as saying the quoted words: "小马原话「去年…产值31个亿」", "县局小李说：“…”". */
const SAYS_QUOTED = /^\s*(\S{1,12}?)(?:(?:的)?(?:原话|原文|说|讲|发来|回复|回)(?:是|的是)?[：:]?|[：:])?\s*[“"「『]([^“”"「」『』]+)[”"」』][。.！!]?\s*$/u;

/** A colleague named as saying what follows, unquoted: "昆山巴城老陆说出口基本没有", "林科讲…". */
const SAYS_LEAD = /^\s*(\p{Script=Han}{2,8}?)(?:说|讲|反映|表示)(?:是|的是)?[：:，,]?\s*(?=\p{Script=Han})(?![的得过了])/u;

/** A label before a colleague's quoted words: "从业人员:小艾原话“…”". */
const LABEL_FIRST = /^([^：:“”"「」]{1,10}[：:])\s*(.+)$/su;

/** A whole message quoted after a few words ("用标的 转：「…」", "县局老吴写的我贴一下「…」", "明年的计划「…」"), and a remark on it after a dash. */
const QUOTED_WHOLE = /^([^“”"「」『』\n]{0,30}?)\s*(?:「([^「」]+)」|『([^『』]+)』|“([^“”]+)”|"([^"]+)")[。.！!]?(?:\s*——[^“”"「」『』]*)?\s*$/u;
/** Quoted words shorter than this, with no figure, are a word quoted, not what a colleague sent. */
const QUOTED_MIN = 6;
/** Words that say the quotation is relayed: 转, 原话, 写的, 我贴一下. */
const RELAY = /转发?|原话|原文|(?:写|发|给|报|整理|提供)的|发来|贴|说|讲|回复|反映/u;

/**
 * The quoted words of a message that is only a quotation after a field's name, who wrote it, or
 * words relaying it; the field's name is kept as the label of what was quoted.
 */
function quotedWhole(text: string, isLabel: (word: string) => boolean): string | undefined {
  const quoted = QUOTED_WHOLE.exec(text);
  const [lead, said] = [quoted?.[1] ?? '', quoted?.slice(2).find((q) => q !== undefined)?.trim()];
  // (a quoted word stays as typed: "他说：“好的”")
  if (!quoted || !said || ([...said].length < QUOTED_MIN && !/\d/u.test(said))) return undefined;
  const relay = RELAY.exec(lead);
  const head = (relay ? lead.slice(0, relay.index) : lead).replace(/[\s：:，,]+$/u, '');
  if (head === '') return relay || lead.trim() === '' ? said : undefined;
  if (isLabel(head)) return `${head}：${said}`;
  return relay && isRelayer(head, isLabel) ? said : undefined;
}

/** Who relays, or how it came ("协会刘主任", "问了县局，他们"): a few words naming no field and holding no figure. */
const isRelayer = (head: string, isLabel: (word: string) => boolean): boolean =>
  !runsOfChars(head).some(isLabel) && (looksLikeSpeaker(head) || ([...head].length <= RELAYER_MAX && !/\d/u.test(head)));
const RELAYER_MAX = 12;
/** Every run of two to six characters of `text`: where a field's name may hide ("扶持措施是小郑"). */
const runsOfChars = (text: string): string[] => {
  const chars = [...text];
  const out: string[] = [];
  for (let from = 0; from < chars.length; from += 1) for (let to = from + 2; to <= Math.min(chars.length, from + 6); to += 1) out.push(chars.slice(from, to).join(''));
  return out;
};

/** A colleague's words relayed whole after a colon: "协会秘书长发的：（1）…", "县局小王写的：…". */
const RELAY_LEAD = /^\s*([^：:，,。；;\n\d]{2,12}?)(?:发的|写的|报的|说的|念的|读的|口述的|发来的|整理的|给的|的原话|原话|的原文|原文)(?:是|如下)?[：:]\s*(?=\S)/u;

function withoutRelayLead(text: string, isLabel: (word: string) => boolean): string {
  const lead = RELAY_LEAD.exec(text);
  const head = lead?.[1];
  if (!lead || !head) return text;
  if (isRelayer(head, isLabel)) return text.slice(lead[0].length);
  // "申请单位 李明发的：…": a field's name, then who relayed it
  const chars = [...head];
  for (let at = 2; at <= chars.length - 2; at += 1) {
    const [label, who] = [chars.slice(0, at).join('').trim(), chars.slice(at).join('').trim()];
    if (isLabel(label) && looksLikeSpeaker(who)) return `${label.replace(/(?:是|为)$/u, '')}：${text.slice(lead[0].length)}`;
  }
  return text;
}

const withoutQuotation = (text: string, isLabel: (word: string) => boolean): string => {
  const whole = quotedWhole(text, isLabel);
  if (whole !== undefined) return whole;
  const says = SAYS_QUOTED.exec(text);
  if (says?.[2] && looksLikeSpeaker(says[1] as string)) return says[2];
  const labelled = LABEL_FIRST.exec(text);
  const quoted = labelled?.[2] ? SAYS_QUOTED.exec(labelled[2]) : undefined;
  if (labelled && quoted?.[2] && looksLikeSpeaker(quoted[1] as string)) return `${labelled[1]}${quoted[2]}`;
  const lead = SAYS_LEAD.exec(text);
  if (lead && !text.includes('\n') && looksLikeSpeaker(lead[1] as string)) return text.slice(lead[0].length);
  return text.replace(QUOTED, (_, lead: string, said: string, end: string) => `${lead}${said}${end}`);
};

function withoutFramingLines(text: string): string {
  if (!/[\n【[(（]|\d[:：]\d|^\s*(?:合并转发|转发|转)[：:]/u.test(text)) return text;
  const lines = text.split(/\r?\n/u);
  const kept: string[] = [];
  for (const line of lines) {
    const unmarked = line.replace(MARKER_LEAD, '');
    if (MARKER_LINE.test(unmarked)) continue;
    const timed = SPEAKER_TIME.exec(unmarked);
    if (timed && looksLikeSpeaker(timed[1] as string)) continue;
    const timedLead = SPEAKER_TIME_LEAD.exec(unmarked);
    if (timedLead && looksLikeSpeaker((timedLead[1] ?? timedLead[2]) as string)) {
      kept.push(unmarked.slice(timedLead[0].length));
      continue;
    }
    // a bare name on its own line may be an answer (联系人); after a forward marker, or with a rank, it is who speaks
    const alone = SPEAKER_LINE.exec(unmarked);
    if (alone && (unmarked !== line ? looksLikeSpeaker(alone[1] as string) : looksLikeTitledName(alone[1] as string))) continue;
    const led = unmarked !== line ? SPEAKER_LEAD.exec(unmarked) : null;
    if (led && looksLikeSpeaker(led[1] as string)) {
      kept.push(unmarked.slice(led[0].length));
      continue;
    }
    const bracketed = SPEAKER_BRACKETS.exec(unmarked);
    const said = bracketed ? unmarked.slice(bracketed[0].length) : '';
    kept.push(bracketed && said !== '' && looksLikeSpeaker(bracketed[1] as string) ? said : unmarked);
  }
  const framed = kept.join('\n').trim();
  return framed === '' ? text : framed;
}
