import type { CoordinatorEntry } from '../config.js';

/** Who is speaking: an officer sees their own drafts; a coordinator sees a scope (a province or `*`). */
export type Role = { kind: 'officer' } | { kind: 'coordinator'; scope: string };

export type RoleResolver = (platform: string, userId: string) => Role;

/** The web console's operator (signed in with ADMIN_TOKEN or the startup link). */
export const WEB_ADMIN_ID = 'admin';

/**
 * Roles come from COORDINATORS. Messages on platform `web` come only from the console's test
 * chat, whose user ids are the signed-in identity: `admin` (the operator, a coordinator for
 * every province) or `<platform>:<id>` for a chat user who signed in through a `/登录` link, who
 * keeps the role of that chat identity.
 */
export function createRoleResolver(coordinators: CoordinatorEntry[]): RoleResolver {
  const byUser = new Map(coordinators.map((entry) => [`${entry.platform}:${entry.userId}`, entry.scope]));
  const listed = (platform: string, userId: string): Role => {
    const scope = byUser.get(`${platform}:${userId}`);
    return scope === undefined ? { kind: 'officer' } : { kind: 'coordinator', scope };
  };
  return (platform, userId) => {
    if (platform !== 'web') return listed(platform, userId);
    if (userId === WEB_ADMIN_ID) return { kind: 'coordinator', scope: '*' };
    const chat = /^([a-z-]+):(.+)$/.exec(userId);
    if (chat && chat[1] !== 'web') return listed(chat[1]!, chat[2]!);
    return listed(platform, userId);
  };
}

/** True when a coordinator with `role` may see a nomination of `province`. */
export function inScope(role: Role, province: string | undefined): boolean {
  return role.kind === 'coordinator' && (role.scope === '*' || role.scope === province);
}
