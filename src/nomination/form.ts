import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { FieldValue } from '../store/nomination-types.js';

/**
 * The nomination form (申报书) as data: `knowledge/nomination-form.yaml` lists the fields in
 * order; the zod schema, the dialog's questions, the parsers' limits and the exports all follow
 * from it, so a coordinator adapts the form without code.
 */

/** The file name of the form inside the knowledge folder. */
export const FORM_FILE = 'nomination-form.yaml';

export const FIELD_TYPES = [
  'text',
  'longtext',
  'province',
  'choice',
  'money',
  'count',
  'percent',
  'phone',
  'email',
  'registration',
] as const;

/** How a field's answer is parsed and normalised. */
export type FieldType = (typeof FIELD_TYPES)[number];

/** The unit a numeric field is stored in. Money may also come back as 美元 (never converted). */
export type FieldUnit = '元' | '元/人' | '人' | '个' | '%';

/** One question of the form. */
export interface FormField {
  /** English snake_case id, stable across form versions; the key in `NominationRecord.fields`. */
  id: string;
  /** The Chinese label, as printed on the 申报书. */
  label: string;
  type: FieldType;
  required: boolean;
  /** The question the bot asks. */
  prompt: string;
  /** 怎么填: shown on `?`. */
  help?: string;
  example?: string;
  /** Canonical options of a `choice` field, in order. */
  choices?: string[];
  /** Other words users write for each canonical choice. */
  choiceAliases: Record<string, string[]>;
  /** Storage unit of numeric fields; money fields default to 元, count fields to 人. */
  unit?: FieldUnit;
  /** Measure word shown instead of the unit for counts ("家" for 120家 stored as 120 个). */
  displayUnit?: string;
  /** Words that name this field in free text ("产值", "年产值"), longest first. */
  keywords: string[];
  /** Numeric bounds (in the storage unit) for numeric fields. */
  min?: number;
  max?: number;
  /** Length bounds in characters for text-like fields. */
  minLength?: number;
  maxLength?: number;
  /** Text must contain at least one Chinese character (names of places, organisations). */
  requireHan: boolean;
  /** Text must not contain digits (person names). */
  forbidDigits: boolean;
  /** The field holds a person's name: decides between fields one label word names (名字). */
  personName: boolean;
  /**
   * What the value is, for free text that must name one: `place` (a region) takes only text that
   * names a place (省, 县, 镇 …, a province), so "中药材" or "茶叶" is never a region. `unit` (the
   * applicant) is a body's name (…协会, …中心, …政府), `product` (the GI's name) a product's: a
   * value of another kind is talk and is refused (see name-kind.ts).
   */
  shape?: 'place' | 'unit' | 'product';
  /** The values most answers are (茶叶, 水果 … for the category): a piece that is one of them goes to this field. */
  typicalValues: string[];
}

/** A field that earlier form versions had: its values in old drafts keep a label. */
export interface RetiredField {
  id: string;
  label: string;
}

/** The loaded form. */
export interface Form {
  version: string;
  title: string;
  fields: FormField[];
  retired: RetiredField[];
  /** Words people write for the form's own words in labels (扶持 ← 支持, 计划 ← 打算), canonical word first. */
  labelSynonyms: Record<string, string[]>;
  /** The field with this id in the current version, if any. */
  field(id: string): FormField | undefined;
  /** A label for any id: current field, retired field, or the id itself. */
  labelOf(id: string): string;
}

/** A form file that cannot be used; the message names the file and the field. */
/** Why a form file cannot be used: it cannot be read, is not YAML, or its content breaks the schema. */
export type FormFileProblem = 'unreadable' | 'yaml' | 'content';

export class FormFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: FormFileProblem,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'FormFileError';
  }
}

const choiceSchema = z.union([
  z.string().min(1),
  z.object({ value: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) }).strict(),
]);

const fieldSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id must be English snake_case'),
    label: z.string().min(1),
    type: z.enum(FIELD_TYPES),
    required: z.boolean().default(false),
    prompt: z.string().min(1),
    help: z.string().optional(),
    example: z.string().optional(),
    choices: z.array(choiceSchema).optional(),
    unit: z.enum(['元', '元/人', '人', '个', '%']).optional(),
    display_unit: z.enum(['人', '名', '个', '家', '户', '位']).optional(),
    keywords: z.array(z.string().min(1)).default([]),
    min: z.number().optional(),
    max: z.number().optional(),
    min_length: z.number().int().min(0).optional(),
    max_length: z.number().int().positive().optional(),
    require_han: z.boolean().default(false),
    forbid_digits: z.boolean().default(false),
    person_name: z.boolean().default(false),
    shape: z.enum(['place', 'unit', 'product']).optional(),
    typical_values: z.array(z.string().min(1)).default([]),
  })
  .strict();

const fileSchema = z
  .object({
    version: z.string().min(1),
    title: z.string().min(1).default('地理标志运用促进重点联系指导名录申报书'),
    fields: z.array(fieldSchema).min(1),
    retired_fields: z.array(z.object({ id: z.string().min(1), label: z.string().min(1) }).strict()).default([]),
    label_synonyms: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
  })
  .strict();

type RawField = z.infer<typeof fieldSchema>;

function toField(raw: RawField): FormField {
  const choices = raw.choices?.map((c) => (typeof c === 'string' ? c : c.value));
  const choiceAliases: Record<string, string[]> = {};
  for (const c of raw.choices ?? []) if (typeof c !== 'string') choiceAliases[c.value] = c.aliases;
  const defaultUnit: FieldUnit | undefined =
    raw.type === 'money' ? '元' : raw.type === 'count' ? '人' : raw.type === 'percent' ? '%' : undefined;
  return {
    id: raw.id,
    label: raw.label,
    type: raw.type,
    required: raw.required,
    prompt: raw.prompt,
    help: raw.help,
    example: raw.example,
    choices,
    choiceAliases,
    unit: raw.unit ?? defaultUnit,
    displayUnit: raw.display_unit,
    keywords: [...new Set([raw.label, ...raw.keywords])].sort((a, b) => b.length - a.length),
    min: raw.min,
    max: raw.max,
    minLength: raw.min_length,
    maxLength: raw.max_length,
    requireHan: raw.require_han,
    forbidDigits: raw.forbid_digits,
    personName: raw.person_name,
    shape: raw.shape,
    typicalValues: raw.typical_values,
  };
}

/** Where in the file an issue is: `fields[3] (employees).type`. */
function issuePath(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      const id = node && typeof node === 'object' ? (node as unknown[])[key] : undefined;
      const name = id && typeof id === 'object' && 'id' in id ? ` (${String((id as { id: unknown }).id)})` : '';
      parts.push(`[${key}]${name}`);
    } else parts.push(parts.length ? `.${String(key)}` : String(key));
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return parts.join('') || '(top level)';
}

function checkConsistency(file: string, fields: FormField[]): void {
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.id)) throw new FormFileError(file, 'content', `field ${field.id}: the id appears twice`);
    seen.add(field.id);
    if (field.type === 'choice' && !field.choices?.length) {
      throw new FormFileError(file, 'content', `field ${field.id}: a choice field needs "choices"`);
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      throw new FormFileError(file, 'content', `field ${field.id}: min is greater than max`);
    }
    if ((field.unit === '元' || field.unit === '元/人') && field.type !== 'money') {
      throw new FormFileError(file, 'content', `field ${field.id}: unit ${field.unit} needs type money`);
    }
  }
}

/** Builds a form from already-parsed YAML data; `file` names the source in errors. */
export function formFromData(data: unknown, file: string): Form {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issuePath(data, issue.path) : '';
    throw new FormFileError(file, 'content', `${where}: ${issue?.message ?? 'invalid form'}`);
  }
  const fields = parsed.data.fields.map(toField);
  checkConsistency(file, fields);
  const byId = new Map(fields.map((f) => [f.id, f]));
  const retired = parsed.data.retired_fields;
  return {
    version: parsed.data.version,
    title: parsed.data.title,
    fields,
    retired,
    labelSynonyms: parsed.data.label_synonyms,
    field: (id) => byId.get(id),
    labelOf: (id) => byId.get(id)?.label ?? retired.find((r) => r.id === id)?.label ?? id,
  };
}

/** Reads and validates `<dir>/nomination-form.yaml`. Throws `FormFileError` naming file and field. */
export function loadForm(dir: string): Form {
  const file = join(dir, FORM_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new FormFileError(file, 'unreadable', `cannot read the form file (${(error as Error).message})`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new FormFileError(file, 'yaml', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return formFromData(data, file);
}

const NUMERIC_TYPES: ReadonlySet<FieldType> = new Set(['money', 'count', 'percent']);

/** True for fields whose normalised value is a number. */
export const isNumericField = (field: FormField): boolean => NUMERIC_TYPES.has(field.type);

/** A choice field's options and their other names, each option before its aliases. */
export const choiceNames = (field: FormField): string[] => (field.choices ?? []).flatMap((choice) => [choice, ...(field.choiceAliases[choice] ?? [])]);

function valueSchema(field: FormField): z.ZodType {
  if (isNumericField(field)) {
    let schema = z.number();
    if (field.min !== undefined) schema = schema.min(field.min);
    if (field.max !== undefined) schema = schema.max(field.max);
    if (field.type === 'count') schema = schema.int();
    return schema.describe(field.label);
  }
  if (field.type === 'choice' && field.choices?.length) {
    return z.enum(field.choices as [string, ...string[]]).describe(field.label);
  }
  let schema = z.string().min(field.minLength ?? 1);
  if (field.maxLength !== undefined) schema = schema.max(field.maxLength);
  return schema.describe(field.label);
}

/**
 * A zod object over the normalised values (`FieldValue.value`) keyed by field id: numbers for
 * money/count/percent, canonical strings otherwise; optional fields are optional.
 */
export function buildSchema(form: Form): z.ZodObject<Record<string, z.ZodType>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of form.fields) shape[field.id] = field.required ? valueSchema(field) : valueSchema(field).optional();
  return z.object(shape);
}

/** The normalised values of a record's fields, the input `buildSchema` validates. */
export const valuesOf = (fields: Record<string, FieldValue>): Record<string, string | number> =>
  Object.fromEntries(Object.entries(fields).map(([id, v]) => [id, v.value]));

/** Required fields of the current form that have no value yet, in form order. */
export function missingRequired(form: Form, fields: Record<string, FieldValue>): FormField[] {
  return form.fields.filter((field) => field.required && !(field.id in fields));
}

/** One row of a record as shown to people: current fields in order, then values of ids the form no longer has. */
export interface ValueLine {
  id: string;
  label: string;
  value?: FieldValue;
  /** False for a value stored under an id that is not in the current form version. */
  current: boolean;
}

/** Every field of the form plus any stored value whose id the form no longer has (shown by its display). */
export function valueLines(form: Form, fields: Record<string, FieldValue>): ValueLine[] {
  const lines: ValueLine[] = form.fields.map((f) => ({ id: f.id, label: f.label, value: fields[f.id], current: true }));
  for (const [id, value] of Object.entries(fields)) {
    if (!form.field(id)) lines.push({ id, label: form.labelOf(id), value, current: false });
  }
  return lines;
}
