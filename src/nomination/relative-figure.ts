import type { Form, FormField } from './form.js';
import type { FieldValue } from '../store/nomination-types.js';
import type { Filled } from './correction-forms.js';
import { fieldsNamedIn } from './labels.js';
import { parseField } from './parsers/index.js';
import { parseNumber } from './parsers/numbers.js';
import type { MessageReading } from './reading.js';

/**
 * A figure given by another one rather than by itself: "同上" (the figure above), "比去年翻了一番，
 * 去年是28家" (twice the figure said), "产值的三成" (a share of a figure filled). The clerk works it
 * out; only the figure asked is answered so, from a figure the message or the form surely holds.
 */

/** "同上", "跟上面一样", "和物流一样". */
const SAME_AS = /^(?:同上|(?:跟|和|与)?(?:上面|上一?[项个条栏题]|前面)的?(?:一样|相同)|(?:跟|和|与)([^，,。；;\d]{1,10}?)(?:一样|相同))(?:的|吧|啊|哈)?[。.!！~～]*$/u;
/** "翻了一番" doubles, "翻了两番" doubles twice. */
const DOUBLED = /翻了?(一|两|二|三|[123])?番/u;
const TIMES: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 1: 1, 2: 2, 3: 3 };
/** A share: 一半, 三成, 百分之三十, 30%. */
const SHARE = /(一半|[一二两三四五六七八九]成|百分之[一二三四五六七八九十]{1,3}|\d{1,2}(?:\.\d+)?\s*[%％])/u;
/** A figure written in the message (a share's or a doubling's words aside). */
const FIGURE = /[\d０-９]|[零一二两三四五六七八九十百千万亿]+(?:个亿|亿|万|千|家|人|元)/u;

/** The share SHARE matched, as a fraction. */
function shareOf(said: string): number | undefined {
  if (said === '一半') return 0.5;
  const tenths = /^(.)成$/u.exec(said)?.[1];
  const hundredths = /^百分之(.+)$/u.exec(said)?.[1] ?? /^(.+?)\s*[%％]$/u.exec(said)?.[1];
  const n = parseNumber(tenths ?? hundredths ?? '');
  return n === undefined ? undefined : n / (tenths ? 10 : 100);
}

/**
 * The field filled with a figure nearest above `before` in the form's order (above every field when
 * `before` is none or unknown) that `fits`: the figure answered just before the one asked.
 */
export function figureAbove(form: Form, before: string | undefined, filled: Filled, fits: (field: FormField) => boolean = () => true): FormField | undefined {
  const at = before === undefined ? -1 : form.fields.findIndex((f) => f.id === before);
  return form.fields
    .slice(0, at < 0 ? form.fields.length : at)
    .reverse()
    .find((f) => typeof filled[f.id]?.value === 'number' && fits(f));
}

/** The filled figure of `field`'s type a message points at: the field it names, else the one above `field`. */
function pointedFigure(form: Form, field: FormField, filled: Filled, named: readonly FormField[]): FieldValue | undefined {
  const others = named.filter((f) => f.id !== field.id && f.type === field.type && typeof filled[f.id]?.value === 'number');
  if (others.length === 1) return filled[others[0]!.id];
  if (named.some((f) => f.id !== field.id)) return undefined;
  const above = figureAbove(form, field.id, filled, (f) => f.type === field.type);
  return above ? filled[above.id] : undefined;
}

const scaled = (field: FormField, base: FieldValue, factor: number): FieldValue | undefined => {
  const value = Math.round(Number(base.value) * factor);
  const read = parseField(field, `${value}${field.type === 'money' ? '元' : field.unit ?? ''}`);
  return read.ok ? { ...read.value, approximate: base.approximate } : undefined;
};

/** The field and value `text` gives by way of another figure, if it surely gives one: the field asked, or the one the message names beside the figure it starts from. */
export function relativeFigure(form: Form, asked: FormField, filled: Filled, text: string): { field: FormField; value: FieldValue } | undefined {
  const said = text.trim();
  const named = fieldsNamedIn(form, said);
  const same = SAME_AS.exec(said);
  if (same) {
    const pointed = same[1] ? fieldsNamedIn(form, same[1]) : [];
    if (same[1] && pointed.length !== 1) return undefined;
    const base = figured(asked) ? pointedFigure(form, asked, filled, pointed) : undefined;
    const value = base && scaled(asked, base, 1);
    return value ? { field: asked, value } : undefined;
  }
  const doubled = DOUBLED.exec(said);
  if (doubled) {
    const field = named.length === 1 && figured(named[0]!) ? named[0]! : named.length === 0 ? asked : undefined;
    if (!field || !figured(field)) return undefined;
    // the figure doubled is the one the message says ("去年是28家"), read as the field's
    const rest = `${said.slice(0, doubled.index)}，${said.slice(doubled.index + doubled[0].length)}`;
    const base = parseField(field, rest.replace(/^.*(?:是|有|为)/su, ''));
    const value = base.ok ? scaled(field, base.value, 2 ** (TIMES[doubled[1] ?? '一'] ?? 1)) : undefined;
    return value ? { field, value } : undefined;
  }
  const share = SHARE.exec(said);
  if (!share || FIGURE.test(said.replace(share[0], ''))) return undefined;
  // "出口占产值三成": the share is of the filled figure named; the figure given is the other one named, else the one asked
  const bases = named.filter((f) => typeof filled[f.id]?.value === 'number' && figured(f));
  const targets = named.filter((f) => !bases.includes(f) && figured(f));
  const base = bases.length === 1 ? bases[0] : undefined;
  const field = targets.length === 1 ? targets[0] : targets.length === 0 ? asked : undefined;
  const part = shareOf(share[1]!.replace(/\s/gu, ''));
  if (!base || !field || base.id === field.id || base.type !== field.type || part === undefined) return undefined;
  const value = scaled(field, filled[base.id]!, part);
  return value ? { field, value } : undefined;
}

const figured = (field: FormField): boolean => field.type === 'money' || field.type === 'count';

/**
 * "去年产值3.82亿元，比前年增长了18%。出口额占了一成左右": a share said in a clause of its own is of the
 * one figure of its type the same message gave; the clause names the open field it gives. Any doubt
 * (two figures it may be of, two fields named, another figure in the clause) leaves the clause unread.
 */
export function withSharesOfFiguresRead(form: Form, filled: Filled, reading: MessageReading): MessageReading {
  const worked: Record<string, FieldValue> = {};
  const figuresRead = form.fields.filter((f) => typeof reading.values[f.id]?.value === 'number');
  const unread = reading.unread.filter((clause) => {
    const share = SHARE.exec(clause);
    if (!share || FIGURE.test(clause.replace(share[0], ''))) return true;
    const [field, ...more] = fieldsNamedIn(form, clause).filter(figured);
    if (!field || more.length > 0 || field.id in filled || field.id in reading.values || field.id in worked) return true;
    const bases = figuresRead.filter((f) => f.type === field.type);
    const part = shareOf(share[1]!.replace(/\s/gu, ''));
    const value = bases.length === 1 && part !== undefined ? scaled(field, reading.values[bases[0]!.id]!, part) : undefined;
    if (!value) return true;
    worked[field.id] = value;
    return false;
  });
  return Object.keys(worked).length > 0 ? { ...reading, values: { ...reading.values, ...worked }, unread } : reading;
}
