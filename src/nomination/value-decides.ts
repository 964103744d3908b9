import { choiceNames, type Form, type FormField } from './form.js';
import { cleanLabel, matchLabel } from './labels.js';
import type { ParseResult } from './parsers/index.js';
import { looksLikePersonName } from './person-name.js';
import { isUnitName } from './introduction.js';
import { typicalValue } from './typical.js';
import type { Routed } from './routing.js';

/**
 * An officer's own label that names a field loosely or not at all ("商标类别：证明商标",
 * "类：中药材", "省：吉林") is read with its value: of the fields the label's words point at, the
 * one value type that takes the value outright decides. 证明商标 is one choice field's option, so
 * 商标类别 there is the protection type, not the product's category its head noun 类别 names.
 */

/** How firmly a field takes a value: as one of its options by name, outright, as any text would be taken, or not at all. */
const enum Fit {
  None = 0,
  Loose = 1,
  Sure = 2,
  Option = 3,
}

/** A label naming a field by one of its own names: the value does not overrule it. */
const OWN_NAME = 100;
/** Option names this long are no chance words: "专用标志" is an option, "产品" a word of many labels. */
const OPTION_NAME_MIN = 4;
const CHOICE_VALUE_MAX = 12;

const squash = (text: string): string => text.normalize('NFKC').replace(/[\s“”"'《》]/gu, '');

/** A choice field's option names of four characters or more ("证明商标"; not "产品", a word of "水产品"). */
const optionNames = (field: FormField): string[] =>
  choiceNames(field).filter((n) => [...n].length >= OPTION_NAME_MIN).map(squash);

/** Whether `value` is one of a choice field's options by such a name. */
const namesOption = (field: FormField, value: string): boolean => optionNames(field).includes(squash(value));

/** How firmly `field` takes `value` (see Fit): a typed value (a figure, a choice, a province …) or a shaped text value is sure. */
function fitOf(field: FormField, value: string, parsed: ParseResult): Fit {
  if (!parsed.ok) return Fit.None;
  if (field.type === 'choice') {
    if (namesOption(field, value)) return Fit.Option;
    const short = !/\d/u.test(value) && [...value].length <= CHOICE_VALUE_MAX;
    return short && optionNames(field).some((n) => squash(value).includes(n)) ? Fit.Sure : Fit.Loose;
  }
  if (field.type === 'longtext') return Fit.Loose;
  if (field.type !== 'text') return Fit.Sure;
  const bare = value.trim();
  const shaped = typicalValue(field, bare) !== undefined || (field.personName && looksLikePersonName(bare)) || (field.shape === 'unit' && isUnitName(bare));
  return shaped ? Fit.Sure : Fit.Loose;
}

const bigrams = (text: string): string[] => [...text].slice(0, -1).map((c, i) => `${c}${[...text][i + 1]}`);

/** Every name a field is known by, its options' names included. */
const namesOf = (field: FormField): string[] => [
  field.label,
  ...field.keywords,
  ...choiceNames(field),
];

/**
 * The fields a label's words point at: those it names (the matcher's), those a two-character word
 * of it is part of a name of ("商标" in 证明商标), and, for a label of one character ("类", "省"),
 * those with that character in a name of theirs.
 */
function pointedAt(form: Form, label: string): FormField[] {
  const cleaned = cleanLabel(label);
  if (!cleaned) return [];
  const words = [...cleaned].length === 1 ? [cleaned] : bigrams(cleaned);
  const named = matchLabel(form, label).map((m) => m.field);
  const sharing = form.fields.filter((f) => namesOf(f).some((n) => words.some((w) => n.includes(w))));
  return [...new Set([...named, ...sharing])];
}

/**
 * The field `value` decides among those `label` points at: the only one taking it as an option by
 * name, or else the only one taking it outright — when the field the label names best takes it no
 * better (loosely, as free text, or not at all) and, for an outright value, the label is not one of
 * that field's own names. Undefined when the label's own reading stands.
 */
export function decidedByValue(form: Form, label: string, value: string, parse: (field: FormField) => ParseResult): Routed | undefined {
  const [top] = matchLabel(form, label);
  // (an option named outright is pointed at whatever the label says: "类别：证明商标")
  const candidates = [...new Set([...pointedAt(form, label), ...form.fields.filter((f) => namesOption(f, value))])];
  if (candidates.length < 2 && top) return undefined;
  const fits = candidates.map((field) => ({ field, parsed: parse(field) })).map((c) => ({ ...c, fit: fitOf(c.field, value, c.parsed) }));
  const topFit = fits.find((c) => c.field === top?.field)?.fit ?? Fit.None;
  if (top && topFit >= Fit.Sure) return undefined;
  // (a text field takes any words; a choice read loosely, "水产品" for 地理标志产品 by 产品, is no such claim)
  const ownName = top !== undefined && top.score >= OWN_NAME && topFit !== Fit.None && (top.field.type === 'text' || top.field.type === 'longtext');
  const best = Math.max(...fits.map((c) => c.fit));
  const [only, ...more] = fits.filter((c) => c.fit === best);
  const decides = best === Fit.Option || (best === Fit.Sure && !ownName);
  return decides && only?.parsed.ok && more.length === 0 ? { field: only.field, value: only.parsed.value } : undefined;
}
