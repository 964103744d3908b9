import type { TurnContext } from '../../turn.js';
import { countSubmitted } from '../../store/nominations.js';
import { checkQuota, loadQuotas } from '../quotas.js';
import type { DialogDeps } from './deps.js';

/** The numbers for the refusal when one more submission from `province` would exceed its quota. */
export function quotaProblem(
  ctx: TurnContext,
  deps: DialogDeps,
  province: string | undefined,
): { province: string; quota: number; used: number } | undefined {
  if (!province) return undefined;
  const used = ctx.read((db) => countSubmitted(db, province));
  const check = checkQuota(loadQuotas(deps.knowledgeDir), province, used);
  return check.ok ? undefined : { province, quota: check.quota, used };
}
