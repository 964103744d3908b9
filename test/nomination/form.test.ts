import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildSchema, FormFileError, loadForm, missingRequired, valueLines, valuesOf } from '../../src/nomination/form.js';
import { fill, LONGJING, shippedForm } from './form-fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function formDir(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gi-form-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'nomination-form.yaml'), content);
  return dir;
}

const minimal = (fields: unknown[], extra: Record<string, unknown> = {}): string => stringify({ version: 't1', fields, ...extra });

describe('the shipped form', () => {
  const form = shippedForm();

  it('has the fields the issue asks for, in order, with Chinese labels and prompts', () => {
    expect(form.version).toBe('2023.1');
    const ids = form.fields.map((f) => f.id);
    for (const id of [
      'gi_name', 'province', 'protection_type', 'registration_no', 'region', 'applicant', 'product_category',
      'annual_output_value', 'export_value', 'related_output_processing', 'related_output_logistics',
      'related_output_tourism', 'employees', 'income_per_employee', 'sales_premium', 'authorized_users',
      'support_measures', 'next_year_plan', 'contact_name', 'contact_phone', 'contact_email',
    ]) expect(ids).toContain(id);
    expect(ids.indexOf('gi_name')).toBeLessThan(ids.indexOf('contact_email'));
    for (const field of form.fields) {
      expect(field.label).toMatch(/\p{Script=Han}/u);
      expect(field.prompt).toMatch(/\p{Script=Han}/u);
      expect(field.example, field.id).toBeTruthy();
    }
    expect(form.field('protection_type')?.choices).toEqual(['地理标志产品', '作为集体商标注册的地理标志', '作为证明商标注册的地理标志']);
    expect(form.field('income_per_employee')?.unit).toBe('元/人');
    expect(form.field('authorized_users')?.unit).toBe('个');
  });

  it('every example passes its own parser', async () => {
    const { parseField } = await import('../../src/nomination/parsers/index.js');
    for (const field of form.fields) expect(parseField(field, field.example ?? '').ok, field.id).toBe(true);
  });

  it('builds a zod schema over the normalised values', () => {
    const schema = buildSchema(form);
    const values = valuesOf(fill(form, LONGJING));
    expect(schema.safeParse(values).success).toBe(true);
    expect(schema.safeParse({ ...values, employees: 1.5 }).success).toBe(false);
    expect(schema.safeParse({ ...values, protection_type: '别的' }).success).toBe(false);
    const { gi_name: _dropped, ...withoutName } = values;
    expect(schema.safeParse(withoutName).success).toBe(false);
    const { contact_email: _optional, ...withoutEmail } = values;
    expect(schema.safeParse(withoutEmail).success).toBe(true);
    expect(Object.keys(schema.partial().shape)).toEqual(form.fields.map((f) => f.id));
  });

  it('lists missing required fields in form order', () => {
    const fields = fill(form, { gi_name: '西湖龙井', annual_output_value: '3亿' });
    const missing = missingRequired(form, fields).map((f) => f.id);
    expect(missing[0]).toBe('province');
    expect(missing).not.toContain('gi_name');
    expect(missing).not.toContain('contact_email');
    expect(missingRequired(form, fill(form, LONGJING))).toEqual([]);
  });
});

describe('loadForm errors name the file and the field', () => {
  const ok = { id: 'gi_name', label: '名称', type: 'text', prompt: '名称？' };

  it('a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gi-form-'));
    dirs.push(dir);
    expect(() => loadForm(dir)).toThrow(/nomination-form\.yaml.*cannot read/);
  });

  it('broken YAML', () => {
    expect(() => loadForm(formDir('version: "1"\nfields: [\n'))).toThrow(/nomination-form\.yaml: not valid YAML/);
  });

  it('an unknown type', () => {
    const dir = formDir(minimal([ok, { id: 'output', label: '产值', type: 'moneyy', prompt: '产值？' }]));
    expect(() => loadForm(dir)).toThrow(FormFileError);
    expect(() => loadForm(dir)).toThrow(/nomination-form\.yaml: fields\[1\] \(output\)\.type/);
  });

  it('a non-snake-case id', () => {
    expect(() => loadForm(formDir(minimal([{ ...ok, id: 'GI Name' }])))).toThrow(/fields\[0\] \(GI Name\)\.id: id must be English snake_case/);
  });

  it('a missing prompt', () => {
    expect(() => loadForm(formDir(minimal([{ id: 'x', label: 'X', type: 'text' }])))).toThrow(/fields\[0\] \(x\)\.prompt/);
  });

  it('a duplicate id', () => {
    expect(() => loadForm(formDir(minimal([ok, ok])))).toThrow(/field gi_name: the id appears twice/);
  });

  it('a choice field without choices', () => {
    expect(() => loadForm(formDir(minimal([{ ...ok, id: 'kind', type: 'choice' }])))).toThrow(/field kind: a choice field needs "choices"/);
  });

  it('an unknown key (a typo)', () => {
    expect(() => loadForm(formDir(minimal([{ ...ok, requird: true }])))).toThrow(/fields\[0\] \(gi_name\)/);
  });

  it('min above max', () => {
    expect(() => loadForm(formDir(minimal([{ ...ok, id: 'n', type: 'count', min: 5, max: 1 }])))).toThrow(/field n: min is greater than max/);
  });
});

describe('form versions', () => {
  it('keeps values of fields an older version had readable, by their stored display', () => {
    const dir = formDir(
      minimal(
        [{ id: 'gi_name', label: '名称', type: 'text', prompt: '名称？', required: true }],
        { retired_fields: [{ id: 'old_output', label: '旧产值' }] },
      ),
    );
    const form = loadForm(dir);
    const stored = {
      gi_name: { raw: '龙井', value: '龙井', display: '龙井' },
      old_output: { raw: '3亿', value: 300000000, unit: '元' as const, display: '3亿元' },
      gone_field: { raw: 'x', value: 'x', display: '某值' },
    };
    const lines = valueLines(form, stored);
    expect(lines.map((l) => [l.label, l.value?.display, l.current])).toEqual([
      ['名称', '龙井', true],
      ['旧产值', '3亿元', false],
      ['gone_field', '某值', false],
    ]);
    expect(form.labelOf('old_output')).toBe('旧产值');
    expect(missingRequired(form, stored)).toEqual([]);
  });
});
