import type { CoordinatorEntry } from './config.js';

/** Who is speaking: an officer sees their own drafts; a coordinator sees a scope (a province or `*`). */
export type Role = { kind: 'officer' } | { kind: 'coordinator'; scope: string };

export type RoleResolver = (platform: string, userId: string) => Role;

/** The web console's operator (signed in with ADMIN_TOKEN or the startup link). */
export const WEB_ADMIN_ID = 'admin';

/**
 * The chat identity behind a `web` user id: `<platform>:<id>` is that chat user (signed in
 * through a `/登录` link); anything else stays a web identity.
 */
export function chatIdentityOf(platform: string, userId: string): { platform: string; userId: string } {
  const chat = platform === 'web' ? /^([a-z-]+):(.+)$/.exec(userId) : null;
  return chat && chat[1] !== 'web' ? { platform: chat[1]!, userId: chat[2]! } : { platform, userId };
}

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
    if (platform === 'web' && userId === WEB_ADMIN_ID) return { kind: 'coordinator', scope: '*' };
    const who = chatIdentityOf(platform, userId);
    return listed(who.platform, who.userId);
  };
}

/** True when a coordinator with `role` may see a nomination of `province`. */
export function inScope(role: Role, province: string | undefined): boolean {
  return role.kind === 'coordinator' && (role.scope === '*' || role.scope === province);
}
