import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './db.js';
import { statement } from './statements.js';
import type { Role } from '../roles.js';

/** Who a web session belongs to. `platform: 'web', userId: 'admin'` is the operator (ADMIN_TOKEN). */
export interface WebPrincipal {
  platform: string;
  userId: string;
  role: Role;
}

/** A live session; `csrfToken` is bound to it and must accompany every state-changing request. */
export interface WebSession extends WebPrincipal {
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

/** One-time login links expire this long after they are made. */
export const LOGIN_LINK_TTL_MS = 15 * 60 * 1000;

const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex');
const newSecret = (): string => randomBytes(32).toString('base64url');

/** A secret is 43 base64url characters; anything else is not worth a query. */
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

interface RawPrincipal {
  platform: string;
  user_id: string;
  role: string;
}

function parseRole(json: string): Role {
  const value = JSON.parse(json) as Role;
  return value.kind === 'coordinator' ? { kind: 'coordinator', scope: value.scope } : { kind: 'officer' };
}

/** Stores a one-time login link's token (hashed) and returns the token. */
export function insertLoginLink(db: Db, principal: WebPrincipal, now: Date): string {
  const token = newSecret();
  statement(
    db,
    `INSERT INTO web_login_links (token_hash, platform, user_id, role, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    hash(token),
    principal.platform,
    principal.userId,
    JSON.stringify(principal.role),
    now.toISOString(),
    new Date(now.getTime() + LOGIN_LINK_TTL_MS).toISOString(),
  );
  return token;
}

/** True when the token names an unused, unexpired link (does not consume it). */
export function loginLinkUsable(db: Db, token: string, now: Date): boolean {
  if (!SECRET_SHAPE.test(token)) return false;
  const row = statement(db, 'SELECT 1 FROM web_login_links WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?').get(
    hash(token),
    now.toISOString(),
  );
  return row !== undefined;
}

/** Marks the link used and returns whom it signs in; undefined when unknown, used or expired. */
export function consumeLoginLink(db: Db, token: string, now: Date): WebPrincipal | undefined {
  if (!SECRET_SHAPE.test(token)) return undefined;
  const iso = now.toISOString();
  const row = statement(
    db,
    `UPDATE web_login_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
     RETURNING platform, user_id, role`,
  ).get(iso, hash(token), iso) as RawPrincipal | undefined;
  return row && { platform: row.platform, userId: row.user_id, role: parseRole(row.role) };
}

/** Creates a session; returns the cookie value (only its hash is stored) and the session. */
export function insertSession(db: Db, principal: WebPrincipal, now: Date, ttlMs: number): { id: string; session: WebSession } {
  const id = newSecret();
  const session: WebSession = {
    ...principal,
    csrfToken: newSecret(),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
  };
  statement(
    db,
    `INSERT INTO web_sessions (id_hash, platform, user_id, role, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(hash(id), session.platform, session.userId, JSON.stringify(session.role), session.csrfToken, session.createdAt, session.expiresAt);
  return { id, session };
}

/** The live session for a cookie value; undefined when forged, unknown or expired. */
export function findSession(db: Db, id: string, now: Date): WebSession | undefined {
  if (!SECRET_SHAPE.test(id)) return undefined;
  const row = statement(
    db,
    'SELECT platform, user_id, role, csrf_token, created_at, expires_at FROM web_sessions WHERE id_hash = ? AND expires_at > ?',
  ).get(hash(id), now.toISOString()) as (RawPrincipal & { csrf_token: string; created_at: string; expires_at: string }) | undefined;
  return (
    row && {
      platform: row.platform,
      userId: row.user_id,
      role: parseRole(row.role),
      csrfToken: row.csrf_token,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    }
  );
}

export function deleteSession(db: Db, id: string): void {
  if (SECRET_SHAPE.test(id)) statement(db, 'DELETE FROM web_sessions WHERE id_hash = ?').run(hash(id));
}

/** Drops expired sessions and links; returns how many rows went. */
export function purgeExpiredWebAuth(db: Db, now: Date): number {
  const iso = now.toISOString();
  return (
    statement(db, 'DELETE FROM web_sessions WHERE expires_at <= ?').run(iso).changes +
    statement(db, 'DELETE FROM web_login_links WHERE expires_at <= ?').run(iso).changes
  );
}
