import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalProvince, PROVINCE_NAMES } from '../../src/nomination/provinces.js';
import { checkQuota, loadQuotas, QuotaFileError, setQuota } from '../../src/nomination/quotas.js';
import { KNOWLEDGE } from './form-fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'gi-quota-'));
  dirs.push(dir);
  return dir;
};

describe('provinces', () => {
  it('has the 31 provinces plus 新疆生产建设兵团', () => {
    expect(PROVINCE_NAMES).toHaveLength(32);
    expect(PROVINCE_NAMES).toContain('新疆生产建设兵团');
  });

  it.each([
    ['内蒙', '内蒙古自治区'], ['广西', '广西壮族自治区'], ['兵团', '新疆生产建设兵团'], ['浙江', '浙江省'],
    ['浙江省', '浙江省'], ['京', '北京市'], ['沪', '上海市'], ['渝', '重庆市'], ['Zhejiang', '浙江省'], ['宁夏', '宁夏回族自治区'],
  ])('%s → %s', (alias, name) => expect(canonicalProvince(alias)).toBe(name));

  it('does not guess', () => {
    expect(canonicalProvince('浙')).toBe('浙江省');
    expect(canonicalProvince('台湾')).toBeUndefined();
    expect(canonicalProvince('')).toBeUndefined();
  });
});

describe('quotas', () => {
  it('ships every province as unknown (no cap), because attachment 2 is not published', () => {
    const quotas = loadQuotas(KNOWLEDGE);
    expect(Object.keys(quotas).sort()).toEqual([...PROVINCE_NAMES].sort());
    expect(Object.values(quotas).every((q) => q === null)).toBe(true);
    expect(readFileSync(join(KNOWLEDGE, 'quotas.yaml'), 'utf8')).toContain('attachment 2');
    expect(checkQuota(quotas, '浙江省', 1000)).toEqual({ ok: true });
  });

  it('refuses with the numbers once a province reaches its quota', () => {
    const quotas = { ...loadQuotas(KNOWLEDGE), 浙江省: 2 };
    expect(checkQuota(quotas, '浙江省', 0)).toEqual({ ok: true });
    expect(checkQuota(quotas, '浙江', 1)).toEqual({ ok: true });
    expect(checkQuota(quotas, '浙江省', 2)).toEqual({ ok: false, quota: 2, used: 2 });
    expect(checkQuota({ ...quotas, 北京市: 0 }, '北京市', 0)).toEqual({ ok: false, quota: 0, used: 0 });
  });

  it('setQuota writes the file back, keeping its comments, and loadQuotas reads it', () => {
    const dir = tempDir();
    copyFileSync(join(KNOWLEDGE, 'quotas.yaml'), join(dir, 'quotas.yaml'));
    const after = setQuota(dir, '浙江', 5);
    expect(after['浙江省']).toBe(5);
    expect(loadQuotas(dir)['浙江省']).toBe(5);
    const text = readFileSync(join(dir, 'quotas.yaml'), 'utf8');
    expect(text).toContain('attachment 2');
    expect(text).toMatch(/浙江省: 5/);
    expect(text.match(/^ *浙江省:/gmu)).toHaveLength(1);
    setQuota(dir, '浙江省', null);
    expect(loadQuotas(dir)['浙江省']).toBeNull();
  });

  it('creates the file when missing and accepts alias keys', () => {
    const dir = tempDir();
    expect(Object.values(loadQuotas(dir)).every((q) => q === null)).toBe(true);
    setQuota(dir, '兵团', 3);
    expect(loadQuotas(dir)['新疆生产建设兵团']).toBe(3);
    writeFileSync(join(dir, 'quotas.yaml'), 'quotas:\n  内蒙: 4\n');
    expect(loadQuotas(dir)['内蒙古自治区']).toBe(4);
  });

  it('rejects bad entries with the file and the key', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'quotas.yaml'), 'quotas:\n  火星: 3\n');
    expect(() => loadQuotas(dir)).toThrow(/quotas\.yaml: quotas\.火星: not a province/);
    writeFileSync(join(dir, 'quotas.yaml'), 'quotas:\n  浙江: -1\n');
    expect(() => loadQuotas(dir)).toThrow(QuotaFileError);
    writeFileSync(join(dir, 'quotas.yaml'), 'quotas:\n  浙江: 2.5\n');
    expect(() => loadQuotas(dir)).toThrow(/quotas\.浙江/);
    expect(() => setQuota(dir, '火星', 1)).toThrow(QuotaFileError);
    expect(() => setQuota(dir, '浙江', -2)).toThrow(QuotaFileError);
  });
});
