import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TurnContext } from '../../turn.js';
import { inScope } from '../../roles.js';
import { t } from '../../texts.js';
import { countSubmitted, listNominations } from '../../store/nominations.js';
import { EXPORT_FORMATS, type ExportFormat } from './export-file.js';
import { canonicalProvince } from '../provinces.js';
import { loadQuotas, setQuota } from '../quotas.js';
import type { DialogDeps } from './deps.js';
import type { GlobalIntent } from './intents.js';

/** Coordinator chat commands: `/导出 xlsx [省份]`, `/申报 统计`, `/名额 浙江 5`. Officers get a refusal. */

type CoordinatorIntent = Extract<GlobalIntent, { kind: 'stats' | 'export' | 'quota' }>;

const COMMAND_NAMES: Record<CoordinatorIntent['kind'], string> = { stats: '/申报 统计', export: '/导出', quota: '/名额' };

export async function coordinatorCommand(ctx: TurnContext, deps: DialogDeps, intent: CoordinatorIntent): Promise<void> {
  const role = ctx.role;
  if (role.kind !== 'coordinator') {
    ctx.reply(t('nomination.coordinator_only', { command: COMMAND_NAMES[intent.kind] }));
    return void ctx.commit();
  }
  const scopeName = role.scope === '*' ? t('nomination.scope_all') : role.scope;
  let province: string | undefined;
  if ('province' in intent && intent.province) {
    province = canonicalProvince(intent.province);
    if (!province) {
      ctx.reply(t('nomination.unknown_province', { input: intent.province.slice(0, 20) }));
      return void ctx.commit();
    }
    if (!inScope(role, province)) {
      ctx.reply(t('nomination.out_of_scope', { scope: scopeName, province }));
      return void ctx.commit();
    }
  }
  const scope = province ?? (role.scope === '*' ? undefined : role.scope);
  if (intent.kind === 'stats') return stats(ctx, deps, scope, scope ?? scopeName);
  if (intent.kind === 'quota') return quota(ctx, deps, province, intent.quota);
  return exportFile(ctx, deps, intent.format, scope);
}

function stats(ctx: TurnContext, deps: DialogDeps, province: string | undefined, scopeName: string): void {
  const quotas = loadQuotas(deps.knowledgeDir);
  const rows = ctx.read((db) => listNominations(db, { statuses: ['submitted', 'draft'], province }));
  if (rows.length === 0) {
    ctx.reply(t('nomination.stats_none', { scope: scopeName }));
    return void ctx.commit();
  }
  const byProvince = new Map<string, { submitted: number; drafts: number }>();
  for (const row of rows) {
    const key = row.province ?? '未填省份';
    const entry = byProvince.get(key) ?? { submitted: 0, drafts: 0 };
    if (row.status === 'submitted') entry.submitted += 1;
    else entry.drafts += 1;
    byProvince.set(key, entry);
  }
  const lines = [...byProvince.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
    .map(([name, entry]) =>
      t('nomination.stats_line', { province: name, ...entry, quota: quotas[name] ?? t('nomination.quota_unlimited') }),
    );
  ctx.reply([t('nomination.stats_title', { scope: scopeName, date: ctx.clock().toISOString().slice(0, 10) }), ...lines].join('\n'));
  ctx.commit();
}

function quota(ctx: TurnContext, deps: DialogDeps, province: string | undefined, value: string | undefined): void {
  const unlimited = value !== undefined && /^(不限|无限|取消|none|-)$/i.test(value);
  const count = value !== undefined && /^\d{1,4}$/.test(value) ? Number(value) : undefined;
  if (!province || (count === undefined && !unlimited)) {
    ctx.reply(t('nomination.quota_usage'));
    return void ctx.commit();
  }
  setQuota(deps.knowledgeDir, province, unlimited ? undefined : count);
  const used = ctx.read((db) => countSubmitted(db, province));
  ctx.reply(t('nomination.quota_set', { province, quota: count ?? t('nomination.quota_unlimited'), used }));
  ctx.commit();
}

async function exportFile(ctx: TurnContext, deps: DialogDeps, format: string, province: string | undefined): Promise<void> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    ctx.reply(t('nomination.export_bad_format', { format: format.slice(0, 20) }));
    return void ctx.commit();
  }
  const scopeText = province ? `，${province}` : '';
  const records = ctx.read((db) => listNominations(db, { statuses: ['submitted'], province }));
  if (records.length === 0) {
    ctx.reply(t('nomination.export_none', { scope: province ?? t('nomination.scope_all') }));
    return void ctx.commit();
  }
  const dir = mkdtempSync(join(tmpdir(), 'gi-bot-export-'));
  const file = await deps.writeExport({
    format: format as ExportFormat,
    records,
    out: join(dir, `申报书${province ? `-${province}` : ''}-${ctx.clock().toISOString().slice(0, 10)}`),
  });
  const to = await ctx.senderPrivateChat();
  if (ctx.isGroup) ctx.reply(t('nomination.export_private'));
  ctx.sendTo(to, { text: t('nomination.export_done', { count: records.length, format, scope: scopeText }), file: { ...file, temporary: true } });
  ctx.commit();
}
