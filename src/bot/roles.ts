import type { CoordinatorEntry } from '../config.js';

/** Who is speaking: an officer sees their own drafts; a coordinator sees a scope (a province or `*`). */
export type Role = { kind: 'officer' } | { kind: 'coordinator'; scope: string };

export type RoleResolver = (platform: string, userId: string) => Role;

export function createRoleResolver(coordinators: CoordinatorEntry[]): RoleResolver {
  const byUser = new Map(coordinators.map((entry) => [`${entry.platform}:${entry.userId}`, entry.scope]));
  return (platform, userId) => {
    const scope = byUser.get(`${platform}:${userId}`);
    return scope === undefined ? { kind: 'officer' } : { kind: 'coordinator', scope };
  };
}

/** True when a coordinator with `role` may see a nomination of `province`. */
export function inScope(role: Role, province: string | undefined): boolean {
  return role.kind === 'coordinator' && (role.scope === '*' || role.scope === province);
}
