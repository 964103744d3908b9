import type { Form, FormField } from '../../src/nomination/form.js';
import type { ScriptedDialog, TurnTrace } from './dialog-eval.js';

/**
 * Rewordings of a scripted conversation the way officers change its flow: two answers in one
 * message (labelled or not), each answer with its field's name in front, two neighbours in the
 * other order, a free-text answer over two messages, a polite line or a question between answers,
 * a label typed with half-width punctuation. Each works from a trace of the dialog as written
 * (dialog-eval.ts): a line is an answer to field F when F was asked, nothing waited for 确认, and
 * the line changed F alone, to the value the script expects. Expectations stay those of the script.
 */

/** A line that answered the field asked, alone and as the script expects. */
export interface Answer {
  part: number;
  line: number;
  field: FormField;
  text: string;
}

const COMMAND = /^[/／]|^(?:提交|确认|跳过|无|没有|继续|接着)/u;

export function answersOf(form: Form, dialog: ScriptedDialog, turns: TurnTrace[], same: (e: string | number, got: unknown) => boolean): Answer[] {
  const out: Answer[] = [];
  for (const turn of turns) {
    const ids = Object.keys(turn.changed);
    const field = turn.asked ? form.field(turn.asked) : undefined;
    const text = dialog.parts[turn.part]?.[turn.line];
    if (!field || !text || turn.pending || ids.length !== 1 || ids[0] !== field.id || COMMAND.test(text)) continue;
    const expected = dialog.expect[field.id];
    if (expected === undefined || !same(expected, turn.changed[field.id])) continue;
    out.push({ part: turn.part, line: turn.line, field, text });
  }
  return out;
}

/** A deterministic choice by position, so a run is repeatable and still varies the wording. */
const pick = <T>(items: readonly T[], at: number): T => items[Math.abs(at) % items.length] as T;

/**
 * Words an officer uses for a field: its names of two characters or more, not a frame word, and
 * not its label cut before a bracket that tells it apart ("相关产业产值（物流）").
 */
function namesOf(field: FormField): string[] {
  const names = [...(/[（(]/u.test(field.label) ? [] : [field.label]), ...field.keywords].filter((n) => n.length >= 2 && !/^[（(]|^(?:属于|email|e-mail)$/iu.test(n));
  return [...new Set(names)];
}

/** An answer already naming its field ("用标企业86家", "联系人：…") gets no second name. */
const named = (answer: Answer): boolean => /[：:]/u.test(answer.text) || namesOf(answer.field).some((n) => answer.text.includes(n));

type Frame = (label: string, value: string) => string;
const COLON: Frame = (l, v) => `${l}：${v}`;
const AFTER_IF: Frame = (l, v) => `${l}的话，${v}`;
const FRAMES: Frame[] = [COLON, (l, v) => `${l}是${v}`, (l, v) => `${l}这块${v}`, AFTER_IF];
/** Free text after "是" reads as a sentence about the name: colons and 的话 only. */
const TEXT_FRAMES: Frame[] = [COLON, AFTER_IF];

export function labelled(answer: Answer, at: number, frames: readonly Frame[] = FRAMES): string {
  const usable = answer.field.type === 'longtext' && frames === FRAMES ? TEXT_FRAMES : frames;
  return pick(usable, at)(pick(namesOf(answer.field), at + answer.line), answer.text);
}

const HALF_FRAMES: Frame[] = [(l, v) => `${l}:${v}`, (l, v) => `${l}: ${v}`, (l, v) => `${l} : ${v}`];

type Change = (parts: string[][], answers: Answer[]) => string[][];

/** Neighbouring answers in one part: [a, b] with b on the next line, not overlapping. */
function neighbours(answers: Answer[], fits: (a: Answer, b: Answer) => boolean): [Answer, Answer][] {
  const out: [Answer, Answer][] = [];
  for (let i = 0; i + 1 < answers.length; i += 1) {
    const [a, b] = [answers[i] as Answer, answers[i + 1] as Answer];
    if (a.part === b.part && b.line === a.line + 1 && a.field.id !== b.field.id && fits(a, b)) {
      out.push([a, b]);
      i += 1;
    }
  }
  return out;
}

/** Replaces lines by position: `lines(part, line)` gives what to send instead (none drops it). */
function rewrite(parts: string[][], at: Map<string, string[]>): string[][] {
  return parts.map((part, p) => part.flatMap((text, l) => at.get(`${p}:${l}`) ?? [text]));
}

const short = (a: Answer): boolean => a.text.length <= 16 && !/[，,、；;：:。\n]/u.test(a.text);
const SEPARATORS = ['，', ' ', '，', '；'];

const together =
  (withLabels: boolean): Change =>
  (parts, answers) => {
    const at = new Map<string, string[]>();
    for (const [k, [a, b]] of neighbours(answers, (a, b) => withLabels || (short(a) && short(b) && !named(a) && !named(b))).entries()) {
      const [x, y] = withLabels ? [named(a) ? a.text : labelled(a, k), named(b) ? b.text : labelled(b, k + 1)] : [a.text, b.text];
      at.set(`${a.part}:${a.line}`, [`${x}${withLabels && a.field.type === 'longtext' ? '\n' : pick(SEPARATORS, k)}${y}`]);
      at.set(`${b.part}:${b.line}`, []);
    }
    return rewrite(parts, at);
  };

const eachLabelled =
  (frames: readonly Frame[]): Change =>
  (parts, answers) =>
    rewrite(parts, new Map(answers.filter((a) => !named(a)).map((a, k) => [`${a.part}:${a.line}`, [labelled(a, k, frames)]])));

const swapped: Change = (parts, answers) => {
  const at = new Map<string, string[]>();
  for (const [k, [a, b]] of neighbours(answers, () => true).entries()) {
    at.set(`${a.part}:${a.line}`, [named(b) ? b.text : labelled(b, k)]);
    at.set(`${b.part}:${b.line}`, [named(a) ? a.text : labelled(a, k + 1)]);
  }
  return rewrite(parts, at);
};

/** Where a free-text answer can be cut: after a sentence or item's end (。；), nearest the middle. */
function cutOf(text: string): number | undefined {
  const ends = [...text.matchAll(/[。；;]/gu)].map((m) => (m.index ?? 0) + 1).filter((i) => i >= 6 && i <= text.length - 6);
  return ends.sort((x, y) => Math.abs(x - text.length / 2) - Math.abs(y - text.length / 2))[0];
}
const ADDING = ['还有，', '另外，', '补充一下，', '还有一条：'];

const split: Change = (parts, answers) => {
  const at = new Map<string, string[]>();
  for (const [k, a] of answers.filter((x) => x.field.type === 'longtext').entries()) {
    const cut = cutOf(a.text);
    if (cut === undefined) continue;
    const rest = a.text.slice(cut);
    // (a numbered list goes on by its numbers; other text says that it adds)
    at.set(`${a.part}:${a.line}`, [a.text.slice(0, cut), /^\d+[.、．]/u.test(rest) ? rest : `${pick(ADDING, k)}${rest}`]);
  }
  return rewrite(parts, at);
};

const ASIDES = ['谢谢', '稍等，我查一下', '截止时间是什么时候？', '这个表最晚哪天交啊？', '辛苦了', '不好意思刚才在开会'];

const chatter: Change = (parts, answers) => {
  const at = new Map<string, string[]>();
  for (const [k, a] of answers.entries()) if (k % 4 === 1) at.set(`${a.part}:${a.line}`, [a.text, pick(ASIDES, k >> 2)]);
  return rewrite(parts, at);
};

/** The kinds, by name: each rewrites the script's parts from its single answers. */
export const FLOW_VARIANTS: Record<string, Change> = {
  pair2: together(false),
  pairlabel: together(true),
  label: eachLabelled(FRAMES),
  swap: swapped,
  split,
  chat: chatter,
  halflabel: eachLabelled(HALF_FRAMES),
};

export function flowVariant(dialog: ScriptedDialog, name: string, answers: Answer[]): ScriptedDialog | undefined {
  const change = FLOW_VARIANTS[name];
  if (!change) return undefined;
  const parts = change(dialog.parts, answers);
  if (JSON.stringify(parts) === JSON.stringify(dialog.parts)) return undefined;
  return { ...dialog, id: `${dialog.id}~${name}`, parts };
}
