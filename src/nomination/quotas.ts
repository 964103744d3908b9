import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { canonicalProvince, PROVINCE_NAMES } from './provinces.js';

/**
 * Nomination quotas per province (`knowledge/quotas.yaml`). `null` means the quota is unknown,
 * which means no cap: the notice's attachment 2 with the numbers is not published.
 */

export const QUOTA_FILE = 'quotas.yaml';

/** Canonical province name → quota, or null for "unknown, no cap". Every province is present. */
export type Quotas = Record<string, number | null>;

export type QuotaCheck = { ok: true } | { ok: false; quota: number; used: number };

/** A quota file that cannot be used; the message names the file and the entry. */
export class QuotaFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuotaFileError';
  }
}

const fileSchema = z.object({
  quotas: z.record(z.string(), z.number().int().min(0).nullable()).nullable().default({}),
});

const emptyQuotas = (): Quotas => Object.fromEntries(PROVINCE_NAMES.map((name) => [name, null]));

/** Reads `<dir>/quotas.yaml`; a missing file means no caps. Province keys may be aliases ("浙江"). */
export function loadQuotas(dir: string): Quotas {
  const file = join(dir, QUOTA_FILE);
  const quotas = emptyQuotas();
  if (!existsSync(file)) return quotas;
  const doc = parseDocument(readFileSync(file, 'utf8'));
  if (doc.errors.length > 0) throw new QuotaFileError(`${file}: not valid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
  const parsed = fileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new QuotaFileError(`${file}: ${issue?.path.join('.') || '(top level)'}: ${issue?.message} (a quota is a whole number ≥ 0, or null for no cap)`);
  }
  for (const [key, value] of Object.entries(parsed.data.quotas ?? {})) {
    const name = canonicalProvince(key);
    if (!name) throw new QuotaFileError(`${file}: quotas.${key}: not a province name (use e.g. 浙江省 or 新疆生产建设兵团)`);
    quotas[name] = value;
  }
  return quotas;
}

/** Whether one more submission from `province`, which already has `submittedCount`, fits its quota. */
export function checkQuota(quotas: Quotas, province: string, submittedCount: number): QuotaCheck {
  const name = canonicalProvince(province) ?? province;
  const quota = quotas[name];
  if (quota === null || quota === undefined) return { ok: true };
  return submittedCount < quota ? { ok: true } : { ok: false, quota, used: submittedCount };
}

/**
 * Sets one province's quota (null/undefined: unknown, no cap) in `<dir>/quotas.yaml`, keeping the
 * file's comments, and returns the new table. The write goes through a temp file and a rename.
 */
export function setQuota(dir: string, province: string, quota: number | null | undefined): Quotas {
  const name = canonicalProvince(province);
  if (!name) throw new QuotaFileError(`${province}: not a province name`);
  if (quota !== null && quota !== undefined && !(Number.isInteger(quota) && quota >= 0)) {
    throw new QuotaFileError(`${name}: a quota is a whole number ≥ 0 (got ${quota})`);
  }
  const file = join(dir, QUOTA_FILE);
  const doc = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : 'quotas: {}\n');
  if (!doc.has('quotas') || doc.get('quotas') === null) doc.set('quotas', doc.createNode({}));
  const existing = Object.keys((doc.toJS() as { quotas?: Record<string, unknown> }).quotas ?? {}).find(
    (key) => canonicalProvince(key) === name,
  );
  doc.setIn(['quotas', existing ?? name], quota ?? null);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, doc.toString(), 'utf8');
  renameSync(tmp, file);
  return loadQuotas(dir);
}
