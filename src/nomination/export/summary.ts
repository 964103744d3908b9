import type { Form, FormField } from '../form.js';
import { PROVINCE_NAMES } from '../provinces.js';
import type { Quotas } from '../quotas.js';
import type { NominationRecord } from '../../store/nomination-types.js';

/** Per-province figures: nominations against quota, and totals of the statistics of submitted ones. */

/** Sums of one numeric field, kept apart per unit (元 and 美元 are never added together). */
export type Totals = Partial<Record<string, number>>;

export interface ProvinceSummary {
  /** Canonical province name, or "未填省份". */
  province: string;
  submitted: number;
  drafts: number;
  /** null: unknown quota, no cap. */
  quota: number | null;
  /** quota − submitted, or null when there is no cap. */
  remaining: number | null;
  /** Field id → unit → sum over submitted nominations (money and count fields). */
  totals: Record<string, Totals>;
  /** Field id → mean over submitted nominations (percent and per-person fields). */
  averages: Record<string, number>;
}

export const NO_PROVINCE = '未填省份';
export const ALL_PROVINCES = '合计';

/** Amounts and counts add up; per-person figures and percentages are averaged instead. */
const summable = (f: FormField): boolean => (f.type === 'money' && f.unit !== '元/人') || f.type === 'count';
const averaged = (f: FormField): boolean => f.type === 'percent' || f.unit === '元/人';

function summarizeGroup(province: string, records: NominationRecord[], form: Form, quota: number | null): ProvinceSummary {
  const submitted = records.filter((r) => r.status === 'submitted');
  const totals: Record<string, Totals> = {};
  const averages: Record<string, number> = {};
  for (const field of form.fields) {
    if (summable(field)) {
      const sums: Totals = {};
      for (const r of submitted) {
        const v = r.fields[field.id];
        if (v && typeof v.value === 'number') sums[v.unit ?? ''] = (sums[v.unit ?? ''] ?? 0) + v.value;
      }
      totals[field.id] = Object.fromEntries(Object.entries(sums).map(([u, n]) => [u, Math.round((n ?? 0) * 100) / 100]));
    } else if (averaged(field)) {
      const values = submitted.map((r) => r.fields[field.id]?.value).filter((v): v is number => typeof v === 'number');
      if (values.length) averages[field.id] = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
    }
  }
  return {
    province,
    submitted: submitted.length,
    drafts: records.filter((r) => r.status === 'draft').length,
    quota,
    remaining: quota === null ? null : quota - submitted.length,
    totals,
    averages,
  };
}

/**
 * One summary per province that has nominations (in the conventional province order), then a
 * 合计 row over all of them. Cancelled nominations are left out.
 */
export function summarize(records: NominationRecord[], form: Form, quotas: Quotas = {}): ProvinceSummary[] {
  const live = records.filter((r) => r.status !== 'cancelled');
  const groups = new Map<string, NominationRecord[]>();
  for (const r of live) {
    const key = r.province ?? NO_PROVINCE;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const order = (p: string): number => (PROVINCE_NAMES.includes(p) ? PROVINCE_NAMES.indexOf(p) : PROVINCE_NAMES.length);
  const rows = [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([province, group]) => summarizeGroup(province, group, form, quotas[province] ?? null));
  const quotaSum = rows.every((r) => r.quota !== null) && rows.length > 0 ? rows.reduce((a, r) => a + (r.quota ?? 0), 0) : null;
  return [...rows, summarizeGroup(ALL_PROVINCES, live, form, quotaSum)];
}

/** The summary as a table: Chinese headers and one row per province (numbers stay numbers). */
export function summaryTable(summary: ProvinceSummary[], form: Form): { headers: string[]; rows: Array<Array<string | number>> } {
  const units = new Map<string, string[]>();
  for (const field of form.fields.filter(summable)) {
    const seen = new Set<string>([field.unit ?? '']);
    for (const row of summary) for (const u of Object.keys(row.totals[field.id] ?? {})) seen.add(u);
    units.set(field.id, [...seen]);
  }
  const means = form.fields.filter(averaged);
  const headers = [
    '省份',
    '已提交',
    '草稿',
    '名额',
    '剩余名额',
    ...[...units.entries()].flatMap(([id, us]) => us.map((u) => `${form.labelOf(id)}合计（${u}）`)),
    ...means.map((f) => `${f.label}平均（${f.unit ?? '%'}）`),
  ];
  const rows = summary.map((row) => [
    row.province,
    row.submitted,
    row.drafts,
    row.quota ?? '不限',
    row.remaining ?? '不限',
    ...[...units.entries()].flatMap(([id, us]) => us.map((u) => row.totals[id]?.[u] ?? 0)),
    ...means.map((f) => row.averages[f.id] ?? ''),
  ]);
  return { headers, rows };
}
